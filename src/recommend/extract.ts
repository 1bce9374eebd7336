/**
 * Reads workload settings out of plain English ("nightly 5 minute report job, 2 GB, runs once a day").
 * Every setting it sets comes with the phrase it was read from, so the reply can say what it assumed.
 * It reads what people commonly write; anything it cannot place is left unstated, never guessed. Numbers
 * with units are read here; traits said in words are the lexicon's (`knowledge/lexicon.yaml` traits).
 */
import type { Trait } from '../knowledge/schema.js';
import {
  DURATION_UNIT_PATTERN,
  megabytesIn,
  MULTIPLIER_PATTERN,
  multiplierOf,
  perMonth,
  RATE_UNIT_PATTERN,
  secondsIn,
  SIZE_UNIT_PATTERN,
  SPELLED_NUMBERS,
} from '../parse/units.js';
import { type FieldName, type SettingValue, type Workload } from './fields.js';

export interface Reading {
  field: FieldName;
  value: SettingValue;
  /** The words it was read from, as written. */
  phrase: string;
  /** Set when the value is an assumption beyond the words (e.g. "MPI" → at least 2 machines). */
  assumed?: boolean;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...SPELLED_NUMBERS, 'a few': 3, 'a couple of': 2, few: 3, several: 5 };
/**
 * A count: digits (a unit may follow directly, "5m"), a number word (a space or hyphen must follow), or
 * "a"/"an" after a word that introduces a length of time ("takes an hour"; "three times a day" is not one).
 */
const NUM = String.raw`\b(\d[\d,]*(?:\.\d+)?(?=\+?[\s-]*[a-z])|(?:a few|a couple of|several|${Object.keys(SPELLED_NUMBERS).join('|')})(?=[\s-]+)|(?<=\b(?:takes?|taking|lasts?|for|about|around|over|under|up to|within|roughly|nearly|almost) )an?(?=\s+(?:hour|minute|second|day)\b))`;
const toNumber = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word.replace(/,/g, ''));

/** The lexicon's traits with their patterns compiled, once per knowledge base. */
const compiled = new WeakMap<readonly Trait[], { field: FieldName; value: SettingValue; pattern: RegExp }[]>();
function traitRules(traits: readonly Trait[]) {
  let rules = compiled.get(traits);
  if (!rules) {
    // The loader has checked that each names a setting and a value it takes.
    rules = traits.map((t) => ({ field: t.setting as FieldName, value: t.value, pattern: new RegExp(t.pattern) }));
    compiled.set(traits, rules);
  }
  return rules;
}

interface Found {
  readings: Reading[];
  /** The text with every phrase already read blanked out, so later rules do not read it twice. */
  rest: string;
}

function take(found: Found, re: RegExp, read: (m: RegExpExecArray, before: string, after: string) => Reading[] | undefined): void {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let m: RegExpExecArray | null;
  let text = found.rest;
  while ((m = global.exec(found.rest)) !== null) {
    const before = found.rest.slice(Math.max(0, m.index - 40), m.index);
    const after = found.rest.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const readings = read(m, before, after);
    if (readings === undefined) continue;
    found.readings.push(...readings);
    text = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
  }
  found.rest = text;
}

const one = (field: FieldName, value: SettingValue, phrase: string, assumed = false): Reading[] => [
  { field, value, phrase: phrase.trim(), ...(assumed ? { assumed } : {}) },
];

/**
 * Reads what it can; the readings are in the order found, one per setting (the strongest wins). With
 * `hoursPerMonth` (the price table's month), "3,000 req/s" becomes the requests of that month, so the load
 * the cost lines size for is the 3,000 a second the user said.
 */
export function extractWorkload(original: string, options: { traits: readonly Trait[]; hoursPerMonth?: number }): Reading[] {
  // Curly apostrophes read as straight ones ("don’t"); the same length, so phrases keep their places.
  const found: Found = { readings: [], rest: original.toLowerCase().replace(/’/g, "'") };
  const phraseOf = (m: RegExpExecArray) => original.slice(m.index, m.index + m[0].length);

  // Deployment frequency first, so "deployed once a week" is not read as a weekly schedule.
  take(
    found,
    /\bdeploy(?:ed|s|ing|ments?)?\s+(?:about |around |roughly |some )?(\d+|once|twice)\s*(?:times?\s+)?(?:a|per|each)\s+(day|week|month|hour)/,
    (m) => {
      const n = m[1] === 'once' ? 1 : m[1] === 'twice' ? 2 : Number(m[1]);
      const days = { hour: 1 / 24, day: 1, week: 7, month: 30 }[m[2] as 'day'] ?? 1;
      return one('deploys', n / days, phraseOf(m));
    },
  );
  take(found, /\b(daily|weekly|hourly|monthly) (deploys|deployments|releases)\b/, (m) =>
    one('deploys', { daily: 1, weekly: 1 / 7, hourly: 24, monthly: 1 / 30 }[m[1] as 'daily'] ?? 1, phraseOf(m)),
  );

  let rate: { perSecond: number; phrase: string } | undefined;
  // Rates ("5,000 records/s", "2,000 requests per second", "3M requests a month", "every minute").
  take(
    found,
    new RegExp(
      String.raw`(\d[\d,]*(?:\.\d+)?)\s*(${MULTIPLIER_PATTERN})?\s*(?:requests?|records?|events?|messages?|calls?|invocations?|invokes?|runs?|jobs?|rps|req|executions?)?\s*(?:\/|per|an?|in (?:one|a|1|each|every))\s*(${RATE_UNIT_PATTERN})\b(?!\s*%)`,
    ),
    (m, before) => {
      if (/%\s*$/.test(m[1] ?? '') || /(grow|grows|growth|up|down)\s*(about|by)?\s*$/.test(before)) return undefined;
      const n = toNumber(m[1] ?? '') * multiplierOf(m[2]);
      // A rate a second, minute or hour is a load in flight once the run time is known (below); a day's or a month's is an average.
      const per = secondsIn(m[3] ?? '');
      if (per !== undefined && per <= 3600) rate = { perSecond: n / per, phrase: phraseOf(m) };
      return one('requests', Math.round(n * (perMonth(m[3] ?? '', options.hoursPerMonth) ?? 1)), phraseOf(m));
    },
  );
  take(
    found,
    // "a few hundred a day" needs no noun: the scale word says it counts something.
    /\b(a few|few|several|hundreds of|thousands of|millions of) ?(?:(hundred|thousand|million)\s*(?:requests?|records?|events?|messages?|calls?|invocations?|runs?|jobs?|executions?)?|(?:requests?|records?|events?|messages?|calls?|invocations?|runs?|jobs?|executions?))\s*(?:\/|per|an?)\s*(second|sec|minute|min|hour|day|week|month)\b/,
    (m) => {
      const base = { 'hundreds of': 300, 'thousands of': 3000, 'millions of': 3e6 }[m[1] as 'hundreds of'] ?? 3;
      const scale = { hundred: 100, thousand: 1000, million: 1e6 }[m[2] as 'hundred'] ?? 1;
      return one('requests', Math.round(base * scale * (perMonth(m[3] ?? '', options.hoursPerMonth) ?? 1)), phraseOf(m), true);
    },
  );
  take(found, /\bevery (\d+ )?(minute|hour|day|night|week)s?\b|\bonce an? (day|night|hour|week|month)\b/, (m) => {
    const unit = (m[2] ?? m[3] ?? 'day').replace('night', 'day');
    const n = Number(m[1] ?? 1) || 1;
    return [
      ...one('requests', Math.round((perMonth(unit, options.hoursPerMonth) ?? 30) / n), phraseOf(m)),
      ...one('traffic', 'scheduled', phraseOf(m)),
    ];
  });
  take(found, new RegExp(String.raw`${NUM}\s*(?:concurrent|simultaneous|parallel)\b`), (m) =>
    one('concurrency', toNumber(m[1] ?? ''), phraseOf(m)),
  );
  take(found, /\b(?:across|on|over|spans?)\s+(\d+)\s+(?:nodes|machines|instances|servers|hosts)\b/, (m) =>
    Number(m[1]) >= 2 ? one('nodes', Number(m[1]), phraseOf(m)) : undefined,
  );
  take(found, /\b(mpi|hpc|tightly[- ]coupled|low[- ]latency interconnect)\b/, (m) =>
    found.readings.some((r) => r.field === 'nodes') ? [] : one('nodes', 2, phraseOf(m), true),
  );

  // Latency targets ("p99 must stay under 100 ms"), before plain durations.
  take(found, /\b(?:p9[059](?:\.9)?|latency|response times?)\b[^.;,\d]{0,30}?(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|seconds?)\b/, (m) =>
    one('latency', Number(m[1]) * (secondsIn(m[2] ?? 'ms') ?? 0.001) * 1000, phraseOf(m)),
  );

  // Sizes as configuration spells them, in MB: "memorySize: 1024" (SAM, Serverless), "memory_size = 3008"
  // (Terraform), "ephemeralStorage: 10240", and an ECS task definition's "memory": "4096" and "cpu": "256"
  // (CPU units, 1,024 to a vCPU).
  // A task definition said in words, the pair together and without units: "cpu 2048 / memory 4096".
  take(found, /\bcpu\s*[:=]?\s*(\d{3,5})\s*[/,]?\s*(?:and\s+)?memory\s*[:=]?\s*(\d{3,6})\b(?!\s*(?:[kmgt]i?b|gigs?|megs?|%))/, (m) =>
    Number(m[1]) >= 128 ? [...one('vcpu', Number(m[1]) / 1024, phraseOf(m)), ...one('memory', Number(m[2]), phraseOf(m))] : undefined,
  );
  take(found, /(\bmemory[_ ]?size|\bephemeral[_ ]?storage(?:[_ ]?size)?|"memory"|"cpu")"?\s*[:=]\s*"?(\d+)\b"?/, (m) => {
    const key = (m[1] ?? '').replace(/[_ "]/g, '');
    const n = Number(m[2]);
    if (key === 'cpu') return n >= 128 ? one('vcpu', n / 1024, phraseOf(m)) : undefined;
    return one(key.startsWith('ephemeral') ? 'storage' : 'memory', n, phraseOf(m));
  });
  // The same keys written joined, as only configuration writes them, with a space for the colon: "memorySize 3538".
  take(found, /\b(memory_?size|ephemeral_?storage(?:_?size)?)\s+(\d{3,5})\b(?![.,]?\d|\s*(?:[kmgt]i?b?|gigs?|megs?|%)\b)/, (m) =>
    one((m[1] ?? '').startsWith('ephemeral') ? 'storage' : 'memory', Number(m[2]), phraseOf(m)),
  );
  // Sizes, placed by the words around them ("12,288 MB", "16 gigs", "a gig and a half").
  take(found, new RegExp(String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(${SIZE_UNIT_PATTERN})\b`), (m, before, after) => {
    const mb = toNumber(m[1] ?? '') * (megabytesIn(m[2] ?? 'mb') ?? 1);
    return sized(mb, phraseOf(m), before, after, sentenceOf(found.rest, m.index));
  });
  take(
    found,
    new RegExp(
      String.raw`\b(?:(half) an? |(an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:and a (half) )?)(${SIZE_UNIT_PATTERN})(?: and a (half))?\b`,
    ),
    (m, before, after) => {
      const count = m[1] ? 0.5 : toNumber(m[2] ?? '') + (m[3] || m[5] ? 0.5 : 0);
      return sized(count * (megabytesIn(m[4] ?? '') ?? Number.NaN), phraseOf(m), before, after, sentenceOf(found.rest, m.index));
    },
  );
  // "a quarter vCPU", "half a core", "a vcpu and a half".
  take(found, /\b(?:(?:an?|one) (quarter|half)(?: of an?)?|(half) an?) (?:v?cpus?|cores?)\b/, (m) =>
    one('vcpu', (m[1] ?? m[2]) === 'quarter' ? 0.25 : 0.5, phraseOf(m)),
  );
  // "256 CPU, 4096 memory" (ECS's own message, "CPU" as it prints it) counts CPU units, 1,024 to a vCPU;
  // "512 CPUs" for a simulation are vCPUs.
  take(found, /(\d+(?:\.\d+)?)\s*(v?cpus?|cores?)\b/, (m) =>
    one('vcpu', ecsCpuUnits(m, original) ? Number(m[1]) / 1024 : Number(m[1]), phraseOf(m)),
  );

  // Durations, placed by the words around them: waits, start-up, or the run itself.
  const durations: Reading[] = [];
  take(
    found,
    // "3+ hours": at least three, read as three.
    new RegExp(String.raw`${NUM}\+?[\s-]*(${DURATION_UNIT_PATTERN})\b`),
    (m, before, after) => {
      const s = toNumber(m[1] ?? '') * (secondsIn(m[2] ?? '') ?? Number.NaN);
      if (!Number.isFinite(s) || s <= 0) return undefined;
      // "8M lambda invocations", "2m users": a count in millions, not minutes ("200ms per request" is a run time).
      if (
        m[2] === 'm' &&
        /^[\s,]*(?:(?!per\b|each\b)[a-z]+\s+)?(?:requests?|invocations?|calls?|executions?|reqs?|users?|records?|events?|messages?|rows?)\b/.test(
          after,
        )
      )
        return undefined;
      // "180M" as curl or a dashboard prints it: megabytes or millions; minutes are written lower-case.
      if (m[2] === 'm' && original.charAt(m.index + m[0].length - 1) === 'M') return undefined;
      // "a 730h month": the month's length, not a run.
      if (/^[\s-]*months?\b/.test(after)) return undefined;
      // "a 20 minute standup every morning": people's time, not the workload's.
      if (
        /^[\s-]*(?:long\s+)?(?:stand-?ups?|meetings?|retros?|demos?|breaks?|lunch(?:es)?|commutes?|drives?|walks?|interviews?|coffee)\b/.test(
          after,
        )
      )
        return undefined;
      // "jumps to ~1.5k rps for 10-15 min": how long a peak of traffic lasts, not how long a run takes.
      if (TRAFFIC_SPAN_BEFORE.test(before)) return undefined;
      const phrase = phraseOf(m);
      // A wait on a person ("needs someone in finance to OK it, which can take up to 10 days"), but not the
      // steps around it ("the steps before and after the approval are a couple of seconds each").
      // Not a run after one ("once approved, the migration runs 45 minutes", "a manually triggered report").
      const onPerson = /\b(waits?|waiting|approvals?|to approve|sign[- ]?off|someone|somebody|a human|a person|ok it|okay it)\b[^.;]*$/;
      if (onPerson.test(before.slice(-40)) && !/^\s*each\b/.test(after)) return one('wait', s, phrase);
      if (
        /\b(start[- ]?up|warm[- ]?up|boot|init\w*|cold starts?)\b[^.;]*$/.test(before.slice(-30)) ||
        /^[\s-]*(cold starts?|to start|start[- ]?up|warm[- ]?up|boot)/.test(after)
      )
        return one('startup', s, phrase);
      durations.push(...one('duration', s, phrase));
      return [];
    },
  );
  const longest = durations.sort((a, b) => Number(b.value) - Number(a.value))[0];
  if (longest) found.readings.push(longest);
  // "15,000 req/s at ~100 ms": about 1,500 in flight at once (rate × run time), unless a concurrency is said.
  if (rate && longest && !found.readings.some((r) => r.field === 'concurrency'))
    found.readings.push(
      ...one('concurrency', Math.ceil(rate.perSecond * Number(longest.value)), `${rate.phrase} × ${longest.phrase}`, true),
    );
  if (!found.readings.some((r) => r.field === 'wait')) {
    take(found, /\b(human approval|manual approval|waits? for (an? )?(approval|human|person|callback))\b/, (m) =>
      one('wait', 86400, phraseOf(m), true),
    );
  }

  // Traits said in words ("sporadic", "websockets", "no k8s") come from the lexicon, strongest first.
  const rules = traitRules(options.traits);
  for (const rule of rules) {
    if (found.readings.some((r) => r.field === rule.field)) continue;
    const m = rule.pattern.exec(found.rest);
    if (!m) continue;
    // "the api doesn't need a gpu, but the training step needs a GPU": a no for one part and a yes for another
    // is a yes. Every no's own words are set aside before the yes is looked for ("no gpu" says "gpu" too, and
    // "cpu build, no cuda" says no twice).
    if (rule.value === false) {
      const aside = found.rest.replace(new RegExp(rule.pattern.source, 'g'), (no) => ' '.repeat(no.length));
      const yes = rules.find((r) => r.field === rule.field && r.value === true && r.pattern.test(aside));
      const said = yes?.pattern.exec(aside);
      if (yes && said) {
        found.readings.push(...one(yes.field, yes.value, original.slice(said.index, said.index + said[0].length)));
        continue;
      }
    }
    found.readings.push(...one(rule.field, rule.value, original.slice(m.index, m.index + m[0].length)));
  }
  return dedupe(found.readings);
}

/** A rate of traffic, then "for" (and the low end of a range): what comes next is how long the traffic lasts. */
const TRAFFIC_SPAN_BEFORE =
  /\b(?:rps|qps|tps|req\/s|reqs?\/s(?:ec)?|requests?\s*(?:\/|per|a|an)\s*(?:s|sec|second)|concurrent users|users online)\s+for\s+(?:about\s+|around\s+|~\s*)?(?:\d+\s*(?:-|–|to)\s*)?$/;

/** "256 CPU" as ECS prints a task size: the word in capitals and singular, after a count of units (128 or more). */
const ecsCpuUnits = (m: RegExpExecArray, original: string): boolean =>
  m[2] === 'cpu' && Number(m[1]) >= 128 && original.slice(m.index, m.index + m[0].length).endsWith('CPU');

/** The sentence around position `at`: what a size's other words are looked for in. */
function sentenceOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf(';', at)) + 1;
  const end = text.slice(at).search(/[.;](?:\s|$)/);
  return text.slice(start, end < 0 ? undefined : at + end);
}

/** Data kept elsewhere: the store named right before the size ("our db is 4 TB") or as what it measures ("4 TB of logs", "a 500 GB dataset"). */
const DATA_AT_REST = String.raw`(?:db|database|dataset|data ?lake|warehouse|bucket|s3|archive|backups?|logs?|data)`;
const DATA_BEFORE = new RegExp(String.raw`\b${DATA_AT_REST}\s+(?:is|are|holds?|has|of|at|about|around|~|\s)*$`);
const DATA_AFTER = new RegExp(String.raw`^\s*(?:of\s+)?(?:\w+\s+)?${DATA_AT_REST}\b`);

/**
 * A size placed by the words around it: the payload, the package, local disk or memory; a link's speed or
 * data kept elsewhere is none of them. A file the job downloads to disk ("14 GB GeoTIFFs, job downloads one
 * to local disk") is disk, from the rest of its sentence.
 */
function sized(mb: number, phrase: string, before: string, after: string, sentence: string): Reading[] | undefined {
  if (!Number.isFinite(mb) || mb <= 0) return undefined;
  // "25 gig networking", "10 gigabit": a link's speed, not a size.
  if (/^[\s-]*(?:networking|network|ethernet|links?|uplinks?|nics?|bandwidth|bit|bps)\b/.test(after)) return undefined;
  // "~2MB/s", "50 mb per second": a throughput, not a size.
  if (/^\s*(?:\/\s*s(?:ec(?:ond)?)?|ps|per\s+s(?:ec(?:ond)?)?)\b/.test(after)) return undefined;
  const near = `${before.slice(-25)} ${after.slice(0, 25)}`;
  // What follows the size up to the next comma or number ("6 MB JSON payload", "2mb per request"), not the
  // next clause's ("512mb, 200ms per request" is the memory).
  const own = after.slice(0, 25).split(/[,;.\d]/)[0] ?? '';
  if (
    /\b(files?|uploads?|body|payloads?|requests?|messages?|events?|documents?)\b/.test(own) ||
    /\b(payload|body|upload)\b/.test(before.slice(-20))
  )
    return one('payload', mb, phrase);
  if (/\b(image|package|artifact|zip|bundle|layers?|deps|dependencies)\b/.test(near)) return one('package', mb, phrase);
  if (/\b(disk|storage|scratch|tmp|ssd|ebs)\b/.test(near)) return one('storage', mb, phrase);
  if (/\b(ram|memory|mem|heap)\b/.test(near)) return one('memory', mb, phrase);
  if (/\b(download|copie|copy|write|pull)\w* (\w+ ){0,3}to (the )?(local )?(disk|\/?tmp|scratch|ssd)\b/.test(sentence))
    return one('storage', mb, phrase);
  // "our db is 4 TB", "40gb of reference data in a db", "a 500 GB dataset": the size of data kept elsewhere.
  if (DATA_BEFORE.test(before.slice(-20)) || DATA_AFTER.test(after)) return undefined;
  return one('memory', mb, phrase);
}

/** One reading per setting: the first found wins (rules run strongest first). */
function dedupe(readings: Reading[]): Reading[] {
  const seen = new Set<FieldName>();
  return readings.filter((r) => (seen.has(r.field) ? false : (seen.add(r.field), true)));
}

/** The workload the readings describe. */
export function readingsToWorkload(readings: readonly Reading[]): Workload {
  return Object.fromEntries(readings.map((r) => [r.field, r.value]));
}
