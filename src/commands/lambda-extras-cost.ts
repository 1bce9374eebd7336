/**
 * Lambda bills the main calculator does not model, answered from their own rates in `tables/prices.yaml`:
 * Lambda@Edge (requests and GB-seconds at edge rates) and durable functions (durable operations).
 */
import { defaultPrices } from '../cost/hours.js';
import { billedMilliseconds } from '../cost/lambda.js';
import { formatCount } from '../cost/format.js';
import { cents, formatRate as rate, formatUsd, sumCents } from '../cost/money.js';
import type { Knowledge } from '../knowledge/schema.js';
import { makeReply, type Reply } from '../reply.js';

/** A month of Lambda@Edge: requests × the edge request rate, plus GB-seconds (1 ms billing) × the edge duration rate. */
export function edgeCostReply(requests: number, durationMs: number, memoryMb: number, knowledge: Knowledge): Reply | undefined {
  const prices = defaultPrices(knowledge);
  const edge = prices?.lambda.edge;
  if (!prices || !edge) return undefined;
  const gbSeconds = (requests * billedMilliseconds(durationMs) * (memoryMb / 1024)) / 1000;
  const requestsUsd = cents((requests / 1e6) * edge.requestsUsdPerMillion);
  const computeUsd = cents(gbSeconds * edge.usdPerGbSecond);
  const monthlyUsd = sumCents([requestsUsd, computeUsd]);
  return makeReply({
    kind: 'cost',
    title: `Lambda@Edge monthly cost — prices as of ${prices.lambda.source.asOf}`,
    summary: `Lambda@Edge ≈ ${formatUsd(monthlyUsd)} a month: requests ${formatUsd(requestsUsd)} (${formatCount(requests)} × ${rate(edge.requestsUsdPerMillion)} per million) + compute ${formatUsd(computeUsd)} (${formatCount(Math.round(gbSeconds))} GB-s × ${rate(edge.usdPerGbSecond)}).`,
    blocks: [
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: [
          `- ${formatCount(requests)} requests a month of ${durationMs} ms at ${memoryMb} MB, billed per 1 ms as regular functions are.`,
          '- No free tier applied: the free tier in my sources is stated for regular Lambda functions.',
          '- CloudFront request and data-transfer charges come on top.',
        ].join('\n'),
      },
      { type: 'actions', buttons: [{ label: 'Lambda pricing', command: 'topic lambda-pricing' }] },
    ],
    sources: [prices.lambda.source],
    data: { edgeCost: { requests, durationMs, memoryMb, gbSeconds, requestsUsd, computeUsd, monthlyUsd } },
  });
}

/** The durable-operations line of a month: operations × the rate per million (data written and retained are separate lines). */
export function durableCostReply(operations: number, knowledge: Knowledge): Reply | undefined {
  const durable = defaultPrices(knowledge)?.lambda.durable;
  if (!durable) return undefined;
  const monthlyUsd = cents((operations / 1e6) * durable.operationsUsdPerMillion);
  return makeReply({
    kind: 'cost',
    title: `Lambda durable functions: operations cost — prices as of ${durable.source.asOf}`,
    summary: `${formatCount(operations)} durable operations ≈ ${formatUsd(monthlyUsd)} a month (${rate(durable.operationsUsdPerMillion)} per million). Data written (${rate(durable.writtenUsdPerGb)} per GB) and retained (${rate(durable.retainedUsdPerGbMonth)} per GB-month) are billed on top, as is the functions' own compute; waits on on-demand functions have no duration charge.`,
    blocks: [{ type: 'actions', buttons: [{ label: 'Durable functions', command: 'topic durable-functions' }] }],
    sources: [durable.source],
    data: { durableCost: { operations, monthlyUsd } },
  });
}
