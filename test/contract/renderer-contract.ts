/**
 * The renderer contract every platform renderer (Slack Block Kit, Discord embeds, …) must pass: each kind
 * of reply, the longest knowledge entry and adversarial text render within the platform's limits, escape
 * mass mentions, keep the one-line answer first, and render the same way twice (renderers are pure).
 *
 * A platform test calls `rendererContract({...})` with its renderer and a `withinLimits` check that
 * asserts the platform's own numbers (block counts, character limits, builder validation).
 */
import { describe, expect, it } from 'vitest';
import { makeReply, type Reply } from '../../src/reply.js';
import { advisor } from '../helpers.js';

export interface RendererUnderTest<T> {
  /** Shown in test names, e.g. "Slack Block Kit". */
  name: string;
  render(reply: Reply): T;
  /** Every character a user can see in the output, concatenated (for the common checks). */
  visibleText(output: T): string;
  /** Asserts the platform's limits on one output (throws through `expect`). */
  withinLimits(output: T, reply: Reply): void;
}

const MASS_MENTIONS = ['@everyone', '@here', '@channel', '<!channel>', '<!here>', '<!everyone>', '<!subteam'];

const long = (word: string, times: number) => Array.from({ length: times }, (_, i) => `${word} ${i}`).join(' ');

/** Adversarial replies built directly, so the renderer (not the core's input cleaning) must cope. */
function syntheticReplies(): { name: string; reply: Reply }[] {
  const hostile =
    'Ping @everyone and @here <!channel> <!here> <@U123> <#C1> <https://evil.example|click> & < > `code` **bold** ||spoiler|| # heading';
  return [
    {
      name: 'mass mentions and markup in every field',
      reply: makeReply({
        kind: 'answer',
        title: hostile,
        summary: hostile,
        blocks: [
          { type: 'section', heading: hostile, markdown: hostile },
          { type: 'fields', fields: [{ label: hostile, value: hostile }] },
          {
            type: 'facts',
            heading: hostile,
            facts: [{ text: hostile, source: { title: hostile, ref: 'https://example.com/<!channel>', asOf: '2025' } }],
          },
          { type: 'table', heading: hostile, columns: [hostile, 'b'], rows: [[hostile, hostile]] },
          { type: 'actions', buttons: [{ label: hostile, command: `ask ${hostile}` }] },
        ],
        sources: [{ title: hostile, ref: hostile, asOf: hostile }],
      }),
    },
    {
      name: 'oversized everything',
      reply: makeReply({
        kind: 'topic',
        title: long('Title', 200),
        summary: long('summary', 1500),
        blocks: [
          ...Array.from({ length: 60 }, (_, i) => ({
            type: 'section' as const,
            heading: `Part ${i} ${long('h', 40)}`,
            markdown: long(`para${i}`, 900),
          })),
          { type: 'fields', fields: Array.from({ length: 40 }, (_, i) => ({ label: long(`label${i}`, 60), value: long('value', 500) })) },
          {
            type: 'facts',
            facts: Array.from({ length: 120 }, (_, i) => ({
              text: long(`fact${i}`, 80),
              source: { title: `Source ${i}`, ref: `https://example.com/${i}`, asOf: '2025-01' },
            })),
          },
          { type: 'table', columns: ['a', 'b', 'c', 'd'], rows: Array.from({ length: 200 }, (_, i) => [`r${i}`, long('x', 30), 'y', 'z']) },
          {
            type: 'actions',
            buttons: Array.from({ length: 40 }, (_, i) => ({ label: long(`button${i}`, 30), command: `topic ${long('t', 60)}` })),
          },
        ],
        sources: Array.from({ length: 80 }, (_, i) => ({
          title: long(`Source ${i}`, 20),
          ref: `https://example.com/${'p'.repeat(300)}/${i}`,
          asOf: '2025-10-01',
        })),
      }),
    },
    { name: 'empty reply (title only)', reply: makeReply({ kind: 'unknown', title: 'Nothing here' }) },
    {
      name: 'unicode and emoji',
      reply: makeReply({
        kind: 'answer',
        title: 'Ünïcödé 🚀 名前',
        summary: '👩‍💻 ẞ ½ — “quotes” ‘single’ \u200b zero-width',
        blocks: [{ type: 'section', markdown: '🚀'.repeat(3000) }],
      }),
    },
  ];
}

/** Inputs that exercise every reply kind the core produces today, through the real advisor. */
const INPUTS: { name: string; input: string }[] = [
  { name: 'compare card', input: 'ec2-vs-lambda' },
  { name: 'compare (containers)', input: 'ecs-vs-eks' },
  { name: 'recommend', input: 'recommend duration=20m gpu=yes memory=12gb traffic=bursty' },
  { name: 'recommend (free text)', input: 'recommend nightly 5 minute report job, 2 GB, runs once a day' },
  { name: 'cost', input: 'cost requests=3M duration=120ms memory=512mb' },
  { name: 'answer', input: 'lambda keeps timing out at 15 min what do i do' },
  { name: 'limits', input: 'limits lambda' },
  { name: 'topic', input: 'topic cold starts' },
  { name: 'help', input: 'help' },
  { name: 'unknown (off topic)', input: 'what is the best pizza in naples' },
  { name: 'user error', input: 'recommend duration=abc gpu=maybe' },
  { name: 'hostile question', input: '@everyone <!channel> why is my lambda slow <script>alert(1)</script> & more' },
];

/** The reply for the longest entry in the knowledge base, which stresses length limits with real text. */
function longestEntryReply(): Reply {
  const entries = advisor().context.knowledge.entries;
  const longest = entries.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  return advisor().handle(`topic ${longest.id}`);
}

/** Every reply the contract runs a renderer over. */
export function contractReplies(): { name: string; reply: Reply }[] {
  return [
    ...INPUTS.map(({ name, input }) => ({ name, reply: advisor().handle(input) })),
    { name: 'longest knowledge entry', reply: longestEntryReply() },
    ...syntheticReplies(),
  ];
}

/** A small reply with one block of every type, for the renderers' whole-output tests. */
export function sampleReply(): Reply {
  return makeReply({
    kind: 'answer',
    title: 'Lambda & Fargate',
    summary: 'Use **Fargate** for <long> jobs.',
    blocks: [
      { type: 'section', heading: 'Why', markdown: 'Lambda stops at 900 s.' },
      {
        type: 'fields',
        fields: [
          { label: 'Lambda', value: '15 min' },
          { label: 'Fargate', value: 'none' },
        ],
      },
      {
        type: 'facts',
        facts: [
          { text: 'Max memory 10,240 MB', source: { title: 'Lambda quotas', ref: 'https://docs.aws.amazon.com/lambda/', asOf: '2025' } },
        ],
      },
      { type: 'divider' },
      { type: 'table', columns: ['', 'Lambda', 'EC2'], rows: [['1M', '$0.20', '$7.59']] },
      {
        type: 'actions',
        buttons: [
          { label: 'Cost', command: 'cost requests=1M' },
          { label: 'Too long', command: `ask ${'x'.repeat(3000)}` },
        ],
      },
    ],
    sources: [{ title: 'Lambda quotas', ref: 'https://docs.aws.amazon.com/lambda/', asOf: '2025' }],
  });
}

/** Letters and digits only, single-spaced: compares text across markup dialects. */
const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function rendererContract<T>(renderer: RendererUnderTest<T>): void {
  describe(`${renderer.name} renderer contract`, () => {
    for (const { name, reply } of contractReplies()) {
      describe(name, () => {
        const output = renderer.render(reply);
        const text = renderer.visibleText(output);

        it('stays within the platform limits', () => {
          renderer.withinLimits(output, reply);
        });

        it('never carries a live mass mention', () => {
          for (const mention of MASS_MENTIONS) expect(text.toLowerCase()).not.toContain(mention);
        });

        it('shows the one-line answer before the rest', () => {
          const plain = words(text);
          const lead = words(reply.summary ?? reply.title)
            .split(' ')
            .slice(0, 3)
            .join(' ');
          expect(plain).toContain(lead);
          const firstSection = reply.blocks.find((b) => b.type === 'section');
          const body = firstSection?.type === 'section' ? words(firstSection.markdown).split(' ').slice(0, 3).join(' ') : '';
          if (reply.summary && body && plain.includes(body)) expect(plain.indexOf(lead)).toBeLessThanOrEqual(plain.indexOf(body));
        });

        it('is pure: the same reply renders the same way twice', () => {
          expect(JSON.stringify(renderer.render(reply))).toBe(JSON.stringify(output));
        });
      });
    }
  });
}
