/**
 * Discord allows 3 seconds to acknowledge an interaction. Answers normally take about a millisecond, but
 * anything slower than `budgetMs` is deferred first ("thinking…") and edited in when ready — exactly one
 * acknowledgement either way.
 */

export type InTime<T> = { done: true; value: T } | { done: false; pending: Promise<T> };

/** Waits for `work` at most `budgetMs`; returns the value, or the still-pending promise. */
export async function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<InTime<T>> {
  // No budget (a Lambda, which cannot work after returning): just wait. Node would clamp Infinity to 1 ms.
  if (!Number.isFinite(budgetMs)) return { done: true, value: await work };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    return first === 'late' ? { done: false, pending: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}

/** How long to wait before deferring: well inside Discord's 3 s, leaving room for the network. */
export const DEFER_AFTER_MS = 1500;
