import * as z from '../zod.js';

/** A kebab-case identifier such as `lambda-timeout`. */
export const slug = z.string().check(z.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'use lower-case words joined by "-", e.g. lambda-timeout'));

/** A date or period such as `2025-10-01`, `2024-06` or a bare year (`2019`, written without quotes). */
const asOf = z.union([
  z.string().check(z.minLength(4, 'give a date such as 2025-10-01')),
  z.pipe(z.int().check(z.gte(1990), z.lte(2100)), z.transform(String)),
]);

/** A string of at least `min` characters (and at most `max`), with what to write when it is shorter. */
const text = (min: number, message?: string, max?: number) =>
  z.string().check(z.minLength(min, message), ...(max === undefined ? [] : [z.maxLength(max)]));

/** A list of at least `min` items, with what to add when it is shorter. */
const list = <T extends z.ZodMiniType>(item: T, min: number, message?: string) => z.array(item).check(z.minLength(min, message));

/** A list that may be left out (an empty one then). */
const listOrNone = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

const nonNegative = z.number().check(z.gte(0));
const positive = z.number().check(z.gt(0));

/** Where a fact comes from; `asOf` is required for quotas and prices. */
export const sourceSchema = z.strictObject({
  title: text(3, 'give the source a title'),
  ref: text(3, 'give a URL or a seed file name and section'),
  asOf: z.optional(asOf),
});
/** A source that must say when its figure was true (quotas and prices). */
const datedSource = z.extend(sourceSchema, { asOf });
/**
 * Where a reader can see the knowledge a bundled source note backs, as a command they can run (a reader
 * cannot open the note itself). Added when the advisor is built (src/knowledge/citations.ts), never
 * written by curators.
 */
export interface SeeAlso {
  /** The entry's (or table's) title, e.g. "Cold starts" or "Lambda limits". */
  title: string;
  /** The command that shows it, as typed after `/compute`, e.g. `topic cold-starts` or `limits lambda`. */
  command: string;
}
export type Source = z.infer<typeof sourceSchema> & { see?: SeeAlso };

export const entryKinds = ['service', 'comparison', 'topic', 'limit', 'error', 'use-case'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Front matter of one knowledge entry (`knowledge/entries/*.md`). */
export const frontMatterSchema = z.strictObject({
  id: slug,
  title: text(3, undefined, 120),
  kind: z.enum(entryKinds),
  aliases: listOrNone(text(2)),
  tags: list(slug, 1, 'give at least one topic tag'),
  services: listOrNone(slug),
  sources: list(sourceSchema, 1, 'cite at least one source'),
  answer: z.string().check(z.minLength(20, 'write a one-paragraph answer'), z.maxLength(700, 'keep the answer under 700 characters')),
  related: listOrNone(slug),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The `## Heading` sections each kind must have, in the body, so commands can show them. */
export const requiredSections: Record<EntryKind, readonly string[]> = {
  service: ['What it is', 'Use it when', 'Avoid it when', 'Common mistakes'],
  comparison: ['Key differences', 'When to use which', 'Trade-offs', 'Common mistakes'],
  error: ['Cause', 'Do now', 'Change later'],
  topic: [],
  limit: [],
  'use-case': [],
};

/** A knowledge entry after loading: front matter plus its body split into sections. */
export interface Entry extends FrontMatter {
  file: string;
  body: string;
  sections: { heading: string; markdown: string }[];
}

/** One row of `tables/services.yaml`: a compute service and how it compares. */
export const serviceSchema = z.strictObject({
  id: slug,
  name: text(2),
  /** The name in running prose and lists ("Lambda", "EC2"). */
  short: text(2, undefined, 30),
  aliases: listOrNone(text(2)),
  entry: slug,
  choose: text(10, 'say in a few words when to choose this service'),
  profile: z.strictObject({
    model: text(3),
    runTime: text(3),
    resources: text(3),
    gpu: text(2),
    scaling: text(3),
    billing: text(3),
    operations: text(3),
  }),
  source: sourceSchema,
});
export type Service = z.infer<typeof serviceSchema>;
export const servicesFileSchema = z.strictObject({ services: list(serviceSchema, 3) });

/** One row of `tables/quotas.yaml`: a hard number with its source and as-of date. */
export const quotaSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]+\.[a-z0-9-.]+$/, 'use service.name, e.g. lambda.timeout')),
    service: slug,
    name: text(3),
    value: z.optional(nonNegative),
    unit: z.optional(z.enum(['s', 'ms', 'mb', 'gb', 'kb', 'count', 'vcpu', 'per-second'])),
    display: text(1),
    adjustable: z.boolean(),
    note: z.optional(z.string()),
    source: datedSource,
  })
  .check(z.refine((q) => (q.value === undefined) === (q.unit === undefined), { message: 'value and unit go together: give both or neither' }));
export type Quota = z.infer<typeof quotaSchema>;
export const quotasFileSchema = z.strictObject({ quotas: list(quotaSchema, 1) });

/** A word in a YAML list; numbers such as 429 are words too, however the curator wrote them. */
const word = z.union([text(1), z.pipe(z.number(), z.transform(String))]);

/** The kinds of question the reading step tells apart by their wording (the rest are told by what they name). */
export const askKinds = ['cost', 'recommend', 'move', 'limit', 'fits'] as const;
export type AskKind = (typeof askKinds)[number];

/** A product or topic the knowledge base does not cover, and the covered entry nearest to it. */
const outsideSchema = z.strictObject({
  name: text(1),
  words: list(word, 1),
  closest: text(1),
  /** Products of ours that run on this one: named beside one of them, it is their setting, not the question ("lambda@edge on our cloudfront distro"). */
  hosts: z.optional(list(word, 1)),
});
export type OutsideTopic = z.infer<typeof outsideSchema>;

const compiles = (pattern: string) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

/** A workload trait read from plain words: when `pattern` matches, the recommend setting takes `value`. */
const traitSchema = z.strictObject({
  setting: text(1),
  value: z.union([text(1), z.boolean()]),
  pattern: text(1).check(z.refine(compiles, { message: 'is not a valid regular expression' })),
});
export type Trait = z.infer<typeof traitSchema>;

/** `lexicon.yaml`: words users type mapped to the words the knowledge base uses, and how a message is read. */
export const lexiconSchema = z.strictObject({
  synonyms: z.record(text(1), text(1)),
  stopWords: z.array(word),
  domainWords: list(word, 1, 'list the words that mark a question as on topic'),
  asks: z._default(z.partialRecord(z.enum(askKinds), list(word, 1)), {}),
  freeTier: z._default(z.strictObject({ used: z.array(word), applies: z.array(word) }), { used: [], applies: [] }),
  outside: listOrNone(outsideSchema),
  setAside: listOrNone(word),
  notServices: listOrNone(word),
  notCalculated: listOrNone(word),
  traits: listOrNone(traitSchema),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

/** Everything the advisor knows, validated and cross-checked. */
export interface Knowledge {
  entries: Entry[];
  services: Service[];
  quotas: Quota[];
  lexicon: Lexicon;
  prices: RegionPrices[];
  /** The region costs are priced in when none is named (`tables/prices.yaml` `defaultRegion`). */
  defaultRegion: string;
  rules: Rules;
}

const usd = nonNegative;
const perArch = z.strictObject({ x86: usd, arm: usd });
const tier = z.strictObject({ upToGbSeconds: z.optional(positive), usdPerGbSecond: usd });

/** One EC2 instance type's on-demand price. */
export const instancePriceSchema = z.strictObject({
  type: z.string().check(z.regex(/^[a-z0-9-]+\.[a-z0-9]+$/, 'use the instance type, e.g. m5.large')),
  vcpu: positive,
  memoryGb: positive,
  gpu: z.optional(z.string()),
  /** x86 unless stated (Graviton types are arm). */
  arch: z._default(z.enum(['x86', 'arm']), 'x86'),
  usdPerHour: usd,
  source: datedSource,
});
export type InstancePrice = z.infer<typeof instancePriceSchema>;

/** `tables/prices.yaml`: per-region prices with sources; the only place cost figures come from. */
export const regionPricesSchema = z.strictObject({
  region: slug,
  name: z.string(),
  hoursPerMonth: positive,
  lambda: z.strictObject({
    requestsUsdPerMillion: usd,
    durationTiers: z.strictObject({ x86: list(tier, 1), arm: list(tier, 1) }),
    freeTier: z.strictObject({ requests: nonNegative, gbSeconds: nonNegative }),
    provisionedConcurrencyUsdPerGbSecond: perArch,
    durationWithProvisionedUsdPerGbSecond: perArch,
    ephemeralStorageUsdPerGbSecond: usd,
    freeEphemeralStorageMb: nonNegative,
    /** Lambda@Edge's own rates (no tiers). */
    edge: z.optional(z.strictObject({ requestsUsdPerMillion: usd, usdPerGbSecond: usd })),
    /** Managed Instances: requests, and a management fee as a share of the EC2 instances' on-demand price. */
    managedInstances: z.optional(
      z.strictObject({ requestsUsdPerMillion: usd, managementFeeShare: z.number().check(z.gte(0), z.lte(1)), source: datedSource }),
    ),
    /** SnapStart: the cached snapshot of each published version (with a minimum), and each restore. */
    snapStart: z.optional(
      z.strictObject({ cacheUsdPerGbSecond: usd, restoreUsdPerGb: usd, minimumCacheHours: nonNegative, source: datedSource }),
    ),
    /** MicroVMs: vCPU and memory by the second, memory a fixed multiple of the vCPUs. */
    microVms: z.optional(
      z.strictObject({ usdPerVcpuSecond: usd, usdPerGbSecond: usd, gbPerVcpu: positive, defaultVcpus: positive, source: datedSource }),
    ),
    /** Durable functions: operations, data written, data retained. */
    durable: z.optional(
      z.strictObject({ operationsUsdPerMillion: usd, writtenUsdPerGb: usd, retainedUsdPerGbMonth: usd, source: datedSource }),
    ),
    source: datedSource,
  }),
  fargate: z.strictObject({
    linux: z.object({
      x86: z.strictObject({ usdPerVcpuSecond: usd, usdPerGbSecond: usd }),
      arm: z.strictObject({ usdPerVcpuSecond: usd, usdPerGbSecond: usd }),
    }),
    /** Windows tasks (x86 only, ECS only): vCPU and memory rates, and the OS licence per vCPU-second. */
    windows: z.optional(
      z.strictObject({ x86: z.strictObject({ usdPerVcpuSecond: usd, licenseUsdPerVcpuSecond: usd, usdPerGbSecond: usd }) }),
    ),
    includedStorageGb: nonNegative,
    storageUsdPerGbSecond: usd,
    source: datedSource,
  }),
  ec2: z.strictObject({
    commitments: z.array(z.strictObject({ id: slug, label: z.string(), maxDiscount: z.number().check(z.gte(0), z.lte(1)) })),
    commitmentSource: datedSource,
    instances: list(instancePriceSchema, 1),
  }),
  /** EKS charges per cluster-hour for the control plane; more while a cluster's Kubernetes version is in extended support. */
  eks: z.optional(z.strictObject({ clusterUsdPerHour: usd, extendedSupportUsdPerHour: usd, source: datedSource })),
});
export type RegionPrices = z.infer<typeof regionPricesSchema>;
export const pricesFileSchema = z
  .strictObject({ defaultRegion: slug, regions: list(regionPricesSchema, 1) })
  .check(
    z.refine((f) => f.regions.some((r) => r.region === f.defaultRegion), { message: 'name a region listed under regions', path: ['defaultRegion'] }),
  );

/** A number in a rule: literal (in the setting's unit) or a quota's value, optionally scaled. */
const ruleBound = z.union([z.number(), z.strictObject({ quota: z.string(), times: z.optional(positive) })]);
export type RuleBound = z.infer<typeof ruleBound>;
const numericTest = z
  .strictObject({ above: z.optional(ruleBound), atLeast: z.optional(ruleBound), below: z.optional(ruleBound), atMost: z.optional(ruleBound) })
  .check(z.refine((t) => Object.keys(t).length > 0, { message: 'give at least one of above, atLeast, below, atMost' }));
export type NumericTest = z.infer<typeof numericTest>;
/** One setting's test: yes/no, one of some values, a numeric range, or whether it was stated. */
const settingTest = z.union([z.boolean(), list(z.string(), 1), z.enum(['given', 'missing']), numericTest]);
export type SettingTest = z.infer<typeof settingTest>;
const condition = z.record(z.string(), settingTest);
export type RuleCondition = z.infer<typeof condition>;

/** `when` (all of) or `anyOf` (any of); a rule has exactly one. */
const conditional = {
  when: z.optional(condition),
  anyOf: z.optional(list(condition, 1)),
};
const hasOneCondition = z.refine<{ when?: unknown; anyOf?: unknown }>((r) => (r.when === undefined) !== (r.anyOf === undefined), {
  message: 'give either `when` or `anyOf`',
});

export const ruleLimitSchema = z
  .strictObject({
    service: slug,
    quota: z.string(),
    ...conditional,
    says: text(10),
    change: z.optional(text(5)),
    workaround: z.optional(text(10)),
    /** What the workaround costs the service in the ranking: a redesign (payloads through S3) weighs more than a repackaging. */
    score: z.optional(z.int().check(z.lte(0))),
    entry: z.optional(slug),
  })
  .check(
    hasOneCondition,
    z.refine((l) => l.score === undefined || l.workaround !== undefined, {
      message: '`score` weighs a workaround; a limit without one rules the service out',
    }),
    z.refine((l) => (l.change === undefined) !== (l.workaround === undefined), {
      message: 'a limit has `change` (it rules the service out) or `workaround` (it does not), not both',
    }),
  );
export type RuleLimit = z.infer<typeof ruleLimitSchema>;

/** Lambda's monthly bill over that of an EC2 fleet sized for the load (`recommend/bills.ts`). */
const billRatioTest = z
  .strictObject({ atLeast: z.optional(positive), atMost: z.optional(positive) })
  .check(z.refine((t) => Object.keys(t).length > 0, { message: 'give atLeast or atMost' }));
export type BillRatioTest = z.infer<typeof billRatioTest>;

export const ruleSignalSchema = z
  .strictObject({
    id: slug,
    ...conditional,
    /** Holds only when the bills can be compared and their ratio is in range; `{bills}` in `says` prints them. */
    billRatio: z.optional(billRatioTest),
    says: text(5),
    change: z.optional(text(5)),
    /** What the reason rests on, cited as its source: a knowledge entry, or a quota whose figure `{limit}` prints. */
    entry: z.optional(slug),
    quota: z.optional(z.string()),
    /**
     * Per service: its points and why. An effect that states a figure of its own ("a new instance takes
     * minutes") names the `quota` it comes from, which it cites instead of the signal's source and `{limit}` prints.
     */
    effects: z.record(
      slug,
      z.strictObject({ score: z.int().check(z.gte(-10), z.lte(10)), why: text(10), quota: z.optional(z.string()) }),
    ),
  })
  .check(
    hasOneCondition,
    z.refine((s) => (s.entry === undefined) !== (s.quota === undefined), {
      message: 'a signal rests on an `entry` or a `quota` (its source), exactly one',
    }),
  );
export type RuleSignal = z.infer<typeof ruleSignalSchema>;

/** How a fleet is sized for a load: headroom over the memory in flight, and the type a fleet is built of, per arch. */
export const sizingSchema = z.strictObject({
  headroom: z.number().check(z.gte(0), z.lte(10)),
  fleet: z.strictObject({ x86: text(3), arm: text(3) }),
  entry: slug,
});
export type Sizing = z.infer<typeof sizingSchema>;

/** `tables/rules.yaml`: how `/compute recommend` weighs a workload. */
export const rulesFileSchema = z.strictObject({
  sizing: sizingSchema,
  questions: z.array(z.strictObject({ setting: z.string(), values: list(word, 2) })),
  preference: list(slug, 1),
  verdicts: z.strictObject({ fitsFrom: z.number(), fitsWithin: nonNegative }),
  ranges: z.record(z.string(), z.strictObject({ min: z.number(), max: z.number() })),
  limits: z.array(ruleLimitSchema),
  signals: z.array(ruleSignalSchema),
  splits: z.array(
    z.strictObject({ ...conditional, services: z.array(slug).check(z.length(2)), says: text(10), entry: slug }).check(hasOneCondition),
  ),
});
export type Rules = z.infer<typeof rulesFileSchema>;
