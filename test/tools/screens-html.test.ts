import { describe, expect, it } from 'vitest';
import { replyToDiscord } from '../../adapters/discord/render.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { makeReply } from '../../src/reply.js';
import { discordHtml, discordMarkdownToHtml, fieldRows } from '../../tools/screens/discord-html.js';
import { mrkdwnToHtml, slackHtml } from '../../tools/screens/slack-html.js';
import { ansiToHtml, terminalHtml } from '../../tools/screens/terminal-html.js';

const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> "quoted" & \'single\'';

/** The page's own measuring script is the only one allowed; anything else came from the reply. */
const scripts = (html: string) => html.match(/<script/gi)?.length ?? 0;

const reply = makeReply({
  kind: 'compare',
  title: `Title ${HOSTILE}`,
  summary: `Summary ${HOSTILE}`,
  blocks: [
    {
      type: 'fields',
      fields: [
        { label: 'Amazon EC2', value: 'Unlimited' },
        { label: 'AWS Lambda', value: `15 minutes ${HOSTILE}` },
      ],
    },
  ],
});

describe('Slack mock', () => {
  it('draws a fields section as a two-column grid with one cell per field', () => {
    const html = slackHtml(replyToBlocks(reply, { command: 'x' }), 'x');
    const grid = /<div class="fields">(.*?)<\/div><\/div>/s.exec(html)?.[1] ?? '';
    expect(grid.match(/class="field"/g)).toHaveLength(2);
    expect(grid).toContain('<b>Amazon EC2</b>');
    expect(html).toMatch(/\.fields\{display:grid;grid-template-columns:1fr 1fr/);
  });

  it('escapes whatever the reply says, so it cannot add a tag or a script', () => {
    const html = slackHtml(replyToBlocks(reply, { command: 'x' }), HOSTILE);
    expect(scripts(html)).toBe(1);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('turns mrkdwn styles, code and links into HTML, and links only to http(s)', () => {
    expect(mrkdwnToHtml('*bold* _it_ `a<b` <https://aws.amazon.com/?a=1&amp;b=2|docs> x&amp;y')).toBe(
      '<b>bold</b> <i>it</i> <code>a&lt;b</code> <a href="https://aws.amazon.com/?a=1&amp;b=2">docs</a> x&amp;y',
    );
    expect(mrkdwnToHtml('<javascript:alert(1)|click>')).toBe('<a href="#">click</a>');
    expect(mrkdwnToHtml('```\n<b>*x*</b>\n```')).toBe('<pre>&lt;b&gt;*x*&lt;/b&gt;</pre>');
  });
});

describe('Discord mock', () => {
  it('puts up to three inline fields in a row and any other field in a row of its own', () => {
    const f = (name: string, inline: boolean) => ({ name, value: 'v', inline });
    const rows = fieldRows([f('a', true), f('b', true), f('c', true), f('d', true), f('e', false), f('g', true)]);
    expect(rows.map((r) => r.map((x) => x.name).join(''))).toEqual(['abc', 'd', 'e', 'g']);
  });

  it('draws two short inline fields side by side', () => {
    const short = makeReply({
      kind: 'compare',
      title: 't',
      blocks: [{ type: 'fields', fields: ['EC2', 'Lambda'].map((label) => ({ label, value: 'short' })) }],
    });
    const html = discordHtml(replyToDiscord(short, { command: 'x' }), 'x');
    expect(html).toContain('<div class="row" style="grid-template-columns:repeat(2,1fr)"><div class="field"><div class="fname">EC2');
  });

  it('escapes whatever the reply says, so it cannot add a tag or a script', () => {
    const html = discordHtml(replyToDiscord(reply, { command: 'x' }), HOSTILE);
    expect(scripts(html)).toBe(1);
    expect(html).not.toContain('<img src=x');
  });

  it('reads Discord markdown: styles, masked links, lists, and backslash escapes as plain characters', () => {
    expect(discordMarkdownToHtml('**b** _i_ \\*not\\* [AWS](https://aws.amazon.com) `c`')).toBe(
      '<div><b>b</b> <i>i</i> &#42;not&#42; <a href="https://aws.amazon.com">AWS</a> <code>c</code></div>',
    );
    expect(discordMarkdownToHtml('- one\n- two')).toBe(
      '<div class="li" style="margin-left:4px">• one</div><div class="li" style="margin-left:4px">• two</div>',
    );
  });
});

describe('terminal mock', () => {
  it('turns ANSI styles into spans and escapes the text', () => {
    expect(ansiToHtml('\x1b[1m\x1b[36m<T>\x1b[39m\x1b[22m plain \x1b[33mcode\x1b[39m')).toBe(
      '<span style="font-weight:bold;color:#56b6c2">&lt;T&gt;</span> plain <span style="color:#e5c07b">code</span>',
    );
    expect(scripts(terminalHtml(HOSTILE, HOSTILE, 80))).toBe(1);
  });
});
