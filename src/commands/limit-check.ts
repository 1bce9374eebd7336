import { quota } from '../knowledge/quotas.js';
import type { Knowledge, Quota, RuleLimit, Service } from '../knowledge/schema.js';
import { stem, words } from '../knowledge/text.js';
import { ruleHolds } from '../recommend/conditions.js';
import { fill } from '../recommend/engine.js';
import { readingsToWorkload, type Reading } from '../recommend/extract.js';
import { isFieldName } from '../recommend/fields.js';
import { makeReply, uniqueSources, type Fact, type Reply } from '../reply.js';

/** A number held against a quota: the yes or no, and the quota as a sourced fact. */
export interface LimitCheck {
  service: Service;
  title: string;
  fits: boolean;
  /** "No. Requests carry 12 MB; a synchronous Lambda payload is limited to 6 MB." */
  sentence: string;
  fact: Fact;
  /** The entry the rule rests on, when it names one. */
  entry?: string;
  quotaDisplay: string;
}

/**
 * "Can lambda take a 12 MB payload?": the number the question gives, held against the service's quota,
 * with a plain yes or no. The quota and the sentence come from the hard limits in `tables/rules.yaml`, the
 * same rules `recommend` applies, so the two can never disagree. Undefined when no limit reads that number.
 */
export function checkLimit(services: readonly Service[], readings: readonly Reading[], knowledge: Knowledge): LimitCheck | undefined {
  const workload = readingsToWorkload(readings);
  const given = new Set(Object.keys(workload));
  for (const service of services) {
    // Every number is checked: "12 vCPUs for 3 minutes" fits the timeout but not the vCPU cap, so it is a no.
    const limits = knowledge.rules.limits.filter((l) => l.service === service.id && askedField(l, given) !== undefined);
    const limit = limits.find((l) => ruleHolds(knowledge, workload, l)) ?? limits[0];
    if (!limit) continue;
    const q = quota(knowledge, limit.quota);
    const over = ruleHolds(knowledge, workload, limit);
    const asked = askedField(limit, given) ?? '';
    // A limit with a workaround (a quota to raise, a redesign) is not the end of it: the fix is said with the no.
    const fix = limit.workaround ? ` Fix: ${fill(limit.workaround, workload, knowledge, limit)}.` : '';
    const sentence = over
      ? `${limit.workaround ? 'Not as it is' : 'No'}. ${fill(limit.says, workload, knowledge, limit)}.${fix}`
      : `Yes: ${fill(`{${asked}}`, workload, knowledge, limit)} is within ${service.short}'s limit (${q.name}: ${q.display}).`;
    return {
      service,
      title: `${service.name}: ${q.name}`,
      fits: !over,
      sentence,
      fact: quotaFact(q),
      ...(limit.entry ? { entry: limit.entry } : {}),
      quotaDisplay: q.display,
    };
  }
  return undefined;
}

/**
 * The one setting a limit tests that the question gives, when the limit is about it and nothing else (a
 * rule that also needs a trigger or a traffic shape is not a yes/no). A test that a setting is `missing`
 * ("a zip, not a container image") holds when the question does not give it.
 */
function askedField(limit: RuleLimit, given: ReadonlySet<string>): string | undefined {
  for (const condition of limit.when ? [limit.when] : (limit.anyOf ?? [])) {
    const tested = Object.entries(condition).filter(([, test]) => test !== 'missing');
    const unstated = Object.entries(condition).filter(([, test]) => test === 'missing');
    const [field] = tested.length === 1 ? (tested[0] ?? []) : [];
    if (field && isFieldName(field) && given.has(field) && unstated.every(([f]) => !given.has(f))) return field;
  }
  return undefined;
}

/** The entry's answer with the yes or no first and the quota as the first fact. */
export function withLimitCheck(reply: Reply, check: LimitCheck): Reply {
  return {
    ...reply,
    summary: `${check.sentence} ${reply.summary ?? ''}`.trim(),
    blocks: [{ type: 'facts', facts: [check.fact] }, ...reply.blocks],
    sources: uniqueSources([...(check.fact.source ? [check.fact.source] : []), ...reply.sources]),
    data: { ...reply.data, fits: check.fits },
  };
}

/** The yes or no on its own, when no entry is about that quota. */
export function limitCheckReply(check: LimitCheck): Reply {
  return makeReply({
    kind: 'limits',
    title: check.title,
    summary: check.sentence,
    blocks: [
      { type: 'facts', facts: [check.fact] },
      {
        type: 'actions',
        buttons: [
          { label: `All ${check.service.short} limits`, command: `limits ${check.service.id}` },
          ...(check.entry ? [{ label: 'More on this', command: `topic ${check.entry}` }] : []),
        ],
      },
    ],
    sources: check.fact.source ? [check.fact.source] : [],
    data: { services: [check.service.id], fits: check.fits },
  });
}

/** A quota as a sourced fact: its figure, whether it can be raised, and its note. */
export function quotaFact(q: Quota): Fact {
  return {
    text: `**${q.name}**: ${q.display}${q.adjustable ? ' (can be raised)' : ' (fixed)'}${q.note ? ` — ${q.note}` : ''}`,
    source: q.source,
  };
}

/** Words every quota name shares, which say nothing about which quota is meant. */
const GENERIC = new Set(['max', 'maximum', 'min', 'minimum', 'per', 'task', 'function', 'of', 'the', 'a', 'to', 'time', 'size'].map(stem));

/**
 * "fargate task max vcpus?": the quota of the one named service whose own words (its id and name, less
 * the words all quotas share) the question uses most; undefined when none is named.
 */
export function quotaAsked(service: Service, text: string, knowledge: Knowledge): Quota | undefined {
  const asked = new Set(words(text).map(stem));
  let best: { q: Quota; score: number } | undefined;
  for (const q of knowledge.quotas.filter((x) => x.service === service.id)) {
    const own = new Set([...q.id.split('.').slice(1).join(' ').split(/[-\s]/), ...words(q.name)].map(stem).filter((w) => !GENERIC.has(w)));
    const score = [...own].filter((w) => asked.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { q, score };
  }
  return best?.q;
}

/** An answer with the asked quota first: its figure in the summary and as the first, sourced fact. */
export function withQuota(reply: Reply, service: Service, q: Quota): Reply {
  const fact = quotaFact(q);
  return {
    ...reply,
    summary: `${service.short} — ${q.name}: ${q.display}. ${reply.summary ?? ''}`.trim(),
    blocks: [{ type: 'facts', facts: [fact] }, ...reply.blocks],
    sources: uniqueSources([q.source, ...reply.sources]),
  };
}
