import type { ActionsBlock, Button as SlackButton, ContextBlock, KnownBlock } from '@slack/types';
import type { Reply } from '../../src/reply.js';
import { pageView, type PageView } from '../../src/brief.js';
import { markdownToPlain } from '../../src/render-text.js';
import { ACTION, encodeButtonValue } from './button-value.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn, plainText } from './mrkdwn.js';
import { blockToSlack, replyButtons, sections, sourcesContext } from './render-blocks.js';
import { truncate } from '../shared/split-text.js';

export { LIMITS };

/** A Slack message: the plain `text` fallback (notifications, screen readers) and the Block Kit blocks. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** The command that produced the reply; "more" and "share" buttons run it again. */
  command?: string;
  /** Which part of a long reply to render (0 = the first). */
  page?: number;
  /** Adds a "Share in channel" button (for private answers). */
  share?: boolean;
  /** The thread a shared answer goes to. */
  threadTs?: string;
  /** A context line under the header, already in safe mrkdwn (e.g. "Shared by …", "Drawn from …"). */
  note?: string;
}

/** A block's size against the message budget: its JSON length, which over-counts text a little (safe side). */
function textSize(block: KnownBlock): number {
  return JSON.stringify(block).length;
}

/**
 * Splits the body into pages that each fit the block count and character budget beside the fixed parts;
 * the first page also keeps `firstPageChars` free (for the reply's own buttons, which it alone carries).
 */
function paginate(body: KnownBlock[], reservedChars: number, firstPageChars: number): KnownBlock[][] {
  const maxBlocks = LIMITS.blocks - LIMITS.fixedBlocks;
  const maxChars = (pageIndex: number) => LIMITS.messageChars - reservedChars - (pageIndex === 0 ? firstPageChars : 0);
  const pages: KnownBlock[][] = [[]];
  let chars = 0;
  for (const block of body) {
    const page = pages[pages.length - 1] ?? [];
    const size = textSize(block);
    if (page.length > 0 && (page.length >= maxBlocks || chars + size > maxChars(pages.length - 1))) {
      pages.push([block]);
      chars = size;
    } else {
      page.push(block);
      chars += size;
    }
  }
  // A divider at either edge of a page separates nothing.
  return pages.map((p) => p.filter((b, i) => b.type !== 'divider' || (i > 0 && i < p.length - 1)));
}

function button(text: string, actionId: string, value: string, primary = false): SlackButton {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text },
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/**
 * The message's one button row, last: the reply's own buttons (first part only), then "Details" (from the
 * brief), "More" (when cut) and "Share in channel" (when asked for), within Slack's 25 elements to an actions
 * block (the reply's buttons give way to the controls). A note instead of "More" when it cannot be encoded.
 */
function controls(pageIndex: number, pageCount: number, options: RenderOptions, view: PageView, own: SlackButton[]): KnownBlock[] {
  const buttons: SlackButton[] = [];
  const notes: ContextBlock[] = [];
  const { command, threadTs } = options;
  const page = (part: number) => part + view.offset;
  if (view.details && command !== undefined) {
    const value = encodeButtonValue({ command, page: 1, ...(threadTs ? { threadTs } : {}) });
    if (value) buttons.push(button('Details', ACTION.more, value, true));
  }
  if (pageIndex < pageCount - 1) {
    const value =
      command === undefined ? undefined : encodeButtonValue({ command, page: page(pageIndex + 1), ...(threadTs ? { threadTs } : {}) });
    if (value) buttons.push(button(`More (part ${pageIndex + 2} of ${pageCount})`, ACTION.more, value, true));
    else
      notes.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `_Cut here: part ${pageIndex + 1} of ${pageCount}. Ask a narrower question to see the rest._` }],
      });
  }
  if (options.share && command !== undefined) {
    const value = encodeButtonValue({ command, ...(page(pageIndex) ? { page: page(pageIndex) } : {}), ...(threadTs ? { threadTs } : {}) });
    if (value) buttons.push(button('Share in channel', ACTION.share, value));
  }
  const row = [...(pageIndex === 0 ? own.slice(0, LIMITS.buttonsPerActions - buttons.length) : []), ...buttons];
  const actions: ActionsBlock[] = row.length > 0 ? [{ type: 'actions', elements: row }] : [];
  return [...notes, ...actions];
}

/**
 * Renders a reply as a Slack message: header, the one-line answer first, the blocks, then a context line
 * with sources and as-of dates. Pure. Within every Slack limit: a long reply is cut into parts and this
 * returns part `options.page`, with a "More" button that runs the command again for the next part.
 */
export function replyToBlocks(whole: Reply, options: RenderOptions = {}): SlackMessage {
  const view = pageView(whole, options.page);
  const { reply } = view;
  const body = [...(reply.summary ? sections(reply.summary) : []), ...reply.blocks.flatMap(blockToSlack)];
  const own = replyButtons(reply.blocks);
  const context = sourcesContext(reply);
  const note: KnownBlock[] = options.note
    ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(options.note, LIMITS.contextText) }] }]
    : [];
  const reserved = LIMITS.controlsChars + LIMITS.header + [...note, ...context].reduce((n, b) => n + textSize(b), 0);
  const ownChars = own.slice(0, LIMITS.buttonsPerActions).reduce((n, b) => n + JSON.stringify(b).length, 0);
  const pages = paginate(body, reserved, ownChars);
  const index = Math.min(view.part, pages.length - 1);
  const title = plainText(reply.title.trim() || 'compute-advisor');
  const heading = index > 0 ? `(${index + 1}/${pages.length}) ${title}` : title;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(heading, LIMITS.header) } },
    ...note,
    ...(pages[index] ?? []),
    ...context,
    ...controls(index, pages.length, options, view, own),
  ];
  // `text` is what a notification shows when blocks are present (the blocks are what people and screen
  // readers read): the title and the one-line answer, not the whole reply rendered a second time. A reply
  // with no text at all still notifies with its header's words: Slack wants a non-empty `text`.
  const summary = whole.summary ? markdownToPlain(whole.summary).trim() : '';
  return { text: truncate(escapeMrkdwn(summary ? `${title}: ${summary}` : title), LIMITS.fallbackText), blocks };
}
