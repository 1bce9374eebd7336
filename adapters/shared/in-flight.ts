/**
 * Counts work that has started and not finished (an answer being posted, a deferred reply being edited),
 * so shutdown can wait for it — for a bounded time — before the process exits.
 */
export interface InFlight {
  /** Runs `work` and counts it until it settles. */
  track<T>(work: () => Promise<T>): Promise<T>;
  readonly count: number;
  /** Resolves true when nothing is in flight, or false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createInFlight(): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    count--;
    if (count === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  return {
    get count() {
      return count;
    },
    async track(work) {
      count++;
      try {
        return await work();
      } finally {
        settle();
      }
    },
    drain(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
