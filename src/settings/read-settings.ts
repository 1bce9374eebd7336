/** Reads a command's settings from typed `key=value` words and from structured values (options, form fields). */
import Fuse from 'fuse.js';
import { fail, ok, UserError, type Result } from '../errors.js';
import { inRange } from '../parse/params.js';
import { isRateUnitWord, isUnitWord } from '../parse/units.js';
import { quoteUserText } from '../sanitize.js';
import type { ParseContext, Setting, SettingValue } from './setting.js';

/** An inclusive range a command puts on a number setting (from the knowledge base), and why. */
export interface Range {
  min: number;
  max: number;
  why?: string;
  /** How the range's numbers read, when not as the setting shows values (Lambda states memory in MB). */
  show?: (n: number) => string;
}

/** Typed words and structured values (Discord options, form fields), as a command receives them. */
export interface SettingsInput {
  args: readonly string[];
  values?: Readonly<Record<string, string>>;
}

export interface ReadSettings {
  values: Record<string, SettingValue>;
  /** Words that were not `key=value`, in order: free text for commands that read it. */
  words: string[];
}

const normaliseKey = (key: string) => key.toLowerCase().replace(/_/g, '-');

/**
 * Rejoins settings that spaces split apart: `memory = 12gb` and `memory=12 gb` mean `memory=12gb`
 * (read separately, "gb" would be lost and 12 taken as MB — a silent wrong answer), and `requests=3k a
 * second` (or `per second`, `/ s`) means `requests=3k/second`, not 3k a month.
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
    if (/^[a-z][\w-]*=[\d.,]+$/i.test(token) && isUnitWord(tokens[i + 1] ?? '')) {
      token = `${token}${tokens[i + 1]}`;
      i += 1;
    }
    if (
      /^[a-z][\w-]*=[\d.,]+[a-z]*$/i.test(token) &&
      /^(?:an?|per|\/)$/i.test(tokens[i + 1] ?? '') &&
      isRateUnitWord(tokens[i + 2] ?? '')
    ) {
      // Kept as typed, so an error quotes what the user wrote ("2gb a day" is not a size).
      token = tokens[i + 1] === '/' ? `${token}/${tokens[i + 2]}` : `${token} ${tokens[i + 1]} ${tokens[i + 2]}`;
      i += 2;
    }
    out.push(token);
  }
  return out;
}

/**
 * A typed word's key, separator and value when it is a setting: any `key=…`, and `key:value` for a key
 * `isKey` knows — "job:" or "check:" in a sentence is a label, not a setting, and so is a bare "memory:" or
 * "requests:" (a pasted manifest's key, its value on the next word or line), which free text reads.
 */
function settingParts(token: string, isKey: (normalisedKey: string) => boolean): RegExpExecArray | undefined {
  const m = /^([a-z][\w-]*)\s*([=:])\s*(.*)$/i.exec(token);
  return m && (m[2] === '=' || (m[3] !== '' && isKey(normaliseKey(m[1] ?? '')))) ? m : undefined;
}

/** Whether a typed word is one of `settings` (or a mistyped `key=…`), as readSettings reads it. */
export function isSettingWord(token: string, settings: readonly Setting[]): boolean {
  return settingParts(token, (key) => settings.some((s) => [s.name, ...s.aliases].some((k) => normaliseKey(k) === key))) !== undefined;
}

/** The setting's parser with the command's range applied, the range named in the error. */
function parserOf(setting: Setting, range: Range | undefined, context: ParseContext): (value: string) => Result<SettingValue> {
  const parse = (v: string) => setting.parse(v, context);
  if (setting.kind !== 'number' || !range) return parse;
  return inRange((v) => parse(v) as Result<number>, range.min, range.max, range.show ?? ((n) => setting.show(n)), range.why);
}

/**
 * Reads `key=value` (or `key:value`) words and structured `values` against `settings`. Every problem is
 * reported at once: unknown keys (with "did you mean"), values in the wrong form (with the accepted forms),
 * and a key given twice with different values (a contradiction is the user's to resolve, not ours to guess).
 * `command` prefixes the corrected line offered as "did you mean".
 */
export function readSettings(
  settings: readonly Setting[],
  input: SettingsInput,
  command: string,
  ranges: Readonly<Record<string, Range | undefined>> = {},
  context: ParseContext = {},
): Result<ReadSettings> {
  const tokens = rejoin(input.args);
  const keyOf = new Map<string, Setting>();
  for (const s of settings) for (const k of [s.name, ...s.aliases]) keyOf.set(normaliseKey(k), s);
  const values: Record<string, SettingValue> = {};
  const raw: Record<string, string> = {};
  const words: string[] = [];
  const problems: string[] = [];
  // The line with every mistyped key corrected, offered as one "did you mean" that runs the whole command.
  const corrected = [...tokens];
  let fixes = 0;

  const take = (setting: Setting, value: string) => {
    if (value === '') return problems.push(`\`${setting.name}\` needs a value, e.g. \`${setting.name}=${setting.example}\`.`);
    const parsed = parserOf(setting, ranges[setting.name], context)(value);
    if (!parsed.ok) return problems.push(`\`${setting.name}\`: ${parsed.error.message}${parsed.error.hint ? ` ${parsed.error.hint}` : ''}`);
    if (setting.name in values && JSON.stringify(values[setting.name]) !== JSON.stringify(parsed.value)) {
      return problems.push(
        `\`${setting.name}\` is given twice with different values (${quoteUserText(raw[setting.name] ?? '', 20)} and ${quoteUserText(value, 20)}): keep the one you mean.`,
      );
    }
    values[setting.name] = parsed.value;
    raw[setting.name] = value;
    return 0;
  };

  for (const [i, token] of tokens.entries()) {
    const m = settingParts(token, (key) => keyOf.has(key));
    if (!m) {
      words.push(token);
      continue;
    }
    const given = m[1] ?? '';
    const value = (m[3] ?? '').trim();
    const setting = keyOf.get(normaliseKey(given));
    if (setting) {
      take(setting, value);
      continue;
    }
    const guess = new Fuse([...keyOf.keys()], { threshold: 0.4 }).search(normaliseKey(given))[0]?.item;
    const target = guess ? keyOf.get(guess) : undefined;
    problems.push(`I don't know the setting ${quoteUserText(given, 30)}${target ? ` — did you mean \`${target.name}\`?` : '.'}`);
    if (target) {
      corrected[i] = `${target.name}=${value || target.example}`;
      fixes++;
    }
  }
  // Structured values come by their exact names (option and field names are declared from these settings).
  for (const [name, value] of Object.entries(input.values ?? {})) {
    const setting = settings.find((s) => s.name === name);
    if (!setting) problems.push(`I don't know the setting ${quoteUserText(name, 30)}.`);
    else if (value.trim() !== '') take(setting, setting.kind === 'number' ? value.replace(/\s+/g, '') : value.trim());
  }

  if (problems.length > 0) {
    const accepted = settings.map((s) => `\`${s.name}=${s.example}\``).join(' ');
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
