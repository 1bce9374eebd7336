/**
 * A command's settings, declared once: name (a contract — Discord option names, users' scripts), other
 * spellings, kind, choices, an example and what it means. Parsing, help, Discord options, the Slack form and
 * error messages are all derived from these declarations.
 */
import type { Result } from '../errors.js';
import { oneOf, parseYesNo } from '../parse/params.js';

export type SettingValue = number | boolean | string;

/** What a value's reading may depend on beyond its text: the price table's month, for rates ("3k/s"). */
export interface ParseContext {
  hoursPerMonth?: number;
}

/** What the advisor can list for a setting's or argument's values (autocomplete). */
export type ChoiceSource = 'services' | 'topics' | 'instances';

export interface Setting<N extends string = string> {
  name: N;
  aliases: readonly string[];
  kind: 'number' | 'yes-no' | 'choice' | 'text';
  /** Canonical values of a choice or yes/no setting, in the order forms offer them. */
  choices?: readonly string[];
  example: string;
  /** What it means, as a short capitalised phrase: help text, Discord option descriptions, form labels. */
  means: string;
  /**
   * Where it is offered beyond typing: `key` settings move the answer most (on every form, and said to be
   * unweighed when missing); `common` ones are Discord options too. The rest are typed (`name=value`).
   */
  offer?: 'key' | 'common';
  /** Values name things the advisor knows (autocomplete). */
  complete?: ChoiceSource;
  parse: (value: string, context?: ParseContext) => Result<SettingValue>;
  /** A value as people read it ("20 minutes", "12 GB", "bursty"). */
  show: (value: SettingValue) => string;
}

type Declared<N extends string> = Omit<Setting<N>, 'kind' | 'choices' | 'parse' | 'show'>;

/** A number with a unit (or a count); `parse` returns it in the setting's one unit. */
export function numberSetting<N extends string>(
  s: Declared<N>,
  parse: (v: string, context?: ParseContext) => Result<number>,
  show: (v: number) => string,
): Setting<N> {
  return { ...s, kind: 'number', parse, show: (v) => show(Number(v)) };
}

/** yes/no (also true/false, on/off). */
export function yesNoSetting<N extends string>(s: Declared<N>): Setting<N> {
  return { ...s, kind: 'yes-no', choices: ['yes', 'no'], parse: parseYesNo, show: (v) => (v ? 'yes' : 'no') };
}

/** One of a fixed set of words; `spellings` maps every accepted word to its canonical value. */
export function choiceSetting<N extends string>(s: Declared<N>, spellings: Record<string, string>): Setting<N> {
  return { ...s, kind: 'choice', choices: [...new Set(Object.values(spellings))], parse: oneOf(spellings), show: String };
}

/** Free text, lower-cased (an instance type, a region). */
export function textSetting<N extends string>(s: Declared<N>): Setting<N> {
  return { ...s, kind: 'text', parse: (v) => ({ ok: true, value: v.toLowerCase() }), show: String };
}

/** Settings keyed by name, keeping each name's literal type (so `Workload` keys are checked). */
export function byName<const S extends readonly Setting[]>(list: S): { readonly [K in S[number]['name']]: Setting<K> } {
  return Object.fromEntries(list.map((s) => [s.name, s])) as { readonly [K in S[number]['name']]: Setting<K> };
}
