import Fuse from 'fuse.js';
import { fail, ok, UserError, type Result } from '../errors.js';
import { quoteUserText } from '../sanitize.js';

/** One `key=value` setting a command accepts. */
export interface ParamSpec {
  /** Other spellings of the key (`free_tier`, `mem`). */
  aliases?: readonly string[];
  /** An example value, shown in errors and help. */
  example: string;
  parse(value: string): Result<unknown>;
}

export interface ParsedParams {
  values: Record<string, unknown>;
  /** Words that were not `key=value`, in order: free text for commands that read it. */
  words: string[];
}

const normaliseKey = (key: string) => key.toLowerCase().replace(/_/g, '-');

/**
 * Reads `key=value` (or `key:value`) words against `specs`. Every problem is reported at once: unknown keys
 * (with "did you mean"), values in the wrong form (with the accepted forms), and a key given twice with
 * different values (a contradiction is the user's to resolve, not ours to guess). `command` prefixes the
 * corrected line offered as "did you mean".
 */
const UNIT_WORD = /^(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|[kmgt]i?b|%|k|million|billion)$/i;

/**
 * Rejoins settings that spaces split apart: `memory = 12gb` and `memory=12 gb` mean `memory=12gb`
 * (read separately, "gb" would be lost and 12 taken as MB — a silent wrong answer).
 */
function rejoin(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] ?? '';
    if (/^[a-z][\w-]*$/i.test(token) && tokens[i + 1] === '=' && tokens[i + 2] !== undefined) {
      token = `${token}=${tokens[i + 2]}`;
      i += 2;
    } else if (/^[a-z][\w-]*=$/i.test(token) && tokens[i + 1] !== undefined) {
      token = `${token}${tokens[i + 1]}`;
      i += 1;
    }
    if (/^[a-z][\w-]*=[\d.,]+$/i.test(token) && UNIT_WORD.test(tokens[i + 1] ?? '')) {
      token = `${token}${tokens[i + 1]}`;
      i += 1;
    }
    out.push(token);
  }
  return out;
}

export function parseParams(rawTokens: readonly string[], specs: Record<string, ParamSpec>, command: string): Result<ParsedParams> {
  const tokens = rejoin(rawTokens);
  const keyOf = new Map<string, string>();
  for (const [key, spec] of Object.entries(specs)) for (const k of [key, ...(spec.aliases ?? [])]) keyOf.set(normaliseKey(k), key);
  const values: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  const words: string[] = [];
  const problems: string[] = [];
  // The line with every mistyped key corrected, offered as one "did you mean" that runs the whole command.
  const corrected = [...tokens];
  let fixes = 0;
  for (const [i, token] of tokens.entries()) {
    const m = /^([a-z][\w-]*)\s*([=:])\s*(.*)$/i.exec(token);
    // "job:" or "Java:" in a sentence is a label, not a setting: a colon makes a setting only for a known key.
    if (!m || (m[2] === ':' && !keyOf.has(normaliseKey(m[1] ?? '')))) {
      words.push(token);
      continue;
    }
    const given = m[1] ?? '';
    const value = (m[3] ?? '').trim();
    const key = keyOf.get(normaliseKey(given));
    if (!key) {
      const guess = new Fuse([...keyOf.keys()], { threshold: 0.4 }).search(normaliseKey(given))[0]?.item;
      const target = guess ? keyOf.get(guess) : undefined;
      problems.push(`I don't know the setting ${quoteUserText(given, 30)}${target ? ` — did you mean \`${target}\`?` : '.'}`);
      if (target) {
        corrected[i] = `${target}=${value || specs[target]?.example}`;
        fixes++;
      }
      continue;
    }
    const spec = specs[key];
    if (!spec) continue;
    if (value === '') {
      problems.push(`\`${key}\` needs a value, e.g. \`${key}=${spec.example}\`.`);
      continue;
    }
    const parsed = spec.parse(value);
    if (!parsed.ok) {
      problems.push(`\`${key}\`: ${parsed.error.message}${parsed.error.hint ? ` ${parsed.error.hint}` : ''}`);
      continue;
    }
    if (key in values && JSON.stringify(values[key]) !== JSON.stringify(parsed.value)) {
      problems.push(
        `\`${key}\` is given twice with different values (${quoteUserText(raw[key] ?? '', 20)} and ${quoteUserText(value, 20)}): keep the one you mean.`,
      );
      continue;
    }
    values[key] = parsed.value;
    raw[key] = value;
  }
  if (problems.length > 0) {
    const accepted = Object.entries(specs)
      .map(([k, s]) => `\`${k}=${s.example}\``)
      .join(' ');
    return fail(
      new UserError(
        'bad-params',
        problems.length === 1 ? (problems[0] ?? '') : `There are ${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`,
        `Settings: ${accepted}`,
        fixes > 0 ? [`${command} ${corrected.join(' ')}`] : [],
      ),
    );
  }
  return ok({ values, words });
}

/** yes/no, true/false, on/off, 1/0. */
export function parseYesNo(value: string): Result<boolean> {
  const v = value.toLowerCase();
  if (['yes', 'y', 'true', 'on', '1'].includes(v)) return ok(true);
  if (['no', 'n', 'false', 'off', '0', 'none'].includes(v)) return ok(false);
  return fail(new UserError('bad-yes-no', `"${value}" is not yes or no.`, 'Use yes or no.'));
}

/** One of a fixed set of words (case-insensitive), with accepted spellings mapped to a canonical value. */
export function oneOf<T extends string>(choices: Record<string, T>): (value: string) => Result<T> {
  return (value) => {
    const found = choices[value.toLowerCase()];
    if (found) return ok(found);
    const listed = [...new Set(Object.values(choices))].join(', ');
    return fail(new UserError('bad-choice', `"${value}" is not one of the choices.`, `Use one of: ${listed}.`));
  };
}

/** Wraps a parser with an inclusive range check that names the valid range (and why, when given). */
export function inRange(
  parse: (v: string) => Result<number>,
  min: number,
  max: number,
  describe: (n: number) => string,
  why = '',
): (value: string) => Result<number> {
  return (value) => {
    const r = parse(value);
    if (!r.ok) return r;
    if (r.value < min || r.value > max || !Number.isFinite(r.value)) {
      return fail(
        new UserError(
          'out-of-range',
          `${describe(r.value)} is out of range.`,
          `Use ${describe(min)} to ${describe(max)}${why ? ` (${why})` : ''}.`,
        ),
      );
    }
    return r;
  };
}

/** A plain positive number ("2", "0.5"). */
export function parseNumber(value: string): Result<number> {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    return fail(new UserError('bad-number', `"${value}" is not a number.`, 'Use a number such as 2 or 0.5.'));
  return ok(n);
}
