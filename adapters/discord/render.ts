import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { ButtonStyle, Component } from './api.js';
import { pageView, type PageView } from '../../src/brief.js';
import type { Button, Reply } from '../../src/reply.js';
import { sourceList } from '../shared/source-line.js';
import { replySources, sourceText } from '../../src/source-view.js';
import { truncate } from '../shared/split-text.js';
import { encodeCustomId, type ButtonPayload } from './custom-id.js';
import { blockItems, discordSources, textItems, type Item } from './items.js';
import { LIMITS } from './limits.js';
import { escapeDiscord, neutraliseMentions } from './markdown.js';
import { paginate, type Page } from './paginate.js';

export { LIMITS };

/** A Discord message body (for `interaction.reply`, an HTTP interaction response or a webhook edit). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Never pings anyone, whatever the text says. */
  allowedMentions: { parse: [] };
}

export interface RenderOptions {
  /** The command that produced the reply; "more" and "share" buttons run it again. */
  command?: string;
  /** Which part of a long reply to render (0 = the first). */
  page?: number;
  /** Adds a "Share" button (for private answers). */
  share?: boolean;
}

/** Embed colour by kind: errors stand out, everything else in one calm colour. */
const COLOUR = { error: 0xd9534f, unknown: 0x999999, other: 0xff9900 } as const;

function colourOf(reply: Reply): number {
  return reply.kind === 'error' ? COLOUR.error : reply.kind === 'unknown' ? COLOUR.unknown : COLOUR.other;
}

/**
 * The sources, one line each with its as-of date, as many as fit one text item, then how many more. They
 * close the embed's text (a footer cannot hold links) so a reader can open them.
 */
function sourceItems(reply: Reply): Item[] {
  const views = replySources(reply);
  const first = views[0];
  if (!first) return [];
  const fallback = first.kind === 'public' ? escapeDiscord(first.title) : sourceText(first, discordSources);
  return textItems(
    sourceList(
      views.map((v) => sourceText(v, discordSources)),
      LIMITS.textChunk,
      fallback,
      '**Sources**',
      '- ',
    ),
  );
}

type Row = APIActionRowComponent<APIButtonComponent>;
type Style = (typeof ButtonStyle)[keyof typeof ButtonStyle];

const row = (components: APIButtonComponent[]): Row => ({ type: Component.ActionRow, components });

function button(label: string, payload: ButtonPayload, style: Style, unique = ''): APIButtonComponentWithCustomId | undefined {
  const id = encodeCustomId(payload, unique);
  if (!id) return undefined;
  return { type: Component.Button, custom_id: id, style, label: truncate(neutraliseMentions(label.trim()) || '…', LIMITS.buttonLabel) };
}

/** Rows of the reply's own buttons (did-you-mean, follow-ups), leaving one row for the controls. */
function replyRows(buttons: Button[]): Row[] {
  const built = buttons
    .map((b, i) => button(b.label, { action: 'run', command: b.command, page: 0 }, ButtonStyle.Secondary, String(i)))
    .filter((b): b is APIButtonComponentWithCustomId => b !== undefined)
    .slice(0, (LIMITS.rows - 1) * LIMITS.buttonsPerRow);
  const rows: Row[] = [];
  for (let i = 0; i < built.length; i += LIMITS.buttonsPerRow) rows.push(row(built.slice(i, i + LIMITS.buttonsPerRow)));
  return rows;
}

/** "Details" (from the brief), "More" (when cut) and "Share" (when asked for), or a note when "more" cannot be encoded. */
function controls(index: number, count: number, options: RenderOptions, view: PageView): { row?: Row; note: string } {
  const { command } = options;
  const buttons: APIButtonComponent[] = [];
  let note = '';
  if (view.details && command !== undefined) {
    const details = button('Details', { action: 'more', command, page: 1 }, ButtonStyle.Primary);
    if (details) buttons.push(details);
  }
  if (index < count - 1) {
    const more =
      command === undefined
        ? undefined
        : button(`More (part ${index + 2} of ${count})`, { action: 'more', command, page: index + 1 + view.offset }, ButtonStyle.Primary);
    if (more) buttons.push(more);
    else note = `Cut here: part ${index + 1} of ${count}. Ask a narrower question to see the rest.`;
  }
  if (options.share && command !== undefined) {
    const share = button('Share', { action: 'share', command, page: index + view.offset }, ButtonStyle.Secondary);
    if (share) buttons.push(share);
  }
  return { ...(buttons.length ? { row: row(buttons) } : {}), note };
}

function embedsOf(page: Page, reply: Reply, title: string, footer: string): APIEmbed[] {
  return page.map((draft, i) => ({
    color: colourOf(reply),
    ...(i === 0 ? { title } : {}),
    ...(draft.description ? { description: draft.description } : {}),
    ...(draft.fields.length ? { fields: draft.fields } : {}),
    ...(i === page.length - 1 && footer ? { footer: { text: footer } } : {}),
  }));
}

/**
 * Renders a reply as a Discord message: an embed titled with the reply, the one-line answer first, fields,
 * and sources with as-of dates at the end. Pure, and plain API objects: discord.js builders' validation
 * (a tenth of the CPU of an answer, most of it building error objects for valid values) runs in the renderer
 * contract tests instead, over every reply kind (test/discord/render.contract.test.ts). Within every Discord
 * limit: a long reply is cut into parts and this returns part `options.page`,
 * with a "More" button that runs the command again for the next part.
 */
export function replyToDiscord(whole: Reply, options: RenderOptions = {}): DiscordMessage {
  const view = pageView(whole, options.page);
  const { reply } = view;
  const items = [...(reply.summary ? textItems(reply.summary) : []), ...reply.blocks.flatMap(blockItems), ...sourceItems(reply)];
  const reserved = LIMITS.title + LIMITS.cutNote;
  const pages = paginate(items, reserved);
  const index = Math.min(view.part, pages.length - 1);
  const baseTitle = neutraliseMentions(reply.title.trim() || 'compute-advisor');
  const title = truncate(index > 0 ? `(${index + 1}/${pages.length}) ${baseTitle}` : baseTitle, LIMITS.title);
  const { row: controlRow, note } = controls(index, pages.length, options, view);
  const buttons = index === 0 ? reply.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : [])) : [];
  const components = [...replyRows(buttons), ...(controlRow ? [controlRow] : [])];
  return { embeds: embedsOf(pages[index] ?? [], reply, title, neutraliseMentions(note)), components, allowedMentions: { parse: [] } };
}
