import { fail, ok, UserError, type Result } from '../errors.js';

const NUMBER = String.raw`(\d+(?:[.,]\d+)*|\.\d+)`;

function toNumber(text: string): number {
  // "3,000,000" and "1,5" (decimal comma) both appear in chat; a comma followed by exactly three digits is a
  // thousands separator, any other comma is a decimal point.
  const normalised = /,\d{3}(?!\d)/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  return Number(normalised);
}

/** Alternatives of a regular expression, longest first, so "minutes" is not read as "m" and "inutes". */
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** The factor a unit word stands for; undefined for any other word, "constructor" and "toString" included. */
function own(units: Readonly<Record<string, number>>, word: string): number | undefined {
  const lower = word.toLowerCase();
  return Object.hasOwn(units, lower) ? units[lower] : undefined;
}

function match(text: string, units: Readonly<Record<string, number>>): { value: number; factor: number | undefined } | undefined {
  const m = new RegExp(`^${NUMBER}\\s*([a-zµ]*)\\.?$`, 'i').exec(text.trim());
  if (!m) return undefined;
  const value = toNumber(m[1] ?? '');
  if (!Number.isFinite(value)) return undefined;
  const unit = m[2] ?? '';
  return { value, factor: unit === '' ? undefined : (own(units, unit) ?? Number.NaN) };
}

const SECONDS: Record<string, number> = {
  ms: 0.001,
  msec: 0.001,
  msecs: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
};

/** "250ms", "90s", "20m", "1.5h", "7d" → seconds. A bare number is refused: 900 what? */
export function parseDuration(text: string): Result<number> {
  const m = match(text, SECONDS);
  if (m?.factor === undefined || Number.isNaN(m.factor)) {
    return fail(new UserError('bad-duration', `"${text}" is not a duration.`, 'Use a number with a unit, e.g. 250ms, 90s, 20m, 2h or 7d.'));
  }
  return ok(m.value * m.factor);
}

const MEGABYTES: Record<string, number> = {
  b: 1 / 1048576,
  kb: 1 / 1024,
  k: 1 / 1024,
  kib: 1 / 1024,
  mb: 1,
  m: 1,
  mib: 1,
  gb: 1024,
  g: 1024,
  gib: 1024,
  tb: 1048576,
  t: 1048576,
  tib: 1048576,
  // As Kubernetes writes quantities ("memory: 4Gi", "512Mi").
  ki: 1 / 1024,
  mi: 1,
  gi: 1024,
  ti: 1048576,
  // As people write them in chat ("16 gigs of ram", "512 megs").
  kilobyte: 1 / 1024,
  kilobytes: 1 / 1024,
  meg: 1,
  megs: 1,
  megabyte: 1,
  megabytes: 1,
  gig: 1024,
  gigs: 1024,
  gigabyte: 1024,
  gigabytes: 1024,
  terabyte: 1048576,
  terabytes: 1048576,
};

/**
 * "512mb", "1.5gb", "12gb", "256kb" → megabytes (binary, as Lambda counts them: 1 GB = 1,024 MB).
 * A bare number is taken as MB, the unit Lambda's memory setting uses.
 */
export function parseSize(text: string): Result<number> {
  const m = match(text, MEGABYTES);
  if (!m || Number.isNaN(m.factor)) {
    return fail(new UserError('bad-size', `"${text}" is not a size.`, 'Use a number with a unit, e.g. 512mb, 1.5gb or 10gb.'));
  }
  return ok(m.value * (m.factor ?? 1));
}

/** Numbers written as words ("two tasks", "three clusters"): the one list, read in settings' sentences and in free text. */
export const SPELLED_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

/** The words that scale a count ("250k", "3 million", "1.5bn"): the one list, read in settings and in free text. */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mil: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/** The multipliers spelled out ("thousand", "million", "billion"): words long enough to read a typo of ("3 milion"). */
export const SPELLED_MULTIPLIERS: readonly string[] = Object.keys(MULTIPLIERS).filter((w) => w.length >= 6);

/** The multipliers as a regular expression's alternatives, longest first, for reading counts in sentences. */
export const MULTIPLIER_PATTERN = alternatives(Object.keys(MULTIPLIERS));

/** What a multiplier matched by MULTIPLIER_PATTERN stands for ("million" → 1e6); 1 when there is none. */
export function multiplierOf(word: string | undefined): number {
  return own(MULTIPLIERS, word ?? '') ?? 1;
}

/** The duration units as a regular expression's alternatives, for reading run times in sentences. */
export const DURATION_UNIT_PATTERN = alternatives(Object.keys(SECONDS));

/**
 * The size units as a regular expression's alternatives, for reading sizes in sentences: all but the
 * one-letter ones, which a sentence uses for other things ("5m" is minutes or millions, "2k" a count).
 */
export const SIZE_UNIT_PATTERN = alternatives(Object.keys(MEGABYTES).filter((unit) => unit.length > 1));

/** Seconds in one of the duration units ("min" → 60), or undefined for a word that is none. */
export const secondsIn = (unit: string): number | undefined => own(SECONDS, unit);

/** Megabytes in one of the size units ("gb" → 1,024), or undefined for a word that is none. */
export const megabytesIn = (unit: string): number | undefined => own(MEGABYTES, unit);

/** A unit typed apart from its number ("12 gb", "90 s", "3 million", "80 %"): a duration, size or count unit above. */
export function isUnitWord(word: string): boolean {
  return word === '%' || [SECONDS, MEGABYTES, MULTIPLIERS].some((units) => own(units, word) !== undefined);
}

/** Weeks and months, counted in a 30-day month. */
const CALENDAR_PER_MONTH: Readonly<Record<string, number>> = { week: 30 / 7, month: 1, mo: 1 };
const DAY_SECONDS = 86_400;
/**
 * The units a count is given per ("3,000 req/s", "2k a day"): the duration units from a second to a day, and
 * weeks and months; not milliseconds, and not "m" or "d" alone ("3/m" may be a month as well as a minute).
 */
const RATE_UNITS = [
  ...Object.keys(SECONDS).filter(
    (unit) => unit !== 'm' && unit !== 'd' && (SECONDS[unit] ?? 0) >= 1 && (SECONDS[unit] ?? 0) <= DAY_SECONDS,
  ),
  ...Object.keys(CALENDAR_PER_MONTH),
];

/** Whether a word is a unit a rate is given per ("second", "day", "s"), as typed apart from its count. */
export const isRateUnitWord = (word: string): boolean => RATE_UNITS.includes(word.toLowerCase());

/** The units a rate is given per, as a regular expression's alternatives. */
export const RATE_UNIT_PATTERN = alternatives(RATE_UNITS);

/**
 * How many times a month something once per `unit` happens. Per second, minute or hour it runs over
 * `hoursPerMonth` running hours when given (the price table's month, so the load sized is the rate said);
 * per day or week over a 30-day month.
 */
export function perMonth(unit: string, hoursPerMonth?: number): number | undefined {
  const calendar = own(CALENDAR_PER_MONTH, unit);
  if (calendar !== undefined) return calendar;
  const seconds = RATE_UNITS.includes(unit) ? own(SECONDS, unit) : undefined;
  if (seconds === undefined) return undefined;
  return seconds < DAY_SECONDS && hoursPerMonth !== undefined ? (hoursPerMonth * 3600) / seconds : (30 * DAY_SECONDS) / seconds;
}

/** "3M", "250k", "43,200", "1.5 billion", "3M/month" → a plain number. */
export function parseCount(text: string): Result<number> {
  const bare = text.trim().replace(/\s*(?:\/|per\s+|a\s+)(?:month|mo)$/i, '');
  const m = match(bare, MULTIPLIERS);
  if (!m || Number.isNaN(m.factor)) {
    return fail(new UserError('bad-count', `"${text}" is not a count.`, 'Use a number, optionally with k, M or B, e.g. 250k or 3M.'));
  }
  return ok(Math.round(m.value * (m.factor ?? 1)));
}

/**
 * A month's count, given as one ("3M") or as a rate ("3k/s", "2k per day", "24/day"): per second, minute
 * or hour over `hoursPerMonth` when given (see perMonth).
 */
export function parseMonthlyCount(text: string, hoursPerMonth?: number): Result<number> {
  const rate = new RegExp(String.raw`\s*(?:\/|per\s+|an?\s+)(${RATE_UNIT_PATTERN})$`, 'i').exec(text.trim());
  const times = rate && perMonth((rate[1] ?? '').toLowerCase(), hoursPerMonth);
  const count = parseCount(rate ? text.trim().slice(0, rate.index) : text);
  if (!count.ok || times === undefined)
    return fail(
      new UserError(
        'bad-count',
        `"${text}" is not a count.`,
        'Use a number, optionally with k, M or B, e.g. 250k or 3M, or a rate such as 3k/s or 2k/day.',
      ),
    );
  return ok(Math.round(count.value * (times ?? 1)));
}

/** "80%", "80" or "0.8" → 0.8. Refuses anything outside 0–100 %. */
export function parsePercent(text: string): Result<number> {
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(text.trim());
  const value = m ? Number(m[1]) : Number.NaN;
  const fraction = m && (m[2] === '%' || value > 1) ? value / 100 : value;
  if (!m || !(fraction >= 0 && fraction <= 1)) {
    return fail(new UserError('bad-percent', `"${text}" is not a percentage.`, 'Use a share between 0% and 100%, e.g. 80%.'));
  }
  return ok(fraction);
}
