import { fail, ok, UserError } from '../errors.js';
import type { Entry, Service } from '../knowledge/schema.js';
import { makeReply, uniqueSources, type Block, type Reply } from '../reply.js';
import type { CommandContext, CommandSpec } from './command.js';

const PROFILE_ROWS: [keyof Service['profile'], string][] = [
  ['model', 'Model'],
  ['runTime', 'Run time'],
  ['resources', 'Resources'],
  ['gpu', 'GPU'],
  ['scaling', 'Scaling'],
  ['billing', 'Billing'],
  ['operations', 'Operations'],
];

/** `compare <a> <b>`, also typed as `a-vs-b`: the comparison card, one-line answer first. */
export const compare = {
  name: 'compare',
  aliases: ['vs', 'versus', 'diff'],
  summary: 'Compare two compute services: differences, when to use which, trade-offs, mistakes.',
  examples: ['ec2-vs-lambda', 'lambda-vs-fargate', 'compare ecs eks'],
  args: [
    { name: 'first', means: 'A service', example: 'ec2', required: true, complete: 'services' },
    { name: 'second', means: 'Another service', example: 'lambda', required: true, complete: 'services' },
  ],
  settings: [],
  run({ args }, ctx) {
    const names = args.flatMap((a) => a.split(/-vs?-|-versus-/i)).filter((a) => a && !/^(vs\.?|versus|and|or|with|to)$/i.test(a));
    if (names.length !== 2) {
      return fail(
        new UserError('compare-needs-two', 'Compare takes exactly two services.', 'For example `compare ec2 lambda` or `ec2-vs-lambda`.', [
          'ec2-vs-lambda',
        ]),
      );
    }
    const resolved = names.map((n) => ctx.services.resolve(n));
    const failure = resolved.find((r) => !r.ok);
    if (failure && !failure.ok)
      return fail(
        suggestPairs(
          failure.error,
          names,
          resolved.map((r) => (r.ok ? r.value.id : undefined)),
        ),
      );
    const [a, b] = resolved.map((r) => (r.ok ? r.value : undefined)) as [Service, Service];
    if (a.id === b.id) {
      return fail(
        new UserError('compare-same', `Both names mean ${a.name}.`, 'Pick two different services, e.g. `lambda-vs-fargate`.', [
          `${a.id}-vs-ec2`,
        ]),
      );
    }
    return ok(compareServices(a, b, ctx));
  },
} satisfies CommandSpec;

/** Keeps the user's other service when suggesting a fix for a typo in one of them. */
function suggestPairs(error: UserError, names: string[], ids: (string | undefined)[]): UserError {
  const other = ids.find((id) => id !== undefined) ?? names[0] ?? 'ec2';
  const suggestions = error.suggestions
    .filter((s) => s !== other)
    .map((s) => (ids[0] === undefined ? `${s}-vs-${other}` : `${other}-vs-${s}`));
  return new UserError(error.code, error.message, error.hint, suggestions);
}

function compareServices(a: Service, b: Service, { knowledge }: CommandContext): Reply {
  const entry = (id: string) => knowledge.entries.find((e) => e.id === id);
  const curated = knowledge.entries.find((e) => e.kind === 'comparison' && e.services.includes(a.id) && e.services.includes(b.id));
  // A curated card reads in its own order (it names the pair as its authors wrote it).
  const [first, second] = curated?.services[0] === b.id ? [b, a] : [a, b];
  const firstEntry = entry(first.entry);
  const secondEntry = entry(second.entry);
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: first.name, value: firstEntry?.answer ?? first.profile.model },
        { label: second.name, value: secondEntry?.answer ?? second.profile.model },
      ],
    },
    {
      type: 'table',
      heading: 'Side by side',
      columns: ['', first.name, second.name],
      rows: PROFILE_ROWS.map(([key, label]) => [label, first.profile[key], second.profile[key]]),
    },
    ...sectionsFor(curated, firstEntry, secondEntry, first, second),
    {
      type: 'actions',
      buttons: [
        { label: `${first.name} limits`, command: `limits ${first.id}` },
        { label: `${second.name} limits`, command: `limits ${second.id}` },
        { label: `About ${first.name}`, command: `about ${first.id}` },
        { label: `About ${second.name}`, command: `about ${second.id}` },
      ],
    },
  ];
  // The brief reads side by side: the rows a choice usually turns on, one column per service.
  const sideBySide: Block = {
    type: 'table',
    columns: ['', first.name, second.name],
    rows: PROFILE_ROWS.filter(([key]) => ['runTime', 'resources', 'billing', 'operations'].includes(key)).map(([key, label]) => [
      label,
      first.profile[key],
      second.profile[key],
    ]),
  };
  const summary = curated?.answer ?? `Choose ${first.name} for ${first.choose}; choose ${second.name} for ${second.choose}.`;
  return makeReply({
    kind: 'compare',
    title: `${first.name} vs ${second.name}`,
    summary,
    blocks,
    brief: [sideBySide],
    sources: uniqueSources([
      ...(curated?.sources ?? []),
      first.source,
      second.source,
      ...(firstEntry?.sources ?? []),
      ...(secondEntry?.sources ?? []),
    ]).slice(0, 6),
    data: { services: [first.id, second.id], ...(curated ? { entryId: curated.id } : {}) },
  });
}

/** The card's prose: the curated comparison's sections, or each service's own when no card exists yet. */
function sectionsFor(curated: Entry | undefined, a: Entry | undefined, b: Entry | undefined, sa: Service, sb: Service): Block[] {
  if (curated) {
    return curated.sections
      .filter((s) => s.heading && s.markdown)
      .map((s) => ({ type: 'section', heading: s.heading, markdown: s.markdown }));
  }
  const pick = (e: Entry | undefined, heading: string) =>
    e?.sections.find((s) => s.heading.toLowerCase() === heading.toLowerCase())?.markdown;
  const pair = (heading: string, title: string): Block[] => {
    const left = pick(a, heading);
    const right = pick(b, heading);
    if (!left && !right) return [];
    return [
      {
        type: 'section',
        heading: title,
        markdown: [left && `**${sa.name}**\n${left}`, right && `**${sb.name}**\n${right}`].filter(Boolean).join('\n\n'),
      },
    ];
  };
  return [
    ...pair('Use it when', 'When to use which'),
    ...pair('Avoid it when', 'Trade-offs'),
    ...pair('Common mistakes', 'Common mistakes'),
  ];
}
