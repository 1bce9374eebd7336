/** What users type, for the property tests: command words, units, markup and mentions, and plain noise. */
import fc from 'fast-check';

/** Words a user (or an attacker) might type, so generated lines reach deep into the commands. */
export const WORDS = [
  '/compute',
  'recommend',
  'cost',
  'compare',
  'limits',
  'topic',
  'ask',
  'help',
  'ec2-vs-lambda',
  'lambda',
  'ec2',
  'fargate',
  'eks',
  'batch',
  'duration=20m',
  'duration=',
  'memory=12gb',
  'memory=99999tb',
  'gpu=yes',
  'gpu=no',
  'traffic=bursty',
  'state=stateful',
  'requests=3M',
  'instance=m5.large',
  'fargate',
  'vcpu=0.5',
  'arch=arm',
  'free-tier=no',
  'region=eu-west-9',
  '=',
  ':',
  '12',
  'gb',
  'ms',
  '-5m',
  '1e309',
  'nightly',
  '5 minute',
  'GPU',
  'websocket',
  'stateful',
  'kubernetes',
  'every minute',
  'takes an hour',
  'p99 under 50 ms',
  '@everyone',
  '@here',
  '<!channel>',
  '<!here>',
  '<@U123>',
  '**bold**',
  '`code`',
  '```',
  '|',
  '<script>',
  '&amp;',
  '\u0000',
  '\u001b[31m',
  '\u200b',
  '"',
  "'",
  'why does my lambda time out',
  'cold start',
  '🚀',
  'é',
  '\n',
];
export const chatLine = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.integer().map(String)), { maxLength: 14 })
  .map((w) => w.join(' '));
export const anyText = fc.oneof(
  chatLine,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 2500 }),
);

const text = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 40 }), fc.string({ maxLength: 3000 }), chatLine);
const source = fc
  .record({ title: text, ref: text, asOf: fc.option(text, { nil: undefined }) })
  .map(({ asOf, ...s }) => (asOf === undefined ? s : { ...s, asOf }));

/** Any Reply document, built directly (not through the core), so renderers face shapes the core never makes. */
export const anyReply = fc
  .record({
    kind: fc.constantFrom('compare', 'recommend', 'cost', 'answer', 'limits', 'topic', 'help', 'unknown', 'error' as const),
    title: text,
    summary: fc.option(text, { nil: undefined }),
    visibility: fc.constantFrom('private' as const, 'shared' as const),
    sources: fc.array(source, { maxLength: 30 }),
    blocks: fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('section' as const), markdown: text }),
        fc.record({ type: fc.constant('fields' as const), fields: fc.array(fc.record({ label: text, value: text }), { maxLength: 30 }) }),
        fc.record({ type: fc.constant('facts' as const), facts: fc.array(fc.record({ text, source }), { maxLength: 20 }) }),
        fc.record({
          type: fc.constant('table' as const),
          columns: fc.array(text, { minLength: 1, maxLength: 5 }),
          rows: fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 20 }),
        }),
        fc.record({
          type: fc.constant('actions' as const),
          buttons: fc.array(fc.record({ label: text, command: text }), { maxLength: 30 }),
        }),
        fc.constant({ type: 'divider' as const }),
      ),
      { maxLength: 25 },
    ),
  })
  .map(({ summary, ...r }) => (summary === undefined ? r : { ...r, summary }));
