import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../adapters/discord/custom-id.js';
import { escapeDiscord, neutraliseMentions } from '../../adapters/discord/markdown.js';
import { replyToDiscord } from '../../adapters/discord/render.js';
import { makeReply } from '../../src/reply.js';
import { sampleReply } from '../contract/renderer-contract.js';
import { advisor } from '../helpers.js';
import { assertDiscordLimits } from './discord-limits.js';

describe('Discord text', () => {
  it('breaks every kind of mention and escapes markdown in plain text', () => {
    expect(neutraliseMentions('@here <@123> <@&9> <#5> @Everyone')).toBe('@\u200bhere <\u200b@123> <\u200b@&9> <\u200b#5> @\u200bEveryone');
    expect(escapeDiscord('a*b_c`d|e~f\\')).toBe('a\\*b\\_c\\`d\\|e\\~f\\\\');
  });

  it('encodes a button as a custom_id of at most 100 characters and reads it back', () => {
    const id = encodeCustomId({ action: 'more', command: 'topic cold starts', page: 2 });
    expect(id).toBe('ca:more:2:topic cold starts');
    expect(decodeCustomId(id)).toEqual({ action: 'more', command: 'topic cold starts', page: 2 });
    expect(encodeCustomId({ action: 'run', command: 'x'.repeat(100), page: 0 })).toBeUndefined();
    expect(decodeCustomId('somebody-elses-button')).toBeUndefined();
    expect(decodeCustomId('ca:delete:0:all')).toBeUndefined();
  });
});

describe('replyToDiscord', () => {
  const reply = sampleReply();

  it('renders title, the one-line answer first, fields in reading order, then the sources as links with as-of dates', () => {
    // Page 1 is the full reply (its details); page 0 is the brief view.
    const message = replyToDiscord(reply, { command: 'ask lambda or fargate', share: true, page: 1 });
    expect(message.embeds.map(({ title, description, fields, footer }) => ({ title, description, fields, footer }))).toEqual([
      {
        title: 'Lambda & Fargate',
        description: 'Use **Fargate** for <long> jobs.\n\n**Why**\nLambda stops at 900 s.',
        fields: [
          { name: 'Lambda', value: '15 min', inline: true },
          { name: 'Fargate', value: 'none', inline: true },
        ],
        footer: undefined,
      },
      {
        title: undefined,
        description:
          '- Max memory 10,240 MB _(Lambda quotas, 2025)_\n\n```\n    Lambda  EC2\n1M  $0.20   $7.59\n```\n\n' +
          '**Sources**\n- [Lambda quotas](https://docs.aws.amazon.com/lambda/) (as of 2025)',
        fields: undefined,
        footer: undefined,
      },
    ]);
    // The too-long command cannot be carried in a custom_id, so its button is left out rather than broken.
    expect(message.components).toEqual([
      { type: 1, components: [{ type: 2, style: 2, custom_id: 'ca:run:0.0:cost requests=1M', label: 'Cost' }] },
      { type: 1, components: [{ type: 2, style: 2, custom_id: 'ca:share:1:ask lambda or fargate', label: 'Share' }] },
    ]);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('lays a comparison out side by side: per row its label, then one inline field per service', () => {
    const { embeds } = replyToDiscord(advisor().handle('ec2-vs-lambda'), { command: 'ec2-vs-lambda', share: true });
    const fields = embeds.flatMap((e) => e.fields ?? []);
    // The label in bold under an empty name, so the blank line falls between rows; a full-width field also
    // ends the row before, so Discord never puts a third service field beside the two.
    expect(fields).toEqual(
      [
        ['Run time', 'Unlimited — runs until you stop it', 'Up to 15 minutes (900 s) per invocation'],
        [
          'Resources',
          'From 0.5 GB burstable sizes to hundreds of vCPUs and terabytes of RAM',
          '128 MB–10,240 MB memory; CPU scales with memory, up to 6 vCPUs',
        ],
        [
          'Billing',
          'Per second while running (60 s minimum, Linux), busy or idle; commitments save up to 72%',
          'Per request plus GB-seconds, billed per 1 ms; nothing while idle',
        ],
      ].flatMap(([row, ec2, lambda]) => [
        { name: '\u200b', value: `**${row}**`, inline: false },
        { name: 'Amazon EC2', value: ec2, inline: true },
        { name: 'AWS Lambda', value: lambda, inline: true },
      ]),
    );
    // The full view's seven-row "Side by side" table too, each row whole within one embed.
    const details = replyToDiscord(advisor().handle('ec2-vs-lambda'), { command: 'ec2-vs-lambda', page: 1 });
    assertDiscordLimits(details);
    const table = details.embeds.find((e) => e.description?.includes('**Side by side**'));
    const shape = (table?.fields ?? []).map((f) => (f.inline ? `${f.name}|` : 'row:'));
    expect(shape.join('')).toBe('row:Amazon EC2|AWS Lambda|'.repeat(7));
  });

  it('keeps a side-by-side row in one embed when the embed before is nearly full of fields', () => {
    const cell = (s: string) => `${s} ${'words '.repeat(8)}`.trim();
    const reply = makeReply({
      kind: 'compare',
      title: 't',
      blocks: [
        { type: 'fields', fields: Array.from({ length: 23 }, (_, i) => ({ label: `f${i}`, value: 'v' })) },
        {
          type: 'table',
          columns: ['', 'A', 'B'],
          rows: [
            ['one', cell('a1'), cell('b1')],
            ['two', cell('a2'), cell('b2')],
          ],
        },
      ],
    });
    // Page 1: the full reply (page 0 is its brief).
    const message = replyToDiscord(reply, { page: 1 });
    assertDiscordLimits(message);
    const { embeds } = message;
    expect(embeds.map((e) => (e.fields ?? []).length)).toEqual([23, 6]);
    expect(embeds[1]?.fields?.[0]).toEqual({ name: '\u200b', value: '**one**', inline: false });
  });

  it('puts the fields of one block all in a row or all full width, never alternating', () => {
    const cost = replyToDiscord(advisor().handle('cost requests=30M duration=200ms memory=1gb'));
    const prices = cost.embeds.flatMap((e) => e.fields ?? []);
    expect(prices.map((f) => [f.name.replace(/:.*/, ''), f.inline])).toEqual([
      ['Lambda', true],
      ['EC2 m5.large', true],
      ['Fargate', true],
    ]);
    expect(Math.max(...prices.map((f) => f.value.length))).toBeGreaterThan(60);
    // A field too long for a column takes the whole block to full width.
    const mixed = makeReply({
      kind: 'answer',
      title: 't',
      blocks: [
        {
          type: 'fields',
          fields: [
            { label: 'Short', value: 'one line' },
            { label: 'Long', value: 'word '.repeat(40) },
          ],
        },
      ],
    });
    expect(replyToDiscord(mixed).embeds[0]?.fields?.map((f) => f.inline)).toEqual([false, false]);
  });

  it('cuts a long reply into parts within every limit, each with a "More" button for the next', () => {
    const entry = advisor().handle('topic cold starts');
    // Four copies of a real entry's text: well past one message's 6,000 characters.
    const long = { ...entry, blocks: [...entry.blocks, ...entry.blocks, ...entry.blocks, ...entry.blocks] };
    const brief = replyToDiscord(long, { command: 'topic ec2-vs-lambda-in-depth' });
    const details = brief.components.flatMap((r) => r.components).find((b) => 'label' in b && b.label === 'Details');
    expect(details && 'custom_id' in details ? details.custom_id : '').toBe('ca:more:1:topic ec2-vs-lambda-in-depth');
    // The details are pages 1…count: page 0 is the brief.
    const first = replyToDiscord(long, { command: 'topic ec2-vs-lambda-in-depth', page: 1 });
    const moreButton = first.components.flatMap((r) => r.components).find((b) => 'custom_id' in b && b.custom_id.startsWith('ca:more:'));
    const count = Number(/of (\d+)/.exec(moreButton && 'label' in moreButton ? (moreButton.label ?? '') : '')?.[1]);
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index += 1) {
      const part = replyToDiscord(long, { command: 'topic ec2-vs-lambda-in-depth', page: index + 1 });
      assertDiscordLimits(part);
      if (index > 0) expect(part.embeds[0]?.title).toMatch(new RegExp(`^\\(${index + 1}/${count}\\) `));
      const hasMore = part.components.some((r) =>
        r.components.some((b) => 'custom_id' in b && b.custom_id === `ca:more:${index + 2}:topic ec2-vs-lambda-in-depth`),
      );
      expect(hasMore).toBe(index < count - 1);
    }
  });
});
