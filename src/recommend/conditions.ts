/** Evaluates the conditions of `tables/rules.yaml` against a workload. */
import { quotaValue } from '../knowledge/quotas.js';
import type { Knowledge, NumericTest, RuleBound, RuleCondition, SettingTest } from '../knowledge/schema.js';
import type { FieldName, Workload } from './fields.js';

/** The unit each numeric setting is kept in, so a quota can be converted to it. */
const QUOTA_UNIT: Partial<Record<FieldName, 'ms' | 's' | 'mb'>> = {
  duration: 's',
  wait: 's',
  startup: 's',
  memory: 'mb',
  storage: 'mb',
  package: 'mb',
  payload: 'mb',
  latency: 'ms',
};

/** A bound's number in the setting's unit. */
export function boundValue(knowledge: Knowledge, field: FieldName, bound: RuleBound): number {
  if (typeof bound === 'number') return bound;
  return quotaValue(knowledge, bound.quota, QUOTA_UNIT[field]) * (bound.times ?? 1);
}

function numericHolds(knowledge: Knowledge, field: FieldName, value: number, test: NumericTest): boolean {
  const at = (b: RuleBound | undefined) => (b === undefined ? undefined : boundValue(knowledge, field, b));
  const above = at(test.above);
  const atLeast = at(test.atLeast);
  const below = at(test.below);
  const atMost = at(test.atMost);
  return (
    (above === undefined || value > above) &&
    (atLeast === undefined || value >= atLeast) &&
    (below === undefined || value < below) &&
    (atMost === undefined || value <= atMost)
  );
}

function settingHolds(knowledge: Knowledge, field: FieldName, value: Workload[FieldName], test: SettingTest): boolean {
  if (test === 'given') return value !== undefined;
  if (test === 'missing') return value === undefined;
  if (value === undefined) return false;
  if (typeof test === 'boolean') return value === test;
  if (Array.isArray(test)) return test.includes(String(value));
  return typeof value === 'number' && numericHolds(knowledge, field, value, test);
}

/** Whether every setting test in `condition` holds. */
export function conditionHolds(knowledge: Knowledge, workload: Workload, condition: RuleCondition): boolean {
  return Object.entries(condition).every(([field, test]) =>
    settingHolds(knowledge, field as FieldName, workload[field as FieldName], test),
  );
}

/** A rule's `when` (all of) or `anyOf` (any of). */
export function ruleHolds(knowledge: Knowledge, workload: Workload, rule: { when?: RuleCondition; anyOf?: RuleCondition[] }): boolean {
  if (rule.when) return conditionHolds(knowledge, workload, rule.when);
  return (rule.anyOf ?? []).some((c) => conditionHolds(knowledge, workload, c));
}

/** Every setting a rule reads, for cross-checks and "what would change". */
export function ruleFields(rule: { when?: RuleCondition; anyOf?: RuleCondition[] }): string[] {
  return [...new Set([rule.when ?? {}, ...(rule.anyOf ?? [])].flatMap((c) => Object.keys(c)))];
}
