/**
 * `@compute-advisor review`: which thread messages feed the recommendation. Kept in one small pure
 * function so a core `review()` that extracts traits per message can replace the join later.
 */
import { MAX_INPUT_CHARS } from '../../src/sanitize.js';
import { mrkdwnLink, slackTextToPlain } from './mrkdwn.js';

/** A message as `conversations.replies` returns it (only the fields we read). */
export interface ThreadMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
}

export interface ReviewInput {
  /** The command for the advisor: `recommend <what people wrote>`. */
  command: string;
  /** The messages it drew on, in thread order. */
  used: { ts: string; user?: string }[];
  /** Messages left out because the input was full. */
  skipped: number;
}

export interface ReviewContext {
  botUserId?: string;
  botId?: string;
  /** The `… review` message itself: only what follows "review" in it is used. */
  triggerTs: string;
}

// Thread messages with these subtypes are people talking; joins, bot posts and the like are not.
const PEOPLE = new Set([undefined, 'thread_broadcast', 'file_share']);

/** Joins the people's messages of a thread (never the bot's own) into one `recommend` command. */
export function reviewInput(messages: ThreadMessage[], ctx: ReviewContext): ReviewInput {
  const room = MAX_INPUT_CHARS - 'recommend '.length;
  const parts: string[] = [];
  const used: ReviewInput['used'] = [];
  let skipped = 0;
  for (const m of messages) {
    if (!m.ts || !PEOPLE.has(m.subtype) || m.bot_id || (ctx.botUserId && m.user === ctx.botUserId)) continue;
    let text = slackTextToPlain(m.text ?? '', ctx.botUserId);
    if (m.ts === ctx.triggerTs) text = text.replace(/^review\b[\s:,.-]*/i, '');
    if (!text) continue;
    const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
    if ([...parts, sentence].join(' ').length > room) {
      skipped += 1;
      continue;
    }
    parts.push(sentence);
    used.push({ ts: m.ts, ...(m.user ? { user: m.user } : {}) });
  }
  return { command: parts.length ? `recommend ${parts.join(' ')}` : '', used, skipped };
}

/** A link to one message of a thread (Slack redirects it to the workspace). */
export function messageLink(channel: string, ts: string, threadTs: string): string {
  return `https://slack.com/archives/${channel}/p${ts.replace('.', '')}?thread_ts=${threadTs}&cid=${channel}`;
}

/** The note above a review: which messages (linked, with authors) it drew on. */
export function reviewNote(input: ReviewInput, channel: string, threadTs: string): string {
  const shown = input.used.slice(0, 15).map((m, i) => `${mrkdwnLink(messageLink(channel, m.ts, threadTs), `message ${i + 1}`)}${m.user && /^[UW][A-Z0-9]+$/.test(m.user) ? ` by <@${m.user}>` : ''}`);
  const more = input.used.length - shown.length;
  return [
    `Drawn from ${input.used.length} message${input.used.length === 1 ? '' : 's'} in this thread: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    input.skipped > 0 ? ` ${input.skipped} message${input.skipped === 1 ? ' was' : 's were'} left out (too much text for one review).` : '',
  ].join('');
}
