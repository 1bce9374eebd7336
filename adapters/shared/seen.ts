/**
 * Deliveries already answered, so a replayed request is answered once: a bounded in-process set (an LRU
 * with a time limit). Entries need to outlive only the five minutes a signed timestamp stays good; after
 * that the signature check refuses the replay anyway. Per process: replicas share nothing yet.
 */
import { LRUCache } from 'lru-cache';
import { MAX_TIMESTAMP_SKEW_S } from './timestamp.js';

export interface Seen {
  /** True the first time `key` is offered (and remembers it), false on every later offer. */
  first(key: string): boolean;
}

export function createSeen(max = 50_000): Seen {
  // Twice the skew: a request stamped five minutes ahead stays good until five minutes after its stamp.
  const cache = new LRUCache<string, true>({ max, ttl: 2 * MAX_TIMESTAMP_SKEW_S * 1000 });
  return {
    first(key) {
      if (cache.has(key)) return false;
      cache.set(key, true);
      return true;
    },
  };
}
