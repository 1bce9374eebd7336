/** Cross-checks `lexicon.yaml` traits against the recommend settings: each names a setting and a value it accepts. */
import { FIELDS, isFieldName } from '../recommend/fields.js';
import type { Trait } from './schema.js';

export function checkTraits(traits: readonly Trait[]): string[] {
  return traits.flatMap((t, i) => {
    const where = `lexicon.yaml: traits.${i}`;
    if (!isFieldName(t.setting)) return [`${where}.setting: '${t.setting}' is not a workload setting (settings: ${Object.keys(FIELDS).join(', ')})`];
    const parsed = FIELDS[t.setting].parse(typeof t.value === 'boolean' ? (t.value ? 'yes' : 'no') : t.value);
    if (!parsed.ok || parsed.value !== t.value) return [`${where}.value: ${t.setting} does not take '${String(t.value)}'`];
    return [];
  });
}
