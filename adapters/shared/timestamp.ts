/**
 * The age check both platforms' signatures need: a signed request is only good within five minutes of its
 * timestamp, in either direction (Slack's guidance; Discord signs the timestamp too). Without it, a captured
 * request could be replayed forever, or one stamped in the future would stay good until then.
 */

/** How far a request's timestamp may be from our clock. */
export const MAX_TIMESTAMP_SKEW_S = 5 * 60;

/** True when `header` is whole seconds since the epoch, at most five minutes from `nowMs`. */
export function freshTimestamp(header: string | undefined, nowMs = Date.now()): boolean {
  if (!header || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(nowMs / 1000 - Number(header)) <= MAX_TIMESTAMP_SKEW_S;
}
