/**
 * The decision engine: hard limits rule services out, soft signals rank the rest, all read from
 * `tables/rules.yaml` and cited to the quota or knowledge entry they rest on.
 */
import { quota } from '../knowledge/quotas.js';
import type { Knowledge, RuleLimit, RuleSignal, Source } from '../knowledge/schema.js';
import { boundValue, ruleFields, ruleHolds } from './conditions.js';
import { compareBills, type Bills } from './bills.js';
import { isFieldName, showSetting, type Workload } from './fields.js';

export type Verdict = 'fits' | 'poor fit' | 'ruled out';

export interface Reason {
  text: string;
  source: Source;
  /** The quota id or knowledge entry id the reason rests on. */
  fact: string;
  /** `limit` rules the service out; `workaround` is a limit with a known way round; `signal` weighs. */
  kind: 'limit' | 'workaround' | 'signal';
  score: number;
}

export interface Ranked {
  service: string;
  verdict: Verdict;
  score: number;
  reasons: Reason[];
}

export interface Recommendation {
  service: string;
  ranked: Ranked[];
  wouldChange: string[];
  split?: { services: string[]; text: string; source: Source };
}

interface Scored {
  service: string;
  score: number;
  ruledOut: boolean;
  reasons: Reason[];
}

/** A rule that rests on a quota (every limit, some signals): what {limit} and {max} print. */
type QuotaRule = Pick<RuleLimit, 'quota' | 'when' | 'anyOf'>;

/** Fills {setting}, {limit}, {max} and {bills} placeholders with the workload's, the quota's and the bills' values. */
export function fill(text: string, workload: Workload, knowledge: Knowledge, limit?: QuotaRule, bills?: Bills): string {
  return text.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    if (bills && name === 'bills') return bills.text;
    if (limit && name === 'limit') return quota(knowledge, limit.quota).display;
    if (limit && name === 'max') {
      const field = ruleFields(limit).find(isFieldName);
      const q = quota(knowledge, limit.quota);
      return field && q.value !== undefined ? showSetting(field, boundValue(knowledge, field, { quota: limit.quota })) : q.display;
    }
    if (isFieldName(name) && workload[name] !== undefined) return showSetting(name, workload[name]);
    return whole;
  });
}

function entrySource(knowledge: Knowledge, entryId: string | undefined): Source {
  const entry = knowledge.entries.find((e) => e.id === entryId);
  const first = entry?.sources[0];
  if (!entry || !first) throw new Error(`rules.yaml refers to entry '${entryId}', which the loader should have refused`);
  return first;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function limitReason(knowledge: Knowledge, workload: Workload, limit: RuleLimit): Reason {
  const q = quota(knowledge, limit.quota);
  const says = sentence(fill(limit.says, workload, knowledge, limit));
  const text = limit.workaround ? `${says} Fix: ${sentence(fill(limit.workaround, workload, knowledge, limit))}` : says;
  return { text, source: q.source, fact: q.id, kind: limit.workaround ? 'workaround' : 'limit', score: limit.score ?? 0 };
}

type Effect = RuleSignal['effects'][string];

/** What a signal's reason for one service cites: the effect's own quota, the quota the signal rests on, or its entry's first source. */
function signalFact(knowledge: Knowledge, signal: RuleSignal, effect: Effect): { source: Source; fact: string } {
  const quotaId = effect.quota ?? signal.quota;
  if (quotaId === undefined) return { source: entrySource(knowledge, signal.entry), fact: signal.entry ?? '' };
  const q = quota(knowledge, quotaId);
  return { source: q.source, fact: q.id };
}

function signalReason(knowledge: Knowledge, workload: Workload, signal: RuleSignal, effect: Effect, bills?: Bills): Reason {
  const resting = (quotaId: string | undefined) => (quotaId === undefined ? undefined : { ...signal, quota: quotaId });
  const says = fill(signal.says, workload, knowledge, resting(signal.quota), bills);
  const why = fill(effect.why, workload, knowledge, resting(effect.quota ?? signal.quota), bills);
  return { text: `${says}: ${sentence(why)}`, ...signalFact(knowledge, signal, effect), kind: 'signal', score: effect.score };
}

interface Options {
  /** Limits and signals to leave out, for "what would change this answer". */
  skipLimits?: ReadonlySet<RuleLimit>;
  skipSignals?: ReadonlySet<RuleSignal>;
  /** The workload's bills, worked out once per workload. */
  bills?: Bills;
  /** False for what-if runs that need only the order: the reasons' sentences are most of a run's work. */
  reasons?: boolean;
}

/** Whether a signal holds: its conditions, and its bill ratio when it has one (which needs bills to compare). */
function signalHolds(knowledge: Knowledge, workload: Workload, signal: RuleSignal, bills: Bills | undefined): boolean {
  if (!ruleHolds(knowledge, workload, signal)) return false;
  const test = signal.billRatio;
  if (!test) return true;
  return (
    bills !== undefined &&
    (test.atLeast === undefined || bills.ratio >= test.atLeast) &&
    (test.atMost === undefined || bills.ratio <= test.atMost)
  );
}

function score(workload: Workload, knowledge: Knowledge, options: Options = {}): Scored[] {
  const { rules, services } = knowledge;
  const byId = new Map<string, Scored>(services.map((s) => [s.id, { service: s.id, score: 0, ruledOut: false, reasons: [] }]));
  const withReasons = options.reasons !== false;
  for (const limit of rules.limits) {
    if (options.skipLimits?.has(limit) || !ruleHolds(knowledge, workload, limit)) continue;
    const s = byId.get(limit.service);
    if (!s) continue;
    if (!limit.workaround) s.ruledOut = true;
    s.score += limit.score ?? 0;
    if (withReasons) s.reasons.push(limitReason(knowledge, workload, limit));
  }
  for (const signal of rules.signals) {
    if (options.skipSignals?.has(signal) || !signalHolds(knowledge, workload, signal, options.bills)) continue;
    for (const [service, effect] of Object.entries(signal.effects)) {
      const s = byId.get(service);
      if (!s) continue;
      s.score += effect.score;
      if (withReasons) s.reasons.push(signalReason(knowledge, workload, signal, effect, options.bills));
    }
  }
  const order = (id: string) => rules.preference.indexOf(id);
  return [...byId.values()].sort(
    (a, b) => Number(a.ruledOut) - Number(b.ruledOut) || b.score - a.score || order(a.service) - order(b.service),
  );
}

/** Limits first, then reasons for the service, then against it — each group strongest first. */
function orderReasons(reasons: Reason[]): Reason[] {
  const rank = (r: Reason) => (r.kind === 'limit' ? 0 : r.kind === 'workaround' ? 1 : r.score > 0 ? 2 : r.score === 0 ? 3 : 4);
  return [...reasons].sort((a, b) => rank(a) - rank(b) || Math.abs(b.score) - Math.abs(a.score));
}

const top = (scored: Scored[]) => scored[0]?.service ?? 'ec2';

/** Ranks every service for the workload and says what would change the answer. */
export function recommend(workload: Workload, knowledge: Knowledge, bills = compareBills(workload, knowledge)): Recommendation {
  const scored = score(workload, knowledge, { bills });
  const best = scored[0];
  const { fitsFrom, fitsWithin } = knowledge.rules.verdicts;
  const ranked = scored.map((s): Ranked => ({
    service: s.service,
    verdict: s.ruledOut ? 'ruled out' : s.score >= fitsFrom && best && s.score >= best.score - fitsWithin ? 'fits' : 'poor fit',
    score: s.score,
    reasons: orderReasons(s.reasons),
  }));
  const split = knowledge.rules.splits.find((s) => ruleHolds(knowledge, workload, s));
  return {
    service: top(scored),
    ranked,
    wouldChange: wouldChange(workload, knowledge, scored, bills),
    ...(split ? { split: { services: split.services, text: split.says, source: entrySource(knowledge, split.entry) } } : {}),
  };
}

/** The top service alone, without reasons or counterfactuals, given the workload's bills: for asking what would decide. */
export function topPick(workload: Workload, knowledge: Knowledge, bills: Bills | undefined): string {
  return top(score(workload, knowledge, { bills, reasons: false }));
}

/** Whether the workload gives any reason to prefer one service: a limit, or a signal in the leader's favour. */
export function separatesServices(workload: Workload, knowledge: Knowledge, bills = compareBills(workload, knowledge)): boolean {
  const scored = score(workload, knowledge, { bills });
  return scored.some((s) => s.reasons.some((r) => r.kind !== 'signal')) || (scored[0]?.score ?? 0) > 0;
}

function serviceName(knowledge: Knowledge, id: string): string {
  return knowledge.services.find((s) => s.id === id)?.name ?? id;
}

/**
 * Counterfactuals: for each service a hard limit ruled out, what it would take to bring it back; for each
 * signal that fired, whether dropping it would change the top pick.
 */
function wouldChange(workload: Workload, knowledge: Knowledge, scored: Scored[], bills: Bills | undefined): string[] {
  const winner = top(scored);
  const changes: string[] = [];
  const fired = knowledge.rules.limits.filter((l) => !l.workaround && ruleHolds(knowledge, workload, l));
  for (const service of [...new Set(fired.map((l) => l.service))]) {
    const limits = fired.filter((l) => l.service === service);
    const conditions = limits.map((l) => fill(l.change ?? '', workload, knowledge, l).replace(/^if /, ''));
    const rescored = score(workload, knowledge, { skipLimits: new Set(limits), bills, reasons: false });
    const outcome = top(rescored) === service ? 'would be the pick' : 'would be back in the running';
    changes.push(`If ${conditions.join(' and ')}, ${serviceName(knowledge, service)} ${outcome}.`);
  }
  // A setting behind a hard limit already has its counterfactual above; its signals would repeat it.
  const limitFields = new Set(fired.flatMap((l) => ruleFields(l)));
  for (const signal of knowledge.rules.signals) {
    if (!signal.change || !signalHolds(knowledge, workload, signal, bills) || ruleFields(signal).some((f) => limitFields.has(f))) continue;
    const next = top(score(workload, knowledge, { skipSignals: new Set([signal]), bills, reasons: false }));
    if (next !== winner)
      changes.push(
        `If ${fill(signal.change, workload, knowledge).replace(/^if /i, '')}, ${serviceName(knowledge, next)} would come out ahead.`,
      );
  }
  return changes;
}
