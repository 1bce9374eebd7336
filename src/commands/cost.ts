import { COST_SETTINGS, readCostRequest } from '../cost/cost-params.js';
import { ok } from '../errors.js';
import { estimateCost, type CostEstimate } from '../cost/estimate.js';
import { costChart } from '../chart/cost-chart.js';
import { formatCount } from '../cost/format.js';
import { formatUsd } from '../cost/money.js';
import { groupDigits } from '../number-format.js';
import { makeReply, uniqueSources, type Block, type Reply } from '../reply.js';
import { isSettingWord } from '../settings/read-settings.js';
import type { CommandSpec } from './command.js';

/** `cost key=value…`: the monthly bill of Lambda vs EC2 vs Fargate, line by line, and the break-even. */
export const cost = {
  name: 'cost',
  aliases: ['price', 'costs', 'pricing'],
  summary: 'Monthly cost of Lambda vs EC2 (on demand and committed) vs Fargate, and the break-even volume.',
  examples: [
    'cost requests=3M duration=120ms memory=512mb',
    'cost requests=50M duration=200ms memory=1gb instance=m7g.large arch=arm',
    'cost requests=3M duration=1s memory=2gb instance=m5.large instances=2 fargate vcpu=1 memory=2gb',
  ],
  args: [],
  settings: COST_SETTINGS,
  // "pricing for fargate?" and "pricing check: …" are questions, not malformed cost lines: only setting
  // words (key=value, or key: with a setting's name) make a calculation.
  questionOf: ({ args, values, line }) =>
    args.length > 0 && Object.keys(values).length === 0 && !args.some((a) => isSettingWord(a, COST_SETTINGS)) ? line : undefined,
  run(input, { knowledge }) {
    const request = readCostRequest(input, knowledge);
    if (!request.ok) return request;
    const estimate = estimateCost(request.value, knowledge);
    if (!estimate.ok) return estimate;
    return ok(costReply(estimate.value, input.rest, request.value.lambda?.requests));
  },
} satisfies CommandSpec;

function costReply(e: CostEstimate, asked: string, requests: number | undefined): Reply {
  const { lambda, ec2, fargate } = e;
  const fields: { label: string; value: string }[] = [];
  if (lambda) {
    const lines = [
      `requests ${formatUsd(lambda.requestsUsd)}`,
      `compute ${formatUsd(lambda.computeUsd)} (${formatCount(lambda.gbSeconds)} GB-s)`,
    ];
    if (lambda.ephemeralStorageUsd) lines.push(`ephemeral storage ${formatUsd(lambda.ephemeralStorageUsd)}`);
    if (lambda.provisionedConcurrencyUsd) lines.push(`provisioned concurrency ${formatUsd(lambda.provisionedConcurrencyUsd)}`);
    fields.push({ label: `Lambda: ${formatUsd(lambda.monthlyUsd)}/month`, value: lines.join(' · ') });
  }
  if (ec2) {
    const committed = ec2.committedMonthlyUsd !== undefined ? ` · ${formatUsd(ec2.committedMonthlyUsd)} with ${ec2.commitmentLabel}` : '';
    fields.push({
      label: `EC2 ${ec2.instances > 1 ? `${ec2.instances} × ` : ''}${ec2.instance}: ${formatUsd(ec2.monthlyUsd)}/month`,
      value: `on demand, ${ec2.hours} h${committed}`,
    });
  }
  if (fargate) {
    fields.push({
      label: `Fargate${fargate.tasks > 1 ? ` ${groupDigits(fargate.tasks)} tasks` : ''}: ${formatUsd(fargate.monthlyUsd)}/month`,
      value: `vCPU ${formatUsd(fargate.vcpuUsd)} · memory ${formatUsd(fargate.memoryUsd)}${fargate.licenseUsd ? ` · Windows licence ${formatUsd(fargate.licenseUsd)}` : ''}${fargate.storageUsd ? ` · storage ${formatUsd(fargate.storageUsd)}` : ''}`,
    });
  }
  const blocks: Block[] = [{ type: 'fields', fields }];
  let brief: Block[] | undefined;
  if (ec2 && e.curve.length > 0) {
    // A fleet sized for the load grows with it: the count is shown wherever it is more than one.
    const counted = e.curve.some((q) => q.instances > 1);
    const rows = e.curve.map((p) => [
      formatCount(p.requests),
      formatUsd(p.lambdaUsd),
      `${formatUsd(p.ec2Usd)}${counted ? ` (${p.instances}×)` : ''}`,
      p.lambdaUsd < p.ec2Usd ? 'Lambda' : 'EC2',
    ]);
    const table: Block = {
      type: 'table',
      heading: 'Cost against volume',
      columns: ['Requests/month', 'Lambda', `EC2 ${ec2.instance}`, 'Cheaper'],
      rows,
    };
    blocks.push(table);
    // The brief shows the two volumes either side of the one asked (the last two past the table's end), not
    // the table's first rows.
    const above = requests === undefined ? undefined : e.curve.findIndex((p) => p.requests >= requests);
    const start = above === undefined ? 0 : Math.max(0, Math.min((above < 0 ? rows.length : above) - 1, rows.length - 2));
    const near = above === undefined ? [] : rows.slice(start, start + 2);
    if (near.length > 0)
      brief = [
        { type: 'fields', fields },
        { ...table, rows: near },
      ];
  }
  const chart = requests !== undefined && requests > 0 ? costChart(e, requests) : undefined;
  if (chart) blocks.push({ type: 'chart', chart });
  blocks.push({ type: 'section', heading: 'Assumptions', markdown: e.assumptions.map((a) => `- ${a}`).join('\n') });
  blocks.push({ type: 'actions', buttons: followUps(asked, e) });
  return makeReply({
    kind: 'cost',
    title: `Monthly cost — ${e.prices.name} (${e.prices.region}), prices as of ${e.prices.lambda.source.asOf}`,
    summary: summaryLine(e),
    blocks,
    ...(brief ? { brief } : {}),
    sources: uniqueSources(e.sources),
    data: { cost: costData(e), ...(chart ? { chart: { series: chart.series, marks: chart.marks } } : {}) },
  });
}

/** The `data.cost` contract: only the parts that apply, amounts in USD rounded to cents. */
export function costData({ lambda, ec2, fargate, breakEven }: CostEstimate): Record<string, unknown> {
  return {
    ...(lambda
      ? {
          lambda: {
            monthlyUsd: lambda.monthlyUsd,
            requestsUsd: lambda.requestsUsd,
            computeUsd: lambda.computeUsd,
            freeTierApplied: lambda.freeTierApplied,
          },
        }
      : {}),
    ...(ec2
      ? {
          ec2: {
            instance: ec2.instance,
            instances: ec2.instances,
            monthlyUsd: ec2.monthlyUsd,
            ...(ec2.committedMonthlyUsd !== undefined ? { committedMonthlyUsd: ec2.committedMonthlyUsd } : {}),
          },
        }
      : {}),
    ...(fargate ? { fargate: { tasks: fargate.tasks, monthlyUsd: fargate.monthlyUsd } } : {}),
    ...(breakEven?.requestsPerMonth !== undefined ? { breakEven: { requestsPerMonth: breakEven.requestsPerMonth } } : {}),
  };
}

function summaryLine({ lambda, ec2, fargate, breakEven }: CostEstimate): string {
  const parts = [
    lambda &&
      `Lambda ${formatUsd(lambda.monthlyUsd)}${lambda.withoutFreeTierUsd !== undefined && lambda.withoutFreeTierUsd !== lambda.monthlyUsd ? ` (${formatUsd(lambda.withoutFreeTierUsd)} without the free tier)` : ''}`,
    ec2 &&
      `EC2 ${ec2.instances > 1 ? `${ec2.instances} × ${ec2.instance} ` : ''}${formatUsd(ec2.monthlyUsd)} on demand${ec2.committedMonthlyUsd !== undefined ? ` (${formatUsd(ec2.committedMonthlyUsd)} committed)` : ''}`,
    fargate && `Fargate ${fargate.tasks > 1 ? `${groupDigits(fargate.tasks)} tasks ` : ''}${formatUsd(fargate.monthlyUsd)}`,
  ].filter(Boolean);
  // The answer first: which option costs least at the volume asked (on demand, as every figure is).
  const priced = [
    lambda && { name: 'Lambda', usd: lambda.monthlyUsd },
    ec2 && { name: `EC2 ${ec2.instances > 1 ? `${ec2.instances} × ` : ''}${ec2.instance}`, usd: ec2.monthlyUsd },
    fargate && { name: 'Fargate', usd: fargate.monthlyUsd },
  ].filter((o): o is { name: string; usd: number } => Boolean(o));
  const cheapest = priced.length > 1 ? priced.reduce((a, b) => (b.usd < a.usd ? b : a)) : undefined;
  const perMonth = `${cheapest ? `${cheapest.name} is the cheapest here. ` : ''}${parts.join(' vs ')} a month.`;
  if (!lambda || !ec2) return perMonth;
  // No break-even was looked for: Provisioned Concurrency priced alone has no per-request bill to weigh.
  if (breakEven === undefined)
    return `${perMonth} Lambda's bill is Provisioned Concurrency alone: add requests= and duration= to price the invocations and find the break-even.`;
  if (breakEven.requestsPerMonth === undefined) return `${perMonth} Lambda stays cheaper than this EC2 option at any volume.`;
  // A break-even of one request means Lambda's fixed part (Provisioned Concurrency) already costs more.
  const anyVolume = 'EC2 is cheaper at any volume';
  const below = (n: number) => `below ${formatCount(n)} requests a month`;
  const onDemand = breakEven.requestsPerMonth <= 1 ? anyVolume : `Lambda is cheaper ${below(breakEven.requestsPerMonth)}`;
  const committed = breakEven.committedRequestsPerMonth;
  const againstCommitted =
    committed === undefined ? '' : ` (against the committed price, ${committed <= 1 ? anyVolume : below(committed)})`;
  return `${perMonth} ${onDemand}${againstCommitted}.`;
}

function followUps(asked: string, e: CostEstimate) {
  const without = asked.replace(/\s*\b(arch|free-tier|freetier)\s*[=:]\s*\S+/gi, '');
  return [
    ...(e.lambda
      ? [
          /\barch\s*[=:]\s*(arm|arm64|graviton|aarch64)\b/i.test(asked)
            ? { label: 'On x86', command: `cost ${without} arch=x86` }
            : { label: 'On Arm (Graviton)', command: `cost ${without} arch=arm` },
        ]
      : []),
    ...(e.lambda?.freeTierApplied ? [{ label: 'Without the free tier', command: `cost ${without} free-tier=no` }] : []),
    { label: 'EC2 vs Lambda', command: 'ec2-vs-lambda' },
  ];
}
