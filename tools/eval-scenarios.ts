/**
 * Recommendation section of `npm run eval`: every workload in ../shared/eval/scenarios.json runs through
 * the real answer path twice — as key=value settings (its `params`) and as the user's own words (its
 * `text`). A scenario is right when the recommended service is the expected one ("either" means a system
 * that should be split, so the reply must say to split it). Hard-limit cases must cite the limit.
 */
import * as z from '../src/zod.js';
import type { Advisor } from '../src/advisor.js';
import { quotaValue } from '../src/knowledge/quotas.js';
import { readEvalFile } from './eval-data.js';

/** The first split: each workload both as settings (`params`) and in words (`text`), one expected service or "either". */
const pairedSchema = z.object({
  id: z.string(),
  text: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  expected: z.string(),
});
/** The second split: each workload as the line a user typed, with every defensible service. */
const typedSchema = z.object({ id: z.string(), input: z.string(), expected: z.array(z.string()).check(z.minLength(1)) });
const fileSchema = z.object({ scenarios: z.array(z.union([pairedSchema, typedSchema])) });
type Scenario = z.infer<typeof pairedSchema>;
type Typed = z.infer<typeof typedSchema>;

interface Recommendation {
  service: string;
  split?: unknown;
  ranked: { service: string; verdict: string; reasons: { fact: string }[] }[];
  workload: Record<string, unknown>;
}

const setting = ([key, value]: [string, string | number | boolean]) =>
  `${key}=${value === true ? 'yes' : value === false ? 'no' : String(value).replace(/\s+/g, '')}`;

function recommendation(advisor: Advisor, line: string): Recommendation | string {
  const reply = advisor.handle(line);
  const rec = reply.data?.recommendation as Recommendation | undefined;
  return rec ?? `${reply.kind}: ${reply.summary ?? reply.title}`;
}

const right = (s: Scenario, rec: Recommendation) => (s.expected === 'either' ? rec.split !== undefined : rec.service === s.expected);

/**
 * The Lambda quotas the workload (as the reply read it) exceeds, worked out from the quotas table
 * directly rather than from the rules engine, so a rule that forgot to fire shows up here.
 */
function limitsExceeded(advisor: Advisor, w: Record<string, unknown>): string[] {
  const k = advisor.context.knowledge;
  const over = (value: unknown, id: string, unit?: 's' | 'mb') => typeof value === 'number' && value > quotaValue(k, id, unit);
  return [
    over(w.duration, 'lambda.timeout', 's') && 'lambda.timeout',
    over(w.memory, 'lambda.memory.max', 'mb') && 'lambda.memory.max',
    over(w.vcpu, 'lambda.vcpu.max') && 'lambda.vcpu.max',
    w.gpu === true && 'lambda.gpu',
    w.os === true && 'lambda.os-access',
    over(w.payload, 'lambda.payload.sync', 'mb') && 'lambda.payload.sync',
  ].filter((id): id is string => typeof id === 'string');
}

export function evalScenarios(advisor: Advisor, path: string, file: string, showMisses: boolean): void {
  const all = readEvalFile(path, fileSchema).scenarios;
  const typed = all.filter((s): s is Typed => 'input' in s);
  if (typed.length > 0) evalTyped(advisor, file, typed, showMisses);
  const scenarios = all.filter((s): s is Scenario => 'params' in s);
  if (scenarios.length === 0) return;
  const modes = {
    settings: (s: Scenario) => `recommend ${Object.entries(s.params).map(setting).join(' ')}`,
    'own words': (s: Scenario) => `recommend ${s.text}`,
  };
  console.log(`\nRecommendations (${file}, ${scenarios.length} workloads):`);
  for (const [mode, line] of Object.entries(modes)) {
    const misses: string[] = [];
    let citedAll = 0;
    let limitCases = 0;
    for (const s of scenarios) {
      const rec = recommendation(advisor, line(s));
      if (typeof rec === 'string' || !right(s, rec))
        misses.push(`${s.id}: expected ${s.expected}, got ${typeof rec === 'string' ? rec : rec.service} — ${line(s).slice(0, 110)}`);
      const exceeded = typeof rec === 'string' ? [] : limitsExceeded(advisor, rec.workload);
      if (exceeded.length === 0) continue;
      limitCases++;
      const lambdaFacts = typeof rec === 'string' ? [] : (rec.ranked.find((r) => r.service === 'lambda')?.reasons.map((r) => r.fact) ?? []);
      if (exceeded.every((q) => lambdaFacts.includes(q))) citedAll++;
      else misses.push(`${s.id}: does not cite ${exceeded.filter((q) => !lambdaFacts.includes(q)).join(', ')}`);
    }
    const correct = scenarios.length - new Set(misses.filter((m) => m.includes('expected')).map((m) => m.split(':')[0])).size;
    console.log(
      `  ${mode.padEnd(9)}: ${correct}/${scenarios.length} correct (${((100 * correct) / scenarios.length).toFixed(1)}%), hard-limit cases citing the limit ${citedAll}/${limitCases}`,
    );
    if (showMisses) for (const m of misses) console.log(`    ${m}`);
  }
}

/** A typed line is "settings" when every word after the command is key=value, else the user's own words. */
const isSettings = (line: string) => /^\S+\s+recommend(\s+\S+=\S+)+\s*$/i.test(line.trim());

function evalTyped(advisor: Advisor, file: string, scenarios: Typed[], showMisses: boolean): void {
  console.log(`\nRecommendations (${file}, ${scenarios.length} workloads as typed):`);
  for (const [mode, cases] of [
    ['settings', scenarios.filter((s) => isSettings(s.input))],
    ['own words', scenarios.filter((s) => !isSettings(s.input))],
  ] as const) {
    const misses: string[] = [];
    for (const s of cases) {
      const rec = recommendation(advisor, s.input);
      if (typeof rec === 'string' || !s.expected.includes(rec.service))
        misses.push(
          `${s.id}: expected ${s.expected.join('|')}, got ${typeof rec === 'string' ? rec : rec.service} — ${s.input.slice(0, 110)}`,
        );
    }
    const correct = cases.length - misses.length;
    console.log(`  ${mode.padEnd(9)}: ${correct}/${cases.length} correct (${((100 * correct) / Math.max(1, cases.length)).toFixed(1)}%)`);
    if (showMisses) for (const m of misses) console.log(`    ${m}`);
  }
}
