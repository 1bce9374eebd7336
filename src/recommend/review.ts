/**
 * Thread review: reads workload traits out of several chat messages (an architecture-review thread) and
 * recommends, saying which message each trait came from. A later message overrides an earlier one on the
 * same setting ("actually it's 20 minutes now"), and the override is reported, not hidden.
 */
import { fail, ok, UserError, type Result } from '../errors.js';
import { cleanInput, MAX_INPUT_CHARS, quoteUserText } from '../sanitize.js';
import type { Trait } from '../knowledge/schema.js';
import { extractWorkload, readingsToWorkload, type Reading } from './extract.js';
import { showSetting } from './fields.js';
import type { WorkloadRequest } from './read-workload.js';

export interface ThreadMessage {
  /** How the reply refers to the message: a permalink, "message 3", a timestamp… */
  ref: string;
  author?: string;
  text: string;
}

export interface ThreadReading {
  request: WorkloadRequest;
  /** One line per message drawn on, for the reply's assumptions. */
  drawnOn: string[];
  /** How many messages contributed at least one setting. */
  used: number;
}

/** Most messages a review reads; a longer thread is read from its latest messages. */
export const MAX_REVIEW_MESSAGES = 100;

export function readThread(messages: readonly ThreadMessage[], traits: readonly Trait[]): Result<ThreadReading> {
  const recent = messages.slice(-MAX_REVIEW_MESSAGES);
  const latest = new Map<string, { reading: Reading; message: ThreadMessage }>();
  const replaced: string[] = [];
  for (const message of recent) {
    for (const reading of extractWorkload(cleanInput(message.text).slice(0, MAX_INPUT_CHARS), { traits })) {
      const before = latest.get(reading.field);
      if (before && before.reading.value !== reading.value) {
        replaced.push(
          `${reading.field}: "${before.reading.phrase}" (${who(before.message)}) was replaced by "${reading.phrase}" (${who(message)}).`,
        );
      }
      latest.set(reading.field, { reading, message });
    }
  }
  if (latest.size === 0) {
    return fail(
      new UserError(
        'review-empty',
        `I read ${recent.length} message${recent.length === 1 ? '' : 's'} and found nothing about the workload (run time, memory, GPU, traffic, state…).`,
        'Mention the workload in the thread, e.g. "each run takes 20 minutes and needs 12 GB", then ask me to review again.',
      ),
    );
  }
  const byMessage = new Map<ThreadMessage, Reading[]>();
  for (const { reading, message } of latest.values()) byMessage.set(message, [...(byMessage.get(message) ?? []), reading]);
  const drawnOn = recent
    .filter((m) => byMessage.has(m))
    .map(
      (m) =>
        `From ${who(m)}: ${(byMessage.get(m) ?? []).map((r) => `"${r.phrase}" → ${r.field}=${showSetting(r.field, r.value)}`).join('; ')}.`,
    );
  const readings = [...latest.values()].map((l) => l.reading);
  return ok({
    request: { workload: readingsToWorkload(readings), readings: [], given: [], overridden: [] },
    drawnOn: [...drawnOn, ...replaced],
    used: byMessage.size,
  });
}

function who(m: ThreadMessage): string {
  return m.author ? `${quoteUserText(m.author, 40)} (${m.ref})` : m.ref;
}
