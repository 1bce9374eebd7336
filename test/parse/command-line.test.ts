import { describe, expect, it } from 'vitest';
import { findCommand } from '../../src/commands/registry.js';
import { parseCommandLine } from '../../src/parse/command-line.js';
import { tokenize } from '../../src/parse/tokenize.js';

const parse = (text: string) => parseCommandLine(text, (w) => findCommand(w)?.name);

describe('tokenize', () => {
  it('keeps quoted phrases together, with straight or curly quotes', () => {
    expect(tokenize('topic "cold starts" “api gateway”')).toEqual({ ok: true, value: ['topic', 'cold starts', 'api gateway'] });
  });

  it('keeps apostrophes inside words', () => {
    expect(tokenize("what's lambda's limit")).toEqual({ ok: true, value: ["what's", "lambda's", 'limit'] });
  });

  it('reports an unbalanced quote instead of guessing', () => {
    const r = tokenize('compare "ec2 lambda');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unbalanced-quotes');
  });
});

describe('parseCommandLine', () => {
  it('reads the first word as the command, with or without the /compute prefix', () => {
    for (const text of ['/compute limits lambda', 'compute limits lambda', 'limits lambda', 'LIMITS lambda']) {
      const line = text.replace(/^\/?compute /, '');
      expect(parse(text)).toEqual({ ok: true, value: { type: 'command', name: 'limits', args: ['lambda'], rest: 'lambda', line } });
    }
  });

  it('maps aliases to their command', () => {
    expect(parse('about fargate')).toMatchObject({ value: { type: 'command', name: 'topic', args: ['fargate'] } });
  });

  it.each(['ec2-vs-lambda', 'ec2 vs lambda', 'EC2 versus Lambda', '/compute ec2-v-lambda', 'ec2 vs. lambda'])(
    'reads %j as a comparison',
    (text) => {
      expect(parse(text)).toMatchObject({
        ok: true,
        value: { type: 'command', name: 'compare', args: ['ec2', 'lambda'].map((s) => expect.stringMatching(new RegExp(`^${s}$`, 'i'))) },
      });
    },
  );

  it('treats anything else as a question', () => {
    expect(parse('lambda keeps timing out at 15 min what do i do')).toEqual({
      ok: true,
      value: { type: 'question', text: 'lambda keeps timing out at 15 min what do i do' },
    });
  });

  it('reads an empty line, or the bare prefix, as empty', () => {
    expect(parse('')).toEqual({ ok: true, value: { type: 'empty' } });
    expect(parse('/compute')).toEqual({ ok: true, value: { type: 'empty' } });
  });

  it('passes a tokenizer error through', () => {
    expect(parse('topic "cold')).toMatchObject({ ok: false, error: { code: 'unbalanced-quotes' } });
  });
});
