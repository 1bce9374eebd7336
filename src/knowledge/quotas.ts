import type { Knowledge, Quota } from './schema.js';

/** Quota rows the cost and recommendation code reads; the loader refuses a knowledge base without them. */
export const REQUIRED_QUOTAS = [
  'lambda.timeout',
  'lambda.memory.min',
  'lambda.memory.max',
  'lambda.vcpu.max',
  'lambda.ephemeral-storage.max',
  'lambda.package.unzipped',
  'lambda.image.max',
  'lambda.payload.sync',
  'lambda.init-time',
  'lambda.gpu',
  'lambda.os-access',
  'fargate.vcpu.max',
  'fargate.memory.max',
  'fargate.ephemeral-storage',
  'fargate.gpu',
] as const;

const FACTORS: Record<string, { kind: string; factor: number }> = {
  ms: { kind: 'time', factor: 0.001 },
  s: { kind: 'time', factor: 1 },
  kb: { kind: 'size', factor: 1 / 1024 },
  mb: { kind: 'size', factor: 1 },
  gb: { kind: 'size', factor: 1024 },
};

/** A quota row by id; a missing row is a bug in the knowledge base, not a user mistake. */
export function quota(knowledge: Knowledge, id: string): Quota {
  const found = knowledge.quotas.find((q) => q.id === id);
  if (!found) throw new Error(`tables/quotas.yaml has no row '${id}'`);
  return found;
}

/** A quota's value, converted to `unit` when given (sizes: kb/mb/gb; times: ms/s). */
export function quotaValue(knowledge: Knowledge, id: string, unit?: 'ms' | 's' | 'kb' | 'mb' | 'gb'): number {
  const q = quota(knowledge, id);
  if (q.value === undefined || q.unit === undefined) throw new Error(`tables/quotas.yaml: '${id}' has no value`);
  if (!unit || unit === q.unit) return q.value;
  const from = FACTORS[q.unit];
  const to = FACTORS[unit];
  if (!from || to?.kind !== from.kind) throw new Error(`tables/quotas.yaml: '${id}' is in ${q.unit}, not convertible to ${unit}`);
  return (q.value * from.factor) / to.factor;
}
