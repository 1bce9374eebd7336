/**
 * Cost section of `npm run eval`: each worked example in ../shared/eval/cost.json that the calculator
 * models is turned into a `/compute cost` line and run through the real answer path; totals must match
 * to the cent. Examples it does not model (SnapStart, streaming, durable functions…) are listed, not hidden.
 */
import * as z from '../src/zod.js';
import type { Advisor } from '../src/advisor.js';
import { readEvalFile } from './eval-data.js';

const caseSchema = z.object({ id: z.string(), inputs: z.record(z.string(), z.unknown()), expected: z.record(z.string(), z.unknown()) });
const fileSchema = z.object({ cases: z.array(caseSchema) });
type Case = z.infer<typeof caseSchema>;

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** The `/compute cost` line for a case, and how to read the total from the reply; undefined when not modelled. */
function toCommand(
  c: Case,
): { line: string; total: (cost: Record<string, { monthlyUsd: number }>) => number | undefined; want: number } | undefined {
  const i = c.inputs;
  const want = num(c.expected.total_usd);
  if (want === undefined) return undefined;
  const arch = i.arch === 'arm64' ? 'arm' : 'x86';
  const modelled = [
    'service',
    'region',
    'arch',
    'memory_mb',
    'invocations_per_month',
    'avg_duration_ms',
    'free_tier_applied_in_source',
    'ephemeral_storage_mb',
    'provisioned_concurrency',
    'pc_hours',
  ];
  if (i.service === 'lambda' && Object.keys(i).every((k) => modelled.includes(k))) {
    const pc = num(i.provisioned_concurrency);
    const requests = num(i.invocations_per_month) ?? 0;
    const parts = [
      `requests=${requests}`,
      `duration=${num(i.avg_duration_ms) ?? 1}ms`,
      `memory=${num(i.memory_mb)}mb`,
      `arch=${arch}`,
      `free-tier=${i.free_tier_applied_in_source === false ? 'no' : 'yes'}`,
    ];
    if (num(i.ephemeral_storage_mb)) parts.push(`storage=${num(i.ephemeral_storage_mb)}mb`);
    if (pc) parts.push(`provisioned=${pc}`, `provisioned-hours=${num(i.pc_hours)}`);
    if (requests === 0) parts[0] = 'requests=0';
    return { line: `cost ${parts.join(' ')}`, total: (cost) => cost.lambda?.monthlyUsd, want };
  }
  if (i.service === 'fargate' && /^(linux|windows)/.test(String(i.os_arch))) {
    const tasks = num(i.tasks) ?? num(i.pods) ?? 1;
    const hours = ((num(i.seconds_per_day) ?? 0) * (num(i.days) ?? 0)) / 3600;
    const fArch = String(i.os_arch).endsWith('arm64') ? 'arm' : 'x86';
    const storage = num(i.ephemeral_storage_gb) ?? 20;
    return {
      line: `cost fargate vcpu=${num(i.vcpu)} memory=${num(i.memory_gb)}gb storage=${storage}gb tasks=${tasks} hours=${hours} arch=${fArch}${String(i.os_arch).startsWith('windows') ? ' os=windows' : ''}`,
      total: (cost) => cost.fargate?.monthlyUsd,
      want,
    };
  }
  if (i.service === 'ec2' && typeof i.instance_type === 'string' && num(i.hours)) {
    return { line: `cost instance=${i.instance_type} hours=${num(i.hours)} commitment=none`, total: (cost) => cost.ec2?.monthlyUsd, want };
  }
  return undefined;
}

/** Prints matched/modelled and the list of examples the calculator does not model. */
export function evalCost(advisor: Advisor, path: string, file: string): void {
  const { cases } = readEvalFile(path, fileSchema);
  let matched = 0;
  const modelled: string[] = [];
  const wrong: string[] = [];
  const skipped: string[] = [];
  for (const c of cases) {
    const cmd = toCommand(c);
    if (!cmd) {
      skipped.push(c.id);
      continue;
    }
    modelled.push(c.id);
    const reply = advisor.handle(cmd.line);
    const got = reply.kind === 'cost' ? cmd.total((reply.data?.cost ?? {}) as Record<string, { monthlyUsd: number }>) : undefined;
    if (got !== undefined && Math.abs(got - cmd.want) < 0.005) matched++;
    else wrong.push(`${c.id}: want $${cmd.want}, got ${got === undefined ? reply.summary : `$${got}`} — ${cmd.line}`);
  }
  console.log(
    `\nCost (${file}): ${matched}/${modelled.length} modelled examples match to the cent; ${skipped.length} not modelled by the calculator`,
  );
  for (const w of wrong) console.log(`  MISMATCH ${w}`);
  console.log(`  not modelled: ${skipped.join(', ')}`);
}
