import { formatUsd } from '../cost/money.js';
import { fail, ok, UserError } from '../errors.js';
import type { Knowledge } from '../knowledge/schema.js';
import type { CostEstimate } from '../cost/estimate.js';
import { compareBills, freeTierShare, workloadEstimate } from '../recommend/bills.js';
import { askSentence, decidingQuestion } from '../recommend/deciding.js';
import { recommend, separatesServices, type Ranked, type Recommendation } from '../recommend/engine.js';
import { FIELD_NAMES, RECOMMEND_SETTINGS, showSetting, type Workload } from '../recommend/fields.js';
import { readWorkload, type WorkloadRequest } from '../recommend/read-workload.js';
import { quoteUserText } from '../sanitize.js';
import { makeReply, uniqueSources, type Block, type Button, type Reply } from '../reply.js';
import { costChart } from '../chart/cost-chart.js';
import { costData } from './cost.js';
import type { CommandInput, CommandSpec } from './command.js';

/** The router asks `questionOf` and then `run` with the same input: read it once, not twice per message. */
const readings = new WeakMap<CommandInput, ReturnType<typeof readWorkload>>();
function readOnce(input: CommandInput, knowledge: Knowledge): ReturnType<typeof readWorkload> {
  let request = readings.get(input);
  if (!request) readings.set(input, (request = readWorkload(input, knowledge)));
  return request;
}

/** The settings that move the answer most; when missing, the reply says they were not weighed. */
const KEY_SETTINGS = RECOMMEND_SETTINGS.filter((s) => s.offer === 'key').map((s) => s.name);

/** `recommend key=value… | free text`: a ranked choice of compute with sourced reasons. */
export const recommendCommand = {
  name: 'recommend',
  aliases: ['rec', 'recommendation', 'suggest', 'advise'],
  summary: 'Ranks the compute services I know for a workload, with the facts behind each reason.',
  examples: [
    'recommend duration=20m gpu=yes memory=12gb traffic=bursty',
    'recommend duration=200ms traffic=spiky state=stateless requests=30M memory=512mb',
    'recommend nightly 5 minute report job, 2 GB, runs once a day',
  ],
  args: [{ name: 'workload', means: 'Anything else, in your words', example: 'nightly report job, Java', text: true }],
  settings: RECOMMEND_SETTINGS,
  // Words that set nothing and name nothing of compute ("recommend a good pizza place") are a question; any
  // workload, however little of it was read, gets a recommendation that says what it read and asks the rest.
  questionOf(input, ctx) {
    if (input.args.length === 0 || Object.keys(input.values).length > 0) return undefined;
    const request = readOnce(input, ctx.knowledge);
    return request.ok && Object.keys(request.value.workload).length === 0 && !mentionsCompute(input.rest, ctx.knowledge)
      ? input.line
      : undefined;
  },
  run(input, ctx) {
    const request = readOnce(input, ctx.knowledge);
    if (!request.ok) return request;
    if (input.args.length === 0 && Object.keys(request.value.workload).length === 0) {
      return fail(
        new UserError(
          'recommend-empty',
          'Tell me about the workload.',
          'Give settings such as `recommend duration=20m memory=2gb traffic=bursty`, or describe it: `recommend nightly 5 minute report job, 2 GB`.',
          ['recommend duration=5m memory=2gb traffic=scheduled', 'recommend duration=20m gpu=yes memory=12gb traffic=bursty'],
        ),
      );
    }
    const read =
      Object.keys(request.value.workload).length === 0 ? [`I read nothing I can weigh in ${quoteUserText(input.rest, 80)}.`] : [];
    return ok(recommendationReply(request.value, ctx.knowledge, read));
  },
} satisfies CommandSpec;

const name = (k: Knowledge, id: string) => k.services.find((s) => s.id === id)?.name ?? id;

/** Whether the words name a service or use the domain's vocabulary (`lexicon.yaml` domainWords). */
function mentionsCompute(text: string, k: Knowledge): boolean {
  const words = new Set(text.toLowerCase().split(/[^a-z0-9.+#-]+/));
  const vocabulary = [...k.lexicon.domainWords, ...k.services.flatMap((s) => [s.id, s.short, ...s.aliases].map((w) => w.toLowerCase()))];
  return vocabulary.some((w) => words.has(w));
}

/** Builds the reply for a read workload; also used by thread reviews, which read several messages. */
export function recommendationReply(request: WorkloadRequest, knowledge: Knowledge, extraAssumptions: string[] = []): Reply {
  const bills = compareBills(request.workload, knowledge);
  const rec = recommend(request.workload, knowledge, bills);
  const winner = rec.ranked[0] as Ranked;
  const open = !separatesServices(request.workload, knowledge, bills);
  const question = decidingQuestion(request.workload, knowledge, rec.service, bills);
  const ask = question ? askSentence(question, (id) => name(knowledge, id)) : undefined;
  const cost = roughCost(bills?.estimate ?? workloadEstimate(request.workload, knowledge));
  const assumptions = [...extraAssumptions, ...assumptionLines(request), ...(cost ? cost.assumptions : [])];
  // No bill without a run time and memory; the volume alone still says what Lambda's free tier covers.
  const lambdaRuns = rec.ranked.some((r) => r.service === 'lambda' && r.verdict !== 'ruled out');
  const free = !cost && lambdaRuns ? freeTierShare(request.workload, knowledge) : undefined;
  const blocks: Block[] = [];
  const limits = rec.ranked.flatMap((r) => r.reasons.filter((x) => x.kind !== 'signal'));
  if (limits.length > 0)
    blocks.push({ type: 'facts', heading: 'Hard limits', facts: limits.map((r) => ({ text: r.text, source: r.source })) });
  const why = winner.reasons.filter((r) => r.kind === 'signal' && r.score >= 0);
  if (why.length > 0)
    blocks.push({
      type: 'facts',
      heading: `Why ${name(knowledge, winner.service)}`,
      facts: why.map((r) => ({ text: r.text, source: r.source })),
    });
  const against = winner.reasons.filter((r) => r.kind === 'signal' && r.score < 0);
  if (against.length > 0)
    blocks.push({ type: 'facts', heading: 'Watch out for', facts: against.map((r) => ({ text: r.text, source: r.source })) });
  if (rec.split) blocks.push({ type: 'section', heading: 'Split it', markdown: rec.split.text });
  blocks.push({
    type: 'section',
    // A bare "score 2" means nothing without its scale: say what the points count.
    heading: 'Ranking (points: + for each reason that favours it, − for each against)',
    markdown: rec.ranked
      .map(
        (r, i) =>
          `${i + 1}. **${name(knowledge, r.service)}** — ${r.verdict}${r.verdict === 'ruled out' ? '' : ` (${r.score > 0 ? '+' : ''}${r.score} ${Math.abs(r.score) === 1 ? 'point' : 'points'})`}: ${mainReason(r)}`,
      )
      .join('\n'),
  });
  if (cost) blocks.push({ type: 'fields', fields: cost.fields });
  if (free) blocks.push({ type: 'fields', fields: [{ label: free.label, value: free.value }] });
  // Volume and run time are known whenever there is an estimate: the chart shows where the bills cross.
  const chart = cost && typeof request.workload.requests === 'number' ? costChart(cost.estimate, request.workload.requests) : undefined;
  if (chart) blocks.push({ type: 'chart', chart });
  if (ask) blocks.push({ type: 'section', heading: 'What would decide it', markdown: ask });
  if (rec.wouldChange.length > 0)
    blocks.push({ type: 'section', heading: 'What would change this answer', markdown: rec.wouldChange.map((c) => `- ${c}`).join('\n') });
  if (assumptions.length > 0)
    blocks.push({ type: 'section', heading: 'Assumptions', markdown: assumptions.map((a) => `- ${a}`).join('\n') });
  blocks.push({ type: 'actions', buttons: followUps(rec, request.workload, knowledge, request.readings.length > 0) });
  const sources = uniqueSources([
    ...rec.ranked.flatMap((r) => r.reasons.map((x) => x.source)),
    ...(rec.split ? [rec.split.source] : []),
    ...(cost ? cost.sources : []),
    ...(free ? [free.source] : []),
  ]);
  return makeReply({
    kind: 'recommend',
    title: `Recommendation: ${name(knowledge, rec.service)}`,
    summary: open ? openSummary(rec, knowledge, ask) : summary(rec, knowledge),
    blocks,
    sources,
    data: {
      recommendation: {
        service: rec.service,
        ranked: rec.ranked.map((r) => ({
          service: r.service,
          verdict: r.verdict,
          score: r.score,
          reasons: r.reasons.map((x) => ({ text: x.text, source: x.source, fact: x.fact, kind: x.kind, score: x.score })),
        })),
        assumptions,
        wouldChange: rec.wouldChange,
        ...(question ? { decidingSetting: question.setting } : {}),
        ...(rec.split ? { split: { services: rec.split.services, text: rec.split.text } } : {}),
        workload: request.workload,
      },
      ...(cost ? { cost: cost.data } : {}),
      ...(free ? { lambdaWithin: { requests: free.requests, freeGbSecondsPerRequest: free.freeGbSecondsPerRequest } } : {}),
      ...(chart ? { chart: { series: chart.series, marks: chart.marks } } : {}),
    },
  });
}

/** Nothing read separates the services: the tie order decides, and the reply says so and asks what would. */
function openSummary(rec: Recommendation, k: Knowledge, ask: string | undefined): string {
  const out = rec.ranked.filter((r) => r.verdict === 'ruled out').map((r) => name(k, r.service));
  const ruled = out.length > 0 ? ` Ruled out: ${out.join(', ')}.` : '';
  return `**${name(k, rec.service)}**, for now — nothing I read argues for any one service, so this is the simplest to run of those level at the top.${ruled}${ask ? ` ${ask}` : ''}`;
}

function summary(rec: Recommendation, k: Knowledge): string {
  if (rec.split)
    return `Split it: ${name(k, rec.split.services[0] ?? '')} for the bursty, event-driven part and ${name(k, rec.split.services[1] ?? '')} for the stateful process; on its own, **${name(k, rec.service)}** fits best.`;
  const [first, second] = rec.ranked;
  const out = rec.ranked.filter((r) => r.verdict === 'ruled out').map((r) => name(k, r.service));
  const lead = first?.reasons.find((r) => r.kind === 'signal' && r.score > 0);
  const because = lead ? ` — ${lead.text.charAt(0).toLowerCase()}${lead.text.slice(1).replace(/\.$/, '')}` : '';
  const runnerUp = second?.verdict === 'fits' ? ` ${name(k, second.service)} also fits.` : '';
  const ruled = out.length > 0 ? ` Ruled out: ${out.join(', ')}.` : '';
  return `**${name(k, rec.service)}**${because}.${runnerUp}${ruled}`;
}

/**
 * The reason that decided a service's place, short: a limit in full, a signal's "why" part only. A service
 * that still fits with a reason against it says that too ("but: …"), so a runner-up's catch is not hidden
 * behind its points: a question that offers it as a choice needs to see it.
 */
function mainReason(r: Ranked): string {
  const short = (reason: Ranked['reasons'][number]) =>
    reason.kind === 'limit' ? reason.text : reason.text.slice(reason.text.indexOf(': ') + 2);
  if (r.verdict === 'ruled out') {
    const limit = r.reasons.find((x) => x.kind === 'limit');
    return limit ? short(limit) : 'nothing in the workload points either way.';
  }
  const forIt = r.reasons.find((x) => x.score > 0);
  const against = r.reasons.find((x) => x.score < 0);
  const lead = r.score >= 0 ? forIt : against;
  if (!lead) return 'nothing in the workload points either way.';
  const catchToo = r.score >= 0 && against ? ` But: ${short(against)}` : '';
  return `${short(lead)}${catchToo}`;
}

function assumptionLines(request: WorkloadRequest): string[] {
  const lines = request.readings.map(
    (r) => `${r.assumed ? 'Assumed' : 'Read'} "${r.phrase}" as ${r.field}=${showSetting(r.field, r.value)}.`,
  );
  for (const r of request.overridden) lines.push(`Your ${r.field}= setting overrides "${r.phrase}".`);
  const missing = KEY_SETTINGS.filter((k) => request.workload[k] === undefined);
  if (missing.length > 0) lines.push(`Not stated, so not weighed: ${missing.join(', ')}.`);
  return lines;
}

interface RoughCost {
  estimate: CostEstimate;
  fields: { label: string; value: string }[];
  assumptions: string[];
  sources: Reply['sources'];
  data: Record<string, unknown>;
}

/** The bills' lines for the reply: Lambda vs the EC2 fleet and Fargate tasks sized for the load. */
function roughCost(estimate: CostEstimate | undefined): RoughCost | undefined {
  if (!estimate) return undefined;
  const { lambda, ec2, fargate, prices } = estimate;
  const fields = lambda
    ? [{ label: `Lambda ≈ ${formatUsd(lambda.monthlyUsd)}/month`, value: `${prices.region}, prices as of ${prices.lambda.source.asOf}` }]
    : [];
  if (ec2)
    fields.push({
      label: `EC2 ${ec2.instances} × ${ec2.instance} ≈ ${formatUsd(ec2.monthlyUsd)}/month`,
      value: `on demand, always on${ec2.committedMonthlyUsd !== undefined ? ` · ${formatUsd(ec2.committedMonthlyUsd)} committed` : ''}`,
    });
  if (fargate)
    fields.push({
      label: `Fargate ${fargate.tasks} task${fargate.tasks === 1 ? '' : 's'} ≈ ${formatUsd(fargate.monthlyUsd)}/month`,
      value: 'always on, the same shape as the instances',
    });
  return { estimate, fields, assumptions: estimate.assumptions, sources: estimate.sources, data: costData(estimate) };
}

/** Settings as a `key=value` line, in the canonical order. */
function settingsLine(w: Workload): string {
  return FIELD_NAMES.filter((f) => w[f] !== undefined)
    .map((f) => {
      const v = w[f];
      if (typeof v === 'boolean') return `${f}=${v ? 'yes' : 'no'}`;
      if (f === 'duration' || f === 'wait' || f === 'startup') return `${f}=${Number(v)}s`;
      if (f === 'latency') return `${f}=${Number(v)}ms`;
      if (f === 'memory' || f === 'storage' || f === 'package' || f === 'payload') return `${f}=${Number(v)}mb`;
      if (f === 'utilization') return `${f}=${Math.round(Number(v) * 100)}%`;
      if (f === 'deploys') return `${f}=${Number(v)}/day`;
      return `${f}=${String(v)}`;
    })
    .join(' ');
}

function followUps(rec: Recommendation, w: Workload, k: Knowledge, readFromText: boolean): Button[] {
  const buttons: Button[] = [];
  const contender = rec.ranked.find((r) => r.service !== rec.service && r.verdict !== 'ruled out');
  if (contender)
    buttons.push({
      label: `${name(k, rec.service)} vs ${name(k, contender.service)}`,
      command: `compare ${rec.service}-vs-${contender.service}`,
    });
  if (typeof w.requests === 'number' && typeof w.duration === 'number' && typeof w.memory === 'number') {
    buttons.push({
      label: 'Cost breakdown',
      command: `cost requests=${w.requests} duration=${Math.round(w.duration * 1000)}ms memory=${Math.round(w.memory)}mb`,
    });
  }
  const entry = k.services.find((s) => s.id === rec.service)?.entry;
  if (entry) buttons.push({ label: `About ${name(k, rec.service)}`, command: `topic ${entry}` });
  // Free text was read into settings: offer them as a line the user can edit and run again.
  if (readFromText) buttons.push({ label: 'As settings', command: `recommend ${settingsLine(w)}` });
  return buttons;
}
