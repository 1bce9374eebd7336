/**
 * The one trait that would decide: of the questions in `tables/rules.yaml`, the first setting the workload
 * does not state whose answer would change the pick, with where each answer would point.
 */
import type { Knowledge } from '../knowledge/schema.js';
import { compareBills, type Bills } from './bills.js';
import { topPick } from './engine.js';
import { FIELDS, isFieldName, showSetting, type FieldName, type SettingValue, type Workload } from './fields.js';

export interface DecidingQuestion {
  setting: FieldName;
  /** Each answer, as typed, and the service it would make the pick. */
  answers: { typed: string; value: SettingValue; service: string }[];
}

/** Settings the bills depend on: a probe of any other setting reuses the workload's bills. */
const BILL_SETTINGS: readonly FieldName[] = ['requests', 'duration', 'memory', 'arch'];

/** Undefined when no unstated setting in the list would change the pick. */
export function decidingQuestion(workload: Workload, knowledge: Knowledge, current: string, bills?: Bills): DecidingQuestion | undefined {
  for (const q of knowledge.rules.questions) {
    if (!isFieldName(q.setting) || workload[q.setting] !== undefined) continue;
    const setting = q.setting;
    const answers = q.values.flatMap((typed) => {
      const parsed = FIELDS[setting].parse(typed);
      if (!parsed.ok) return [];
      const probe = { ...workload, [setting]: parsed.value };
      const service = topPick(probe, knowledge, BILL_SETTINGS.includes(setting) ? compareBills(probe, knowledge) : bills);
      return [{ typed, value: parsed.value, service }];
    });
    if (answers.some((a) => a.service !== current) && new Set(answers.map((a) => a.service)).size > 1) return { setting, answers };
  }
  return undefined;
}

/** "Traffic shape decides it: steady points to Amazon EC2; bursty or scheduled to AWS Lambda — add `traffic=steady`, …". */
export function askSentence(q: DecidingQuestion, serviceName: (id: string) => string): string {
  const services = [...new Set(q.answers.map((a) => a.service))];
  const points = services.map((service, i) => {
    const values = q.answers.filter((a) => a.service === service).map((a) => showSetting(q.setting, a.value));
    return `${orList(values)} ${i === 0 ? 'points ' : ''}to ${serviceName(service)}`;
  });
  return `${FIELDS[q.setting].means} decides it: ${points.join('; ')} — add ${orList(q.answers.map((a) => `\`${q.setting}=${a.typed}\``))}.`;
}

const orList = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`);
