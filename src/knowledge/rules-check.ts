/** Cross-checks `tables/rules.yaml` against the rest of the knowledge base and the workload settings. */
import { FIELDS, isFieldName } from '../recommend/fields.js';
import type { Knowledge, RuleCondition } from './schema.js';

const LABEL = 'tables/rules.yaml';

export function checkRules({ rules, services, quotas, entries, prices, defaultRegion }: Knowledge): string[] {
  const problems: string[] = [];
  const serviceIds = new Set(services.map((s) => s.id));
  const quotaIds = new Map(quotas.map((q) => [q.id, q]));
  const entryIds = new Set(entries.map((e) => e.id));
  const service = (where: string, id: string) => {
    if (!serviceIds.has(id)) problems.push(`${LABEL}: ${where}: '${id}' is not in tables/services.yaml`);
  };
  const entry = (where: string, id: string | undefined) => {
    if (id !== undefined && !entryIds.has(id)) problems.push(`${LABEL}: ${where}: no entry has the id '${id}'`);
  };
  const quota = (where: string, id: string, needsValue: boolean) => {
    const q = quotaIds.get(id);
    if (!q) problems.push(`${LABEL}: ${where}: tables/quotas.yaml has no row '${id}'`);
    else if (needsValue && q.value === undefined) problems.push(`${LABEL}: ${where}: quota '${id}' has no value to compare with`);
  };
  const condition = (where: string, c: RuleCondition) => {
    for (const [field, test] of Object.entries(c)) {
      if (!isFieldName(field)) {
        problems.push(`${LABEL}: ${where}: '${field}' is not a workload setting (settings: ${Object.keys(FIELDS).join(', ')})`);
        continue;
      }
      if (typeof test === 'object' && !Array.isArray(test)) {
        for (const bound of Object.values(test)) if (typeof bound === 'object' && bound !== null) quota(`${where}.${field}`, bound.quota, true);
      }
      if (Array.isArray(test) && FIELDS[field].kind !== 'choice') problems.push(`${LABEL}: ${where}.${field}: '${field}' is not a choice; test it with true/false or a range`);
    }
  };
  const conditions = (where: string, r: { when?: RuleCondition; anyOf?: RuleCondition[] }) => {
    if (r.when) condition(`${where}.when`, r.when);
    r.anyOf?.forEach((c, i) => condition(`${where}.anyOf.${i}`, c));
  };
  const placeholders = (where: string, text: string | undefined, extra: string[]) => {
    for (const [, name] of (text ?? '').matchAll(/\{([^}]+)\}/g)) {
      if (name && !isFieldName(name) && !extra.includes(name)) problems.push(`${LABEL}: ${where}: unknown placeholder {${name}}`);
    }
  };

  entry('sizing.entry', rules.sizing.entry);
  const instances = prices.find((p) => p.region === defaultRegion)?.ec2.instances ?? [];
  for (const [arch, type] of Object.entries(rules.sizing.fleet)) {
    const found = instances.find((i) => i.type === type);
    if (!found) problems.push(`${LABEL}: sizing.fleet.${arch}: tables/prices.yaml has no ${defaultRegion} price for '${type}'`);
    else if (found.arch !== arch || found.gpu) problems.push(`${LABEL}: sizing.fleet.${arch}: '${type}' is not an ${arch} type without a GPU`);
  }
  rules.questions.forEach((q, i) => {
    if (!isFieldName(q.setting)) {
      problems.push(`${LABEL}: questions.${i}.setting: '${q.setting}' is not a workload setting`);
      return;
    }
    for (const value of q.values) {
      const parsed = FIELDS[q.setting].parse(value);
      if (!parsed.ok) problems.push(`${LABEL}: questions.${i}.values: ${parsed.error.message}`);
    }
  });
  rules.preference.forEach((id, i) => service(`preference.${i}`, id));
  for (const id of serviceIds) if (!rules.preference.includes(id)) problems.push(`${LABEL}: preference: add '${id}' (every service needs a place in the tie order)`);
  rules.limits.forEach((l, i) => {
    const where = `limits.${i}`;
    service(`${where}.service`, l.service);
    quota(`${where}.quota`, l.quota, false);
    entry(`${where}.entry`, l.entry);
    conditions(where, l);
    for (const key of ['says', 'change', 'workaround'] as const) placeholders(`${where}.${key}`, l[key], ['limit', 'max']);
  });
  const signalIds = new Set<string>();
  rules.signals.forEach((s, i) => {
    const where = `signals.${i} (${s.id})`;
    if (signalIds.has(s.id)) problems.push(`${LABEL}: ${where}: the id is used twice`);
    signalIds.add(s.id);
    entry(`${where}.entry`, s.entry);
    if (s.quota !== undefined) quota(`${where}.quota`, s.quota, false);
    conditions(where, s);
    const extra = [...(s.billRatio ? ['bills'] : []), ...(s.quota !== undefined ? ['limit', 'max'] : [])];
    placeholders(`${where}.says`, s.says, extra);
    for (const [id, effect] of Object.entries(s.effects)) {
      service(`${where}.effects`, id);
      if (effect.quota !== undefined) quota(`${where}.effects.${id}.quota`, effect.quota, false);
      placeholders(`${where}.effects.${id}.why`, effect.why, effect.quota !== undefined ? [...extra, 'limit'] : extra);
    }
  });
  rules.splits.forEach((s, i) => {
    s.services.forEach((id) => service(`splits.${i}.services`, id));
    entry(`splits.${i}.entry`, s.entry);
    conditions(`splits.${i}`, s);
  });
  for (const field of Object.keys(rules.ranges)) if (!isFieldName(field)) problems.push(`${LABEL}: ranges.${field}: not a workload setting`);
  return problems;
}
