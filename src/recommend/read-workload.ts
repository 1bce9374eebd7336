/** Reads `/compute recommend` arguments: key=value settings, structured values, free text, or any mix. */
import { ok, type Result } from '../errors.js';
import { hoursPerMonth } from '../cost/hours.js';
import type { Knowledge } from '../knowledge/schema.js';
import { readSettings, type SettingsInput } from '../settings/read-settings.js';
import { extractWorkload, readingsToWorkload, type Reading } from './extract.js';
import { isFieldName, RECOMMEND_SETTINGS, type FieldName, type Workload } from './fields.js';

export interface WorkloadRequest {
  workload: Workload;
  /** Settings read from free text, with the words they came from. */
  readings: Reading[];
  /** Settings given as key=value. */
  given: FieldName[];
  /** Free-text readings a key=value setting overrode. */
  overridden: Reading[];
}

/** Reads the arguments; free text is read for settings, and key=value wins over what the text says. The workload may be empty. */
export function readWorkload(input: SettingsInput, knowledge: Knowledge): Result<WorkloadRequest> {
  const month = { hoursPerMonth: hoursPerMonth(knowledge) };
  const parsed = readSettings(RECOMMEND_SETTINGS, input, 'recommend', knowledge.rules.ranges, month);
  if (!parsed.ok) return parsed;
  const given = Object.keys(parsed.value.values).filter(isFieldName);
  const text = parsed.value.words.join(' ');
  const extracted = text ? extractWorkload(text, { traits: knowledge.lexicon.traits, ...month }) : [];
  const readings = extracted.filter((r) => !given.includes(r.field));
  const overridden = extracted.filter((r) => given.includes(r.field));
  const workload: Workload = { ...readingsToWorkload(readings), ...(parsed.value.values as Workload) };
  return ok({ workload, readings, given, overridden });
}
