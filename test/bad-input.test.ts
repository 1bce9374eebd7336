import { describe, expect, it } from 'vitest';
import { ask } from './helpers.js';

describe('bad input gets a helpful reply, never a crash', () => {
  it('a 20,000-character message is refused with the limit', () => {
    const reply = ask('lambda '.repeat(3000).slice(0, 20_000));
    expect(reply).toMatchObject({ kind: 'error', summary: 'That message is 20,000 characters; I read at most 2,000.' });
  });

  it('control characters and terminal escapes are stripped before reading', () => {
    const reply = ask('limits\u0000 lambda\u001b[31m\u0007');
    expect(reply.kind).toBe('limits');
    // eslint-disable-next-line no-control-regex -- the point of the test is that none survive
    expect(reply.text).not.toMatch(/[\u0000-\u0008\u001b]/);
  });

  it('an unbalanced quote in a command says how to fix it', () => {
    expect(ask('topic "cold starts')).toMatchObject({ kind: 'error', summary: 'A quote is opened but never closed.' });
  });

  it('a stray quote in a question does not block the answer', () => {
    expect(ask('why does my "lambda time out').kind).not.toBe('error');
  });

  it('non-English text gets an honest reply', () => {
    for (const text of ['¿Cómo hago un pastel de chocolate?', '今日はいい天気ですね', 'Как приготовить борщ']) {
      expect(['unknown', 'answer']).toContain(ask(text).kind);
    }
  });

  it('never echoes a mass mention or a Slack special mention', () => {
    // The last one's "did you mean" line is built from the user's own words (found by the property test).
    for (const text of [
      '@everyone compare ec2 mainframe',
      'topic @here',
      'compare <!channel> ec2',
      'ask <!everyone> pancakes @channel',
      'recommend region=eu-west-9 @everyone',
    ]) {
      const reply = ask(text);
      expect(reply.text, text).not.toMatch(/@(everyone|here|channel)\b/);
      expect(reply.text, text).not.toContain('<!');
    }
  });

  it('Markdown in echoed text stays inert', () => {
    const reply = ask('topic **bold** [link](http://x.example) `code`');
    // Echoed inside one code span, its own backticks neutralised, so nothing in it renders as Markdown.
    expect(reply.summary).toMatch(/^No topic is called `\*\*bold\*\* \[link\]\(http:\/\/x\.example\) 'code'`\./);
  });
});
