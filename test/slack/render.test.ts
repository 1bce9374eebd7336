import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { decodeButtonValue, encodeButtonValue } from '../../adapters/slack/button-value.js';
import { markdownToMrkdwn, slackTextToPlain } from '../../adapters/slack/mrkdwn.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { splitText } from '../../adapters/shared/split-text.js';
import { makeReply, type Reply } from '../../src/reply.js';
import { replyToText } from '../../src/render-text.js';
import { contractReplies, sampleReply } from '../contract/renderer-contract.js';
import { advisor } from '../helpers.js';
import { assertSlackLimits, blockTexts } from './slack-limits.js';

const buttonsOf = (blocks: KnownBlock[]) =>
  blocks
    .flatMap((b) => (b.type === 'actions' ? b.elements : []))
    .map((e) => e as { action_id: string; value: string; text: { text: string } });

describe('markdownToMrkdwn', () => {
  it('escapes &, < and > and converts the Markdown subset', () => {
    expect(markdownToMrkdwn('**Fargate** & _ECS_ <b> `x` see [docs](https://aws.amazon.com/a?b=1&c=2)\n- one')).toBe(
      '*Fargate* &amp; _ECS_ &lt;b&gt; `x` see <https://aws.amazon.com/a?b=1&amp;c=2|docs>\n• one',
    );
  });

  it('breaks every kind of mass mention', () => {
    expect(markdownToMrkdwn('@here <!channel> @Everyone')).toBe('@\u200bhere &lt;!channel&gt; @\u200bEveryone');
  });
});

describe('splitText', () => {
  it('never cuts inside an entity, a link or an emoji', () => {
    const text = `${'a'.repeat(9)}&amp;${'b'.repeat(3)}<https://x.io|x>${'🚀'.repeat(5)}`;
    for (let max = 16; max < 40; max += 1) {
      const parts = splitText(text, max);
      expect(parts.join('')).toBe(text);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(max);
        expect(p).not.toMatch(/&[a-z]*$|<[^>]*$|[\ud800-\udbff]$/);
      }
    }
  });
});

describe('replyToBlocks', () => {
  const reply = sampleReply();

  it('renders header, summary first, every block type, then sources with as-of dates, then the buttons', () => {
    // Page 1 is the full reply (its details); page 0 is the brief view.
    const { blocks, text } = replyToBlocks(reply, { page: 1 });
    expect(blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'section',
      'divider',
      'section',
      'context',
      'actions',
    ]);
    expect(blockTexts(blocks)).toEqual([
      'Lambda & Fargate',
      'Use *Fargate* for &lt;long&gt; jobs.',
      '*Why*\nLambda stops at 900 s.',
      '*Lambda*\n15 min',
      '*Fargate*\nnone',
      '• Max memory 10,240 MB _(Lambda quotas, 2025)_',
      '```\n    Lambda  EC2\n1M  $0.20   $7.59\n```',
      'Sources:\n• <https://docs.aws.amazon.com/lambda/|Lambda quotas> (as of 2025)',
      'Cost',
    ]);
    // The notification text is the title and the one-line answer, escaped, not the whole (3,000+ character) reply.
    expect(replyToText(reply).length).toBeGreaterThan(3000);
    expect(text).toBe('Lambda &amp; Fargate: Use Fargate for &lt;long&gt; jobs.');
  });

  it('gives a reply with no words at all a fallback text all the same (found by the property test)', () => {
    const message = replyToBlocks(makeReply({ kind: 'compare', title: '' }));
    expect(message.text).toBe('compute-advisor');
    assertSlackLimits(message);
  });

  it("puts the reply's own buttons and the controls in one row, last, after the sources", () => {
    const { blocks } = replyToBlocks(advisor().handle('ec2-vs-lambda'), { command: 'ec2-vs-lambda', share: true });
    expect(blocks.filter((b) => b.type === 'actions')).toHaveLength(1);
    expect(blocks.slice(-2).map((b) => b.type)).toEqual(['context', 'actions']);
    expect(blockTexts(blocks.at(-2))[0]).toMatch(/^Sources:/);
    expect(buttonsOf(blocks).map((b) => [b.text.text, b.action_id])).toEqual([
      ['Amazon EC2 limits', 'compute_run:1:0'],
      ['AWS Lambda limits', 'compute_run:1:1'],
      ['About Amazon EC2', 'compute_run:1:2'],
      ['About AWS Lambda', 'compute_run:1:3'],
      ['Details', 'compute_more'],
      ['Share in channel', 'compute_share'],
    ]);
  });

  it('never draws more than one button row, on any reply or part', () => {
    for (const { name, reply: each } of contractReplies())
      for (const page of [0, 1, 2]) {
        const { blocks } = replyToBlocks(each, { command: 'topic x', share: true, page });
        const rows = blocks.flatMap((b, i) => (b.type === 'actions' ? [i] : []));
        expect(rows.length <= 1 && (rows.length === 0 || rows[0] === blocks.length - 1), `${name} part ${page}`).toBe(true);
      }
  });

  it('gives each button its command, and leaves out a command too long for a button value', () => {
    const buttons = buttonsOf(replyToBlocks(reply).blocks);
    expect(buttons.map((b) => [b.text.text, decodeButtonValue(b.value)])).toEqual([['Cost', { command: 'cost requests=1M' }]]);
  });

  it('adds "Share in channel" carrying the command and thread', () => {
    const buttons = buttonsOf(replyToBlocks(reply, { command: 'ask lambda', share: true, threadTs: '1.2' }).blocks);
    expect(buttons.at(-1)?.action_id).toBe('compute_share');
    expect(decodeButtonValue(buttons.at(-1)?.value)).toEqual({ command: 'ask lambda', threadTs: '1.2' });
  });

  it('draws wide tables as fields, one section per row', () => {
    const wide = makeReply({
      kind: 'compare',
      title: 't',
      blocks: [{ type: 'table', columns: ['', 'Lambda'], rows: [['Run time', 'Up to 15 minutes per invocation, then cut off']] }],
    });
    expect(replyToBlocks(wide).blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Run time*' },
      fields: [{ type: 'mrkdwn', text: '*Lambda*\nUp to 15 minutes per invocation, then cut off' }],
    });
  });

  it('cuts a long reply into parts with a "More" button, losing nothing', () => {
    const big = contractReplies().find((r) => r.name === 'oversized everything')?.reply as Reply;
    const brief = replyToBlocks(big, { command: 'topic big' });
    const details = buttonsOf(brief.blocks).find((b) => b.action_id === 'compute_more');
    expect(details?.text.text).toBe('Details');
    expect(decodeButtonValue(details?.value)).toEqual({ command: 'topic big', page: 1 });
    // The details are pages 1…count: page 0 is the brief.
    const first = replyToBlocks(big, { command: 'topic big', page: 1 });
    const more = buttonsOf(first.blocks).find((b) => b.action_id === 'compute_more');
    expect(more?.text.text).toMatch(/^More \(part 2 of \d+\)$/);
    expect(decodeButtonValue(more?.value)).toEqual({ command: 'topic big', page: 2 });
    const count = Number(/of (\d+)/.exec(more?.text.text ?? '')?.[1]);
    const pages = Array.from({ length: count }, (_, part) => replyToBlocks(big, { command: 'topic big', page: part + 1 }));
    pages.forEach(assertSlackLimits);
    expect(buttonsOf(pages.at(-1)?.blocks ?? []).some((b) => b.action_id === 'compute_more')).toBe(false);
    const all = pages.map((p) => blockTexts(p.blocks).join('\n')).join('\n');
    for (let i = 0; i < 60; i += 1) expect(all).toContain(`para${i} 899`);
    for (let i = 0; i < 120; i += 1) expect(all).toContain(`fact${i} 79`);
    for (let i = 0; i < 200; i += 1) expect(all).toContain(`*r${i}*`);
    // One button row a message: the first part's holds the reply's buttons up to Slack's 25, "More" kept last.
    const firstRow = buttonsOf(first.blocks);
    expect(firstRow).toHaveLength(25);
    expect(firstRow.slice(0, 24).map((b) => b.text.text.split(' ')[0])).toEqual(Array.from({ length: 24 }, (_, i) => `button${i}`));
    expect(firstRow.at(-1)?.action_id).toBe('compute_more');
    for (const later of pages.slice(1)) expect(buttonsOf(later.blocks).some((b) => b.action_id.startsWith('compute_run'))).toBe(false);
  });

  it('says where it was cut when it has no command to fetch the rest with', () => {
    const big = contractReplies().find((r) => r.name === 'oversized everything')?.reply as Reply;
    const { blocks } = replyToBlocks(big, { page: 1 });
    expect(buttonsOf(blocks).some((b) => b.action_id === 'compute_more')).toBe(false);
    // The note closes the text, just above the button row.
    expect(blocks.at(-2)?.type).toBe('context');
    expect(blockTexts(blocks.at(-2))).toEqual([
      expect.stringMatching(/^_Cut here: part 1 of \d+\. Ask a narrower question to see the rest\._$/),
    ]);
    expect(blocks.at(-1)?.type).toBe('actions');
  });
});

describe('button values', () => {
  it('round-trip and reject what is not ours', () => {
    expect(decodeButtonValue(encodeButtonValue({ command: 'limits lambda', page: 2, threadTs: '1700000000.000100' }))).toEqual({
      command: 'limits lambda',
      page: 2,
      threadTs: '1700000000.000100',
    });
    expect(encodeButtonValue({ command: 'x'.repeat(2000) })).toBeUndefined();
    for (const bad of ['', 'nope', '{"c":1}', 'null', '{"c":"x","p":-1,"t":"<!here>"}'])
      expect(decodeButtonValue(bad)?.page ?? decodeButtonValue(bad)?.threadTs).toBeUndefined();
  });
});

describe('slackTextToPlain', () => {
  it('drops the bot mention and decodes what Slack encoded', () => {
    expect(slackTextToPlain('<@UBOT> compare ec2 &amp; lambda &lt;3 <@U1|ann> in <#C1|ops> see <https://x.io|docs> <!here>', 'UBOT')).toBe(
      'compare ec2 & lambda <3 @ann in #ops see docs here',
    );
  });
});
