/**
 * What a Discord button carries in its custom_id (at most 100 characters): the action and the command it
 * runs, plus the page for "more" and "share". Stateless, so any replica (or a Lambda) can serve the press.
 */
import { LIMITS } from './limits.js';

export type ButtonAction = 'run' | 'more' | 'share';

export interface ButtonPayload {
  action: ButtonAction;
  /** The command to run, as if typed after `/compute`. */
  command: string;
  /** Which part of a long answer to show (0 = the first). */
  page: number;
}

const PREFIX = 'ca';

/** The custom_id for a payload, or undefined when it would not fit Discord's limit. */
export function encodeCustomId(payload: ButtonPayload, unique = ''): string | undefined {
  // `unique` keeps two buttons with the same command apart: custom ids must differ within a message.
  const id = `${PREFIX}:${payload.action}:${payload.page}${unique ? `.${unique}` : ''}:${payload.command}`;
  return id.length <= LIMITS.customId ? id : undefined;
}

/** Reads a custom_id back; one that is not ours (or was tampered with) yields undefined. */
export function decodeCustomId(id: string | undefined): ButtonPayload | undefined {
  const m = /^ca:(run|more|share):(\d{1,3})(?:\.\w+)?:(.+)$/s.exec(id ?? '');
  if (!m) return undefined;
  return { action: m[1] as ButtonAction, page: Number(m[2]), command: m[3] ?? '' };
}
