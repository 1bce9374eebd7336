/**
 * The reading step: a message becomes a query — what it asks, what it names, the numbers it gives — before
 * anything is routed. Its vocabulary is data: the lexicon (`asks`, `freeTier`, `outside`), the services
 * table, the instance types in the price table and the settings' own spellings; the numbers come from the
 * workload extractor `recommend` uses, so "250ms" or "10M requests a month" mean the same everywhere.
 */
import type { AskKind, Knowledge, OutsideTopic, Service } from '../knowledge/schema.js';
import { respelled, TYPED_INSTANCE } from '../knowledge/respell.js';
import { perKnowledge } from '../knowledge/per-knowledge.js';
import { words } from '../knowledge/text.js';
import {
  DURATION_UNIT_PATTERN,
  MULTIPLIER_PATTERN,
  multiplierOf,
  perMonth,
  RATE_UNIT_PATTERN,
  SIZE_UNIT_PATTERN,
  SPELLED_NUMBERS,
} from '../parse/units.js';
import { extractWorkload, type Reading } from '../recommend/extract.js';
import { hoursPerMonth } from '../cost/hours.js';
import { ARCH } from '../settings/shared.js';

export interface InstanceMention {
  type: string;
  count: number;
  /** The count was written before the type ("2 m7g.large"); otherwise it is 1 for want of one. */
  counted: boolean;
}

export interface Query {
  text: string;
  /** The kinds of answer its wording asks for (a message can ask several). */
  asks: ReadonlySet<AskKind>;
  /** Covered services it names, in the order named (an exact name or alias, or one typo away from one). */
  services: Service[];
  /** Products and topics outside the knowledge base that it names. */
  outside: OutsideTopic[];
  /** EC2 instance types from the price table, with how many ("3x t3.medium"). */
  instances: InstanceMention[];
  /** The text with its typos read (a service name one edit off, two swapped letters): what search and every reading here read. */
  spelled: string;
  /** Instance types it names that the price table lacks ("t4g.small"): a price question about one gets an honest "no price". */
  unknownInstances: string[];
  /** Error names and codes pasted into it (`ThrottlingException`, `CannotPullContainerError`). */
  errors: string[];
  /** Workload traits and numbers, as the recommend extractor reads them. */
  readings: Reading[];
  /** The architecture it names; the last one when it names both ("x86 … but what about arm" asks about Arm). */
  arch?: 'x86' | 'arm';
  /** It names both architectures ("arm vs x86 price difference"): a difference asked, not one bill. */
  bothArches?: true;
  /** Free-tier use when the message says (true: it applies; false: it is used up). */
  freeTier?: boolean;
  /** Running hours a month when the message gives a schedule ("8h a day, 22 days a month"). */
  hours?: number;
  /** Things it names whose prices the calculator does not model (Lambda@Edge, SnapStart, …). */
  unpriced: string[];
  /** A count of requests given without a rate ("8M lambda invocations"); a cost question reads it as a month's. */
  volume?: number;
  /**
   * Provisioned Concurrency, when the message talks of it ("provisioned concurrency = 1", "pc: 5 envs",
   * "provisioned concurrency on a 2gb function"), with the environments kept warm when it counts them.
   */
  provisioned?: { environments?: number };
  /** How many Kubernetes clusters it counts ("3 clusters (dev/stg/prod)"). */
  clusters?: number;
  /** How many of them are in extended support ("2 in extended support"). */
  extendedClusters?: number;
  /** How many ECS or Fargate tasks it counts ("two ecs tasks"); one task is the default. */
  tasks?: number;
  /** A count of durable-function operations ("3 million durable operations"). */
  operations?: number;
  /** Lambda duration given as GB-seconds ("~5 million GB-s a month", "8 bn GB-s/mo"). */
  gbSeconds?: number;
  /** SnapStart restores counted ("~100k restores a month"). */
  restores?: number;
  /** Published versions counted ("two published versions", "4 functions"). */
  versions?: number;
}

/** A count in words ("two", "twelve"), as a regular expression's alternatives, and any count's value. */
const SPELLED_COUNT = Object.keys(SPELLED_NUMBERS).join('|');
const countValue = (word: string): number => SPELLED_NUMBERS[word.toLowerCase()] ?? Number(word.replace(/,/g, ''));
/**
 * A whole count in figures or words, captured: "5,000" whole (never its "000"), "12", "three". Not the end
 * of a decimal or of a longer figure.
 */
const COUNT = String.raw`(?<![\d.,])\b(\d{1,3}(?:,\d{3})+(?![\d,])|\d+|${SPELLED_COUNT})`;

/** "2 of them are in extended support": how many EKS clusters are. */
const IN_EXTENDED_SUPPORT = new RegExp(String.raw`${COUNT}\s+(?:of\s+them\s+)?(?:(?:are|is)\s+)?(?:in|on)\s+extended\s+support\b`, 'i');

/** The words of a text joined by single spaces and padded, so a phrase matches only as whole words. */
const joinedWords = (text: string) => ` ${words(text).join(' ')} `;

/**
 * Error names as platforms print them: "TooManyRequestsException", "CannotPullContainerError",
 * "InsufficientInstanceCapacity" (three capitalised parts or more, or an Exception/Error suffix), and
 * POSIX codes as runtimes print them, with their colon ("EMFILE: too many open files"); a shouted word
 * such as "ERROR" is not one.
 */
const ERROR_NAME =
  /\b(?:[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*(?:Exception|Error|Exceeded|Fault)|[A-Z][a-z]+(?:[A-Z][a-z0-9]+){2,}|E[A-Z]{3,7}(?=:))\b/g;

/**
 * The lines Lambda logs when an invocation hits its timeout, whatever the seconds: "Task timed out after 3.00
 * seconds", or a REPORT line ending "Status: timeout" (as the newer log format prints it). An error as pasted.
 */
const RUNTIME_MESSAGE = /\bTask timed out after \d+(?:\.\d+)? seconds\b|\bREPORT RequestId:[^\n]*\bStatus: timeout\b/i;

/** The lexicon and tables as the reader uses them, normalised once per knowledge base rather than per message. */
interface Vocabulary {
  asks: [AskKind, string[]][];
  outside: { topic: OutsideTopic; phrases: string[]; hosted: string[] }[];
  /** Words after which a product named is set aside ("ignore cloudfront"). */
  setAside: string[];
  /** Phrases whose service aliases name something else, longest first. */
  notServices: string[];
  freeTierUsed: string[];
  freeTierApplies: string[];
  unpriced: { phrase: string; said: string }[];
  names: { words: string; service: Service }[];
  instanceTypes: ReadonlySet<string>;
  /** The families of those types ("t3", "m7g"): a word after one of them can only be meant as a type. */
  instanceFamilies: ReadonlySet<string>;
}

const vocabularyOf = perKnowledge((knowledge): Vocabulary => {
  const { lexicon } = knowledge;
  const phrases = (list: readonly (string | number)[]) => list.map((p) => joinedWords(String(p)));
  const names = knowledge.services.flatMap((s) =>
    [s.id, s.name, s.short, ...s.aliases].map((n) => ({ words: joinedWords(n), service: s })),
  );
  const instanceTypes = new Set(knowledge.prices.flatMap((r) => r.ec2.instances.map((i) => i.type)));
  const vocabulary: Vocabulary = {
    asks: Object.entries(lexicon.asks).map(([kind, list]) => [kind as AskKind, phrases(list)]),
    outside: lexicon.outside.map((topic) => ({ topic, phrases: phrases(topic.words), hosted: phrases(topic.hosts ?? []) })),
    setAside: phrases(lexicon.setAside),
    notServices: phrases([...lexicon.outside.flatMap((o) => o.words), ...lexicon.notServices]).sort((a, b) => b.length - a.length),
    freeTierUsed: phrases(lexicon.freeTier.used),
    freeTierApplies: phrases(lexicon.freeTier.applies),
    unpriced: lexicon.notCalculated.map((p) => ({ phrase: joinedWords(String(p)), said: String(p) })),
    names,
    instanceTypes,
    instanceFamilies: new Set([...instanceTypes].map((t) => t.slice(0, t.indexOf('.')))),
  };
  return vocabulary;
});

/**
 * Reads a message. `knows` tells the words the entries use (the search index's), so that a typo of one is
 * read as the word meant; every reading below is of the text so respelled.
 */
export function readQuery(text: string, knowledge: Knowledge, knows: (word: string) => boolean = () => false): Query {
  const v = vocabularyOf(knowledge);
  const spelled = respelled(text, knowledge, knows);
  const joined = joinedWords(spelled);
  const asks = new Set(v.asks.filter(([, list]) => list.some((p) => joined.includes(p))).map(([kind]) => kind));
  const outside = v.outside
    .filter((o) => o.phrases.some((p) => namedNotSetAside(joined, p, v.setAside)))
    .filter((o) => !o.hosted.some((p) => joined.includes(p)))
    .map((o) => o.topic);
  // A service alias inside an outside product's name ("azure functions", "step functions") names that
  // product; so does one in the name of something else ("managed instances" is Lambda's, not EC2's).
  let remaining = joined;
  for (const p of v.notServices) if (remaining.includes(p)) remaining = remaining.split(p).join(' ');
  const freeTier = v.freeTierUsed.some((p) => joined.includes(p))
    ? false
    : v.freeTierApplies.some((p) => joined.includes(p))
      ? true
      : undefined;
  const arches = archesIn(joined);
  const arch = arches.at(-1);
  const hours = hoursOf(spelled);
  const provisioned = provisionedOf(spelled);
  const clusters = countBefore(spelled, 'clusters?');
  const extended = IN_EXTENDED_SUPPORT.exec(spelled)?.[1];
  const extendedClusters = extended === undefined ? undefined : countValue(extended);
  // Tasks running, not tasks done: "500 tasks a day" is a rate of work.
  const tasks =
    copiesOf(spelled) ??
    countBefore(
      spelled,
      String.raw`tasks(?!\s*(?:(?:a|an|per|each|every)\s+|\/\s*)(?:${RATE_UNIT_PATTERN})\b|\s+(?:daily|hourly|weekly|monthly)\b)`,
    );
  const operations = countOf(spelled, String.raw`operations?|ops`, String.raw`(?:durable\s+)?`);
  const gbSeconds = gbSecondsOf(spelled);
  const restores = countOf(spelled, String.raw`restores?|restorations?`);
  // Each function has a published version of its own at least: "4 functions" are 4 snapshots.
  const versions = countBefore(spelled, String.raw`(?:published\s+)?versions?|functions?|fns?|lambdas?`);
  const volume = countOf(spelled, String.raw`requests?|invocations?|invokes?|calls?|executions?|reqs?`, String.raw`(?:[a-z]+\s+)?`);
  return {
    text,
    asks,
    services: servicesIn(remaining, v),
    outside,
    spelled,
    instances: countedAsNodes(instancesIn(spelled, v.instanceTypes), spelled),
    unknownInstances: [...new Set(instanceTypesIn(spelled, v.instanceFamilies).filter((t) => !v.instanceTypes.has(t)))],
    errors: [...new Set([...(spelled.match(ERROR_NAME) ?? []), ...(RUNTIME_MESSAGE.test(spelled) ? ['Task timed out'] : [])])],
    unpriced: v.unpriced.filter((u) => joined.includes(u.phrase)).map((u) => u.said),
    // Rates run over the price table's month, as `recommend` and `cost` read them ("40 req/s" is 40 × 730 h).
    readings: extractWorkload(spelled, { traits: knowledge.lexicon.traits, hoursPerMonth: hoursPerMonth(knowledge) }),
    ...(arch ? { arch } : {}),
    ...(arches.length > 1 ? { bothArches: true as const } : {}),
    ...(freeTier !== undefined ? { freeTier } : {}),
    ...(hours !== undefined ? { hours } : {}),
    ...(provisioned !== undefined ? { provisioned } : {}),
    ...(clusters !== undefined ? { clusters } : {}),
    ...(extendedClusters !== undefined ? { extendedClusters } : {}),
    ...(tasks !== undefined ? { tasks } : {}),
    ...(operations !== undefined ? { operations } : {}),
    ...(gbSeconds !== undefined ? { gbSeconds } : {}),
    ...(restores !== undefined ? { restores } : {}),
    ...(versions !== undefined ? { versions } : {}),
    ...(volume !== undefined ? { volume } : {}),
  };
}

/**
 * Whether `phrase` is named in `joined` other than right after a set-aside word, "the", "aws" or "amazon" between
 * them allowed: "lambda@edge estimate, ignore cloudfront itself" asks about Lambda@Edge, not CloudFront.
 */
function namedNotSetAside(joined: string, phrase: string, setAside: readonly string[]): boolean {
  for (let at = joined.indexOf(phrase); at >= 0; at = joined.indexOf(phrase, at + 1)) {
    const before = joined.slice(0, at + 1).replace(/(?: (?:the|aws|amazon))+ $/, ' ');
    if (!setAside.some((words) => before.endsWith(words))) return true;
  }
  return false;
}

/** Services named in the words (respelled: "lamdba" is already "lambda"), in the order named. */
function servicesIn(joined: string, v: Vocabulary): Service[] {
  const found: { at: number; service: Service }[] = [];
  for (const { words: name, service } of v.names) {
    const at = joined.indexOf(name);
    if (at >= 0) found.push({ at, service });
  }
  const ordered = found.sort((a, b) => a.at - b.at).map((f) => f.service);
  return ordered.filter((s, i) => ordered.findIndex((o) => o.id === s.id) === i);
}

const isArch = (value: unknown): value is 'x86' | 'arm' => value === 'x86' || value === 'arm';

/** The architectures the words name, each once, in the order last named: one of the `arch` setting's spellings. */
function archesIn(joined: string): ('x86' | 'arm')[] {
  const named = joined
    .trim()
    .split(' ')
    .map((word) => ARCH.parse(word))
    .flatMap((value) => (value.ok && isArch(value.value) ? [value.value] : []));
  return [...new Set(named.reverse())].reverse();
}

/**
 * "3x t3.medium", "2 m7g.large", "a g5.xlarge": instance types the price table knows, with their count. A
 * second type without a count of its own is the same fleet moved ("10 m5.large … move them to m7g.large").
 */
/** The text without its instance types and their counts ("2x m7g.large vs c5.xlarge" → " vs "). */
export function withoutInstances(text: string): string {
  return text.toLowerCase().replace(INSTANCE_TYPE, ' ');
}

/**
 * EC2 instance types named, whether or not the price table has them: any family with a size ("t4g.small",
 * "c7i.2xlarge"), and any word after a family the table prices ("t3.mega"), which can only be meant as a type.
 */
function instanceTypesIn(text: string, families: ReadonlySet<string>): string[] {
  const sized = [...text.toLowerCase().matchAll(INSTANCE_TYPE)].map((m) => m[2] ?? '');
  const ofPricedFamilies = [...text.toLowerCase().matchAll(TYPED_INSTANCE)].filter((m) => families.has(m[1] ?? '')).map((m) => m[0]);
  return [...sized, ...ofPricedFamilies];
}

const INSTANCE_TYPE =
  /(?:\b(\d+)\s*(?:x|×|\*)?\s*)?(?<![\w.])([a-z][a-z0-9-]*\d[a-z0-9-]*\.(?:nano|micro|small|medium|large|\d*xlarge|metal))\b/g;

function instancesIn(text: string, known: ReadonlySet<string>): InstanceMention[] {
  const found: InstanceMention[] = [];
  for (const m of text.toLowerCase().matchAll(INSTANCE_TYPE)) {
    const type = m[2] ?? '';
    if (known.has(type) && !found.some((f) => f.type === type))
      found.push({ type, count: Math.max(1, Number(m[1] ?? 1)), counted: m[1] !== undefined });
  }
  // A type listed once per instance, quoted as `aws ec2 describe-instances` prints them: each one more.
  for (const f of found) {
    const listed = text.toLowerCase().split(`"${f.type}"`).length - 1;
    if (!f.counted && listed >= 2) Object.assign(f, { count: listed, counted: true });
  }
  const [first, second] = found;
  if (found.length === 2 && first?.counted && second && !second.counted) second.count = first.count;
  return found;
}

/**
 * One type named without a count, and the nodes counted elsewhere: "instance_types = ["t3.medium"] …
 * desired_size = 3", "t3.medium workers … the 3 nodes". Those nodes are that type.
 */
function countedAsNodes(found: InstanceMention[], text: string): InstanceMention[] {
  const [only] = found;
  if (found.length !== 1 || !only || only.counted) return found;
  // Only a Kubernetes cluster's nodes: "a bastion host for our 6 node cluster" is one host. A ceiling
  // ("up to 10 nodes at peak", "between 2 and 10 nodes") is not the count that runs.
  if (!/\b(eks|kubernetes|k8s|node[_ ]?groups?|desired_(?:size|capacity))\b/i.test(text)) return found;
  if (/\b(?:up to|max(?:imum)?|at most|peak|between \d+ and|to)\s+\d+\s+(?:worker\s+)?nodes?\b/i.test(text)) return found;
  const desired = /\bdesired_(?:size|capacity)\s*=\s*(\d+)\b/.exec(text)?.[1];
  const nodes = desired !== undefined ? Number(desired) : countBefore(text, String.raw`(?:worker\s+)?nodes?`, String.raw`[a-z0-9.-]+`);
  return nodes !== undefined && nodes >= 1 ? [{ ...only, count: nodes, counted: true }] : found;
}

/**
 * A schedule in hours a month: "8h a day, 22 days a month", "8h a day x 22 working days", "10 hours a day,
 * 5 days a week", "6 hours every night for 30 nights", "100 hours a month"; or a total, "100 hours of
 * training", "40 hours in total", "(36 hours) without stop", "3 days nonstop", "a fortnight".
 */
function hoursOf(text: string): number | undefined {
  const lower = text.toLowerCase();
  // "100 hours a month", "up 412 hrs last month": the month's hours as said.
  // Hours it was down are not hours it ran ("down 200 hrs last month").
  const month =
    /(?<!\b(?:down|offline|outage|outages|stopped|idle)\s+(?:for\s+)?)\b(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:a|per|each|\/|last|this|that|in a|in the|over the)\s*month\b/.exec(
      lower,
    );
  if (month) return Number(month[1]);
  // "72 hours in total", "3 days nonstop": one run's hours, in days where it says so.
  // Days count only when they say so ("3 days nonstop"): "7 days of logs" is not a run.
  const unbroken = String.raw`in\s+total\b|total\b|non-?stop\b|straight\b|without\s+(?:a\s+)?stop|of\s+wall[- ]?clock`;
  // "3.5 days", "three and a half days".
  const count = String.raw`(\d+(?:\.\d+)?|${SPELLED_COUNT})(\s+and\s+a\s+half)?`;
  // "(36 hour) without stop": the bracket may close before what says it is unbroken. "For 8 hours" alone says
  // nothing: a day, a shift, an outage or a job's run.
  const total =
    // Hours "of" something are one span unless a frequency follows ("3 hours of builds each weekday").
    new RegExp(
      String.raw`\b(\d+(?:\.\d+)?)()\s*(h|hrs?|hours?)\)?\s+(?:of\s+[a-z](?![^.;]*\b(?:every|each|a|per)\s+(?:day|night|weekday|week|month)\b|[^.;]*\b(?:daily|nightly|weekly)\b)|${unbroken})`,
    ).exec(lower) ??
    new RegExp(
      String.raw`\b${count}\s*(days?)\s+(?:${unbroken}|of\s+(?:training|compute|computing|running|processing|testing|rendering)\b)`,
    ).exec(lower) ??
    /\b(a|one)\s+()(fortnight)\b/.exec(lower);
  const totalHours = total && spanHours(total);
  const day =
    /\b(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:(?:a|per|each|every|\/)\s*(?:work(?:ing)?\s*)?(?:day|night|weekday)|daily|nightly)\b/.exec(
      lower,
    );
  if (!day) return totalHours ?? undefined;
  // Days counted without "a month" ("x 22 working days") are the month's; days a week are spread over one.
  const days = /\b(\d+)\s*(?:work(?:ing)?\s*|business\s*)?(?:days?|nights?)\b(?:\s*(?:a|per|each|\/)\s*(month|week)\b)?/.exec(lower);
  if (!days) return Number(day[1]) * 30;
  return days[2] === 'week' ? Math.round(Number(day[1]) * Number(days[1]) * WEEKS_A_MONTH * 10) / 10 : Number(day[1]) * Number(days[1]);
}

/** The hours of a span read as (count)(" and a half")(unit): hours, days or a fortnight. */
function spanHours(m: RegExpExecArray): number {
  const unit = m[3] ?? '';
  if (unit === 'fortnight') return 14 * 24;
  const n = countValue(m[1] ?? '') + (m[2] ? 0.5 : 0);
  return n * (unit.startsWith('d') ? 24 : 1);
}

/** 52 weeks over 12 months. */
const WEEKS_A_MONTH = 52 / 12;

/**
 * Provisioned Concurrency and how many environments it keeps warm, when the message is about it. A bare "pc"
 * counts only with a number after it: on its own it may be someone's computer.
 */
function provisionedOf(text: string): Query['provisioned'] {
  const lower = text.toLowerCase();
  if (!/\bprovis(?:i)?oned|\bpc\b/.test(lower)) return undefined;
  const m =
    // A number with a unit after it is a size or a time ("for 8 hours a day", "at 2gb"), not a count.
    new RegExp(
      // Configuration spells it too: "provisionedConcurrency: 1", "provisioned_concurrent_executions = 5".
      String.raw`\b(?:provis(?:i)?oned[_ ]?(?:concurrency|concurrent[_ ]executions)|pc)\s*(?:=|:|of|at|to|for)?\s*(\d+)\b(?!\s*(?:${SIZE_UNIT_PATTERN}|${DURATION_UNIT_PATTERN}|weeks?|months?|years?|[mgk]b?)\b)`,
    ).exec(lower) ?? /\b(\d+)\s*(?:envs?|environments?|warm (?:envs?|environments?|instances?))\b/.exec(lower);
  if (m) return { environments: Number(m[1]) };
  return /\bprovis(?:i)?oned[_ ]?concurrency\b/.test(lower) ? {} : undefined;
}

/**
 * A count, in figures or words, before `noun` with up to two words (`word`) between: "3 clusters", "two ecs
 * tasks", "three m5.large nodes".
 */
function countBefore(text: string, noun: string, word = '[a-z0-9-]+'): number | undefined {
  const m = new RegExp(String.raw`${COUNT}\s+(?:${word}\s+){0,2}(?:${noun})\b`, 'i').exec(text);
  return m ? countValue(m[1] ?? '') : undefined;
}

/** "3 copies of a fargate task", "4 replicas of the service": tasks running side by side (not copies of a task definition or an image). */
const COPIES = new RegExp(
  String.raw`${COUNT}\s+(?:copies|replicas)\s+of\s+(?:an?\s+|the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}(?:tasks?|services?|containers?)\b(?!\s*(?:definitions?|images?|registr))`,
  'i',
);

function copiesOf(text: string): number | undefined {
  const m = COPIES.exec(text);
  return m ? countValue(m[1] ?? '') : undefined;
}

/**
 * A month of Lambda GB-seconds said once ("~5 million GB-s a month", "200k GB-s a day" is 30 days of it).
 * Two figures ("the free tier covers 400k GB-s; we use 1.2 million") are not guessed between.
 */
const GB_SECONDS = new RegExp(
  String.raw`\b(\d[\d,]*(?:\.\d+)?)\s*(${MULTIPLIER_PATTERN})?\s*gb[- ]?s(?:ec(?:ond)?s?)?\b(?:\s*(?:\/|per|an?|each)\s*(${RATE_UNIT_PATTERN})\b)?`,
  'gi',
);

function gbSecondsOf(text: string): number | undefined {
  const [only, other] = [...text.matchAll(GB_SECONDS)];
  if (!only || other) return undefined;
  const times = only[3] ? perMonth(only[3].toLowerCase()) : 1;
  return times === undefined ? undefined : Number((only[1] ?? '').replace(/,/g, '')) * multiplierOf(only[2]) * times;
}

/**
 * A scaled count before a noun: "8M lambda invocations", "200k requests" (a number of requests with no
 * "a month" after it), "3 million durable operations". `between` is what may sit between count and noun.
 */
function countOf(text: string, nouns: string, between = ''): number | undefined {
  const m = new RegExp(String.raw`\b(\d[\d,]*(?:\.\d+)?)\s*(${MULTIPLIER_PATTERN})?\s+${between}(?:${nouns})\b`, 'i').exec(text);
  if (!m) return undefined;
  return Number((m[1] ?? '').replace(/,/g, '')) * multiplierOf(m[2]);
}
