import { z } from 'zod';

/** A kebab-case identifier such as `lambda-timeout`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'use lower-case words joined by "-", e.g. lambda-timeout');

/** A date or period such as `2025-10-01`, `2024-06` or a bare year (`2019`, written without quotes). */
const asOf = z.union([z.string().min(4, 'give a date such as 2025-10-01'), z.number().int().min(1990).max(2100).transform(String)]);

/** Where a fact comes from; `asOf` is required for quotas and prices. */
export const sourceSchema = z
  .object({
    title: z.string().min(3, 'give the source a title'),
    ref: z.string().min(3, 'give a URL or a seed file name and section'),
    asOf: asOf.optional(),
  })
  .strict();
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
export const frontMatterSchema = z
  .object({
    id: slug,
    title: z.string().min(3).max(120),
    kind: z.enum(entryKinds),
    aliases: z.array(z.string().min(2)).default([]),
    tags: z.array(slug).min(1, 'give at least one topic tag'),
    services: z.array(slug).default([]),
    sources: z.array(sourceSchema).min(1, 'cite at least one source'),
    answer: z.string().min(20, 'write a one-paragraph answer').max(700, 'keep the answer under 700 characters'),
    related: z.array(slug).default([]),
  })
  .strict();
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
export const serviceSchema = z
  .object({
    id: slug,
    name: z.string().min(2),
    /** The name in running prose and lists ("Lambda", "EC2"). */
    short: z.string().min(2).max(30),
    aliases: z.array(z.string().min(2)).default([]),
    entry: slug,
    choose: z.string().min(10, 'say in a few words when to choose this service'),
    profile: z
      .object({
        model: z.string().min(3),
        runTime: z.string().min(3),
        resources: z.string().min(3),
        gpu: z.string().min(2),
        scaling: z.string().min(3),
        billing: z.string().min(3),
        operations: z.string().min(3),
      })
      .strict(),
    source: sourceSchema,
  })
  .strict();
export type Service = z.infer<typeof serviceSchema>;
export const servicesFileSchema = z.object({ services: z.array(serviceSchema).min(3) }).strict();

/** One row of `tables/quotas.yaml`: a hard number with its source and as-of date. */
export const quotaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-.]+$/, 'use service.name, e.g. lambda.timeout'),
    service: slug,
    name: z.string().min(3),
    value: z.number().nonnegative().optional(),
    unit: z.enum(['s', 'ms', 'mb', 'gb', 'kb', 'count', 'vcpu', 'per-second']).optional(),
    display: z.string().min(1),
    adjustable: z.boolean(),
    note: z.string().optional(),
    source: sourceSchema.extend({ asOf }),
  })
  .strict()
  .refine((q) => (q.value === undefined) === (q.unit === undefined), {
    message: 'value and unit go together: give both or neither',
  });
export type Quota = z.infer<typeof quotaSchema>;
export const quotasFileSchema = z.object({ quotas: z.array(quotaSchema).min(1) }).strict();

/** A word in a YAML list; numbers such as 429 are words too, however the curator wrote them. */
const word = z.union([z.string().min(1), z.number().transform(String)]);

/** The kinds of question the reading step tells apart by their wording (the rest are told by what they name). */
export const askKinds = ['cost', 'recommend', 'move', 'limit', 'fits'] as const;
export type AskKind = (typeof askKinds)[number];

/** A product or topic the knowledge base does not cover, and the covered entry nearest to it. */
const outsideSchema = z
  .object({ name: z.string().min(1), words: z.array(word).min(1), closest: z.string().min(1) })
  .strict();
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
const traitSchema = z
  .object({
    setting: z.string().min(1),
    value: z.union([z.string().min(1), z.boolean()]),
    pattern: z.string().min(1).refine(compiles, { message: 'is not a valid regular expression' }),
  })
  .strict();
export type Trait = z.infer<typeof traitSchema>;

/** `lexicon.yaml`: words users type mapped to the words the knowledge base uses, and how a message is read. */
export const lexiconSchema = z
  .object({
    synonyms: z.record(z.string().min(1), z.string().min(1)),
    stopWords: z.array(word),
    domainWords: z.array(word).min(1, 'list the words that mark a question as on topic'),
    asks: z.partialRecord(z.enum(askKinds), z.array(word).min(1)).default({}),
    freeTier: z.object({ used: z.array(word), applies: z.array(word) }).strict().default({ used: [], applies: [] }),
    outside: z.array(outsideSchema).default([]),
    notServices: z.array(word).default([]),
    notCalculated: z.array(word).default([]),
    traits: z.array(traitSchema).default([]),
  })
  .strict();
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

const usd = z.number().nonnegative();
const perArch = z.object({ x86: usd, arm: usd }).strict();
const tier = z.object({ upToGbSeconds: z.number().positive().optional(), usdPerGbSecond: usd }).strict();

/** One EC2 instance type's on-demand price. */
export const instancePriceSchema = z
  .object({
    type: z.string().regex(/^[a-z0-9-]+\.[a-z0-9]+$/, 'use the instance type, e.g. m5.large'),
    vcpu: z.number().positive(),
    memoryGb: z.number().positive(),
    gpu: z.string().optional(),
    /** x86 unless stated (Graviton types are arm). */
    arch: z.enum(['x86', 'arm']).default('x86'),
    usdPerHour: usd,
    source: sourceSchema.extend({ asOf }),
  })
  .strict();
export type InstancePrice = z.infer<typeof instancePriceSchema>;

/** `tables/prices.yaml`: per-region prices with sources; the only place cost figures come from. */
export const regionPricesSchema = z
  .object({
    region: slug,
    name: z.string(),
    hoursPerMonth: z.number().positive(),
    lambda: z
      .object({
        requestsUsdPerMillion: usd,
        durationTiers: z.object({ x86: z.array(tier).min(1), arm: z.array(tier).min(1) }).strict(),
        freeTier: z.object({ requests: z.number().nonnegative(), gbSeconds: z.number().nonnegative() }).strict(),
        provisionedConcurrencyUsdPerGbSecond: perArch,
        durationWithProvisionedUsdPerGbSecond: perArch,
        ephemeralStorageUsdPerGbSecond: usd,
        freeEphemeralStorageMb: z.number().nonnegative(),
        /** Lambda@Edge's own rates (no tiers). */
        edge: z.object({ requestsUsdPerMillion: usd, usdPerGbSecond: usd }).strict().optional(),
        /** Durable functions: operations, data written, data retained. */
        durable: z
          .object({ operationsUsdPerMillion: usd, writtenUsdPerGb: usd, retainedUsdPerGbMonth: usd, source: sourceSchema.extend({ asOf }) })
          .strict()
          .optional(),
        source: sourceSchema.extend({ asOf }),
      })
      .strict(),
    fargate: z
      .object({
        linux: z.object({
          x86: z.object({ usdPerVcpuSecond: usd, usdPerGbSecond: usd }).strict(),
          arm: z.object({ usdPerVcpuSecond: usd, usdPerGbSecond: usd }).strict(),
        }),
        includedStorageGb: z.number().nonnegative(),
        storageUsdPerGbSecond: usd,
        source: sourceSchema.extend({ asOf }),
      })
      .strict(),
    ec2: z
      .object({
        commitments: z.array(z.object({ id: slug, label: z.string(), maxDiscount: z.number().min(0).max(1) }).strict()),
        commitmentSource: sourceSchema.extend({ asOf }),
        instances: z.array(instancePriceSchema).min(1),
      })
      .strict(),
    /** EKS charges per cluster-hour for the control plane; more while a cluster's Kubernetes version is in extended support. */
    eks: z
      .object({ clusterUsdPerHour: usd, extendedSupportUsdPerHour: usd, source: sourceSchema.extend({ asOf }) })
      .strict()
      .optional(),
  })
  .strict();
export type RegionPrices = z.infer<typeof regionPricesSchema>;
export const pricesFileSchema = z
  .object({ defaultRegion: slug, regions: z.array(regionPricesSchema).min(1) })
  .strict()
  .refine((f) => f.regions.some((r) => r.region === f.defaultRegion), { message: 'name a region listed under regions', path: ['defaultRegion'] });

/** A number in a rule: literal (in the setting's unit) or a quota's value, optionally scaled. */
const ruleBound = z.union([z.number(), z.object({ quota: z.string(), times: z.number().positive().optional() }).strict()]);
export type RuleBound = z.infer<typeof ruleBound>;
const numericTest = z
  .object({ above: ruleBound.optional(), atLeast: ruleBound.optional(), below: ruleBound.optional(), atMost: ruleBound.optional() })
  .strict()
  .refine((t) => Object.keys(t).length > 0, { message: 'give at least one of above, atLeast, below, atMost' });
export type NumericTest = z.infer<typeof numericTest>;
/** One setting's test: yes/no, one of some values, a numeric range, or whether it was stated. */
const settingTest = z.union([z.boolean(), z.array(z.string()).min(1), z.enum(['given', 'missing']), numericTest]);
export type SettingTest = z.infer<typeof settingTest>;
const condition = z.record(z.string(), settingTest);
export type RuleCondition = z.infer<typeof condition>;

/** `when` (all of) or `anyOf` (any of); a rule has exactly one. */
const conditional = {
  when: condition.optional(),
  anyOf: z.array(condition).min(1).optional(),
};
const hasOneCondition = (r: { when?: unknown; anyOf?: unknown }) => (r.when === undefined) !== (r.anyOf === undefined);
const oneConditionMessage = { message: 'give either `when` or `anyOf`' };

export const ruleLimitSchema = z
  .object({
    service: slug,
    quota: z.string(),
    ...conditional,
    says: z.string().min(10),
    change: z.string().min(5).optional(),
    workaround: z.string().min(10).optional(),
    /** What the workaround costs the service in the ranking: a redesign (payloads through S3) weighs more than a repackaging. */
    score: z.number().int().max(0).optional(),
    entry: slug.optional(),
  })
  .strict()
  .refine(hasOneCondition, oneConditionMessage)
  .refine((l) => l.score === undefined || l.workaround !== undefined, { message: '`score` weighs a workaround; a limit without one rules the service out' })
  .refine((l) => (l.change === undefined) !== (l.workaround === undefined), { message: 'a limit has `change` (it rules the service out) or `workaround` (it does not), not both' });
export type RuleLimit = z.infer<typeof ruleLimitSchema>;

/** Lambda's monthly bill over that of an EC2 fleet sized for the load (`recommend/bills.ts`). */
const billRatioTest = z
  .object({ atLeast: z.number().positive().optional(), atMost: z.number().positive().optional() })
  .strict()
  .refine((t) => Object.keys(t).length > 0, { message: 'give atLeast or atMost' });
export type BillRatioTest = z.infer<typeof billRatioTest>;

export const ruleSignalSchema = z
  .object({
    id: slug,
    ...conditional,
    /** Holds only when the bills can be compared and their ratio is in range; `{bills}` in `says` prints them. */
    billRatio: billRatioTest.optional(),
    says: z.string().min(5),
    change: z.string().min(5).optional(),
    entry: slug,
    effects: z.record(slug, z.object({ score: z.number().int().min(-10).max(10), why: z.string().min(10) }).strict()),
  })
  .strict()
  .refine(hasOneCondition, oneConditionMessage);
export type RuleSignal = z.infer<typeof ruleSignalSchema>;

/** How a fleet is sized for a load: headroom over the memory in flight, and the type a fleet is built of, per arch. */
export const sizingSchema = z
  .object({
    headroom: z.number().min(0).max(10),
    fleet: z.object({ x86: z.string().min(3), arm: z.string().min(3) }).strict(),
    entry: slug,
  })
  .strict();
export type Sizing = z.infer<typeof sizingSchema>;

/** `tables/rules.yaml`: how `/compute recommend` weighs a workload. */
export const rulesFileSchema = z
  .object({
    sizing: sizingSchema,
    questions: z.array(z.object({ setting: z.string(), values: z.array(word).min(2) }).strict()),
    preference: z.array(slug).min(1),
    verdicts: z.object({ fitsFrom: z.number(), fitsWithin: z.number().nonnegative() }).strict(),
    ranges: z.record(z.string(), z.object({ min: z.number(), max: z.number() }).strict()),
    limits: z.array(ruleLimitSchema),
    signals: z.array(ruleSignalSchema),
    splits: z.array(z.object({ ...conditional, services: z.array(slug).length(2), says: z.string().min(10), entry: slug }).strict().refine(hasOneCondition, oneConditionMessage)),
  })
  .strict();
export type Rules = z.infer<typeof rulesFileSchema>;
