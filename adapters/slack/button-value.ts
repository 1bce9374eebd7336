/**
 * What a Slack button carries: the command it runs, and for "more"/"share" the page of the answer and the
 * thread to post in. Slack allows 2,000 characters in a button value; anything longer is not encoded.
 */

/** Slack's limit on a button's `value`. */
export const MAX_BUTTON_VALUE = 2000;

/** Action ids the app listens for; a reply's own buttons get `run:<n>` (ids must differ within a message). */
export const ACTION = { run: 'compute_run', more: 'compute_more', share: 'compute_share' } as const;

export interface ButtonPayload {
  /** The command to run, as if typed after `/compute`. */
  command: string;
  /** Which part of a long answer to show (0 = the first). */
  page?: number;
  /** The thread to post into when shared (mention replies live in threads). */
  threadTs?: string;
}

/** The button value for a payload, or undefined when it would not fit Slack's limit. */
export function encodeButtonValue(payload: ButtonPayload): string | undefined {
  const value = JSON.stringify({
    c: payload.command,
    ...(payload.page ? { p: payload.page } : {}),
    ...(payload.threadTs ? { t: payload.threadTs } : {}),
  });
  return value.length <= MAX_BUTTON_VALUE ? value : undefined;
}

/** Reads a button value back; a value that is not ours (or was tampered with) yields undefined. */
export function decodeButtonValue(value: string | undefined): ButtonPayload | undefined {
  if (!value) return undefined;
  try {
    const raw: unknown = JSON.parse(value);
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { c, p, t } = raw as Record<string, unknown>;
    if (typeof c !== 'string') return undefined;
    return {
      command: c,
      ...(typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < 1000 ? { page: p } : {}),
      ...(typeof t === 'string' && /^\d+\.\d+$/.test(t) ? { threadTs: t } : {}),
    };
  } catch {
    return undefined;
  }
}
