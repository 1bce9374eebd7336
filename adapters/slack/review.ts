/**
 * `@compute-advisor review`: which thread messages go to the core's `advisor.review()`. Slack-specific
 * choices only: skip the bot's own posts and joins, drop the "review" request itself (keeping anything
 * said after it), decode Slack's markup, and refer to each message by a link the reply can show.
 */
import type { Advisor } from '../../src/advisor.js';
import { mrkdwnLink, slackTextToPlain } from './mrkdwn.js';

/** A message as `conversations.replies` returns it (only the fields we read). */
export interface ThreadMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
}

export interface ReviewContext {
  channel: string;
  threadTs: string;
  /** The `… review` message itself: only what follows "review" in it is read. */
  triggerTs: string;
  botUserId?: string;
  botId?: string;
}

export interface ReviewMessages {
  /** What the core reads; `ref` is a Markdown link to the message, so the reply's "From …" lines link back. */
  messages: CoreThreadMessage[];
  /** The Slack messages passed on, in thread order. */
  used: { ts: string; user?: string }[];
}

/** A message as the core's `advisor.review()` reads it. */
type CoreThreadMessage = Parameters<Advisor['review']>[0][number];

// Thread messages with these subtypes are people talking; joins, bot posts and the like are not.
const PEOPLE = new Set([undefined, 'thread_broadcast', 'file_share']);

/** The people's messages of a thread (never the bot's own), ready for `advisor.review()`. */
export function reviewMessages(thread: ThreadMessage[], ctx: ReviewContext): ReviewMessages {
  const messages: CoreThreadMessage[] = [];
  const used: ReviewMessages['used'] = [];
  for (const m of thread) {
    if (!m.ts || !PEOPLE.has(m.subtype) || m.bot_id || (ctx.botUserId && m.user === ctx.botUserId)) continue;
    let text = slackTextToPlain(m.text ?? '', ctx.botUserId);
    if (m.ts === ctx.triggerTs) text = text.replace(/^review\b[\s:,.-]*/i, '');
    if (!text) continue;
    used.push({ ts: m.ts, ...(m.user ? { user: m.user } : {}) });
    messages.push({ ref: `[message ${used.length}](${messageLink(ctx.channel, m.ts, ctx.threadTs)})`, text });
  }
  return { messages, used };
}

/** A link to one message of a thread (Slack redirects it to the workspace). */
export function messageLink(channel: string, ts: string, threadTs: string): string {
  return `https://slack.com/archives/${channel}/p${ts.replace('.', '')}?thread_ts=${threadTs}&cid=${channel}`;
}

/** The note above a review: the messages read (linked, numbered as the reply numbers them) and their authors. */
export function reviewNote(input: ReviewMessages, channel: string, threadTs: string): string {
  const shown = input.used
    .slice(0, 15)
    .map(
      (m, i) =>
        `${mrkdwnLink(messageLink(channel, m.ts, threadTs), `message ${i + 1}`)}${m.user && /^[UW][A-Z0-9]+$/.test(m.user) ? ` by <@${m.user}>` : ''}`,
    );
  const more = input.used.length - shown.length;
  return `Read ${input.used.length} message${input.used.length === 1 ? '' : 's'} in this thread: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}
