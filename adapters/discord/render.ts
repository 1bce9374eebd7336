import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
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

function button(label: string, payload: ButtonPayload, style: ButtonStyle, unique = ''): ButtonBuilder | undefined {
  const id = encodeCustomId(payload, unique);
  if (!id) return undefined;
  return new ButtonBuilder()
    .setCustomId(id)
    .setStyle(style)
    .setLabel(truncate(neutraliseMentions(label.trim()) || '…', LIMITS.buttonLabel));
}

/** Rows of the reply's own buttons (did-you-mean, follow-ups), leaving one row for the controls. */
function replyRows(buttons: Button[]): ActionRowBuilder<ButtonBuilder>[] {
  const built = buttons
    .map((b, i) => button(b.label, { action: 'run', command: b.command, page: 0 }, ButtonStyle.Secondary, String(i)))
    .filter((b): b is ButtonBuilder => b !== undefined)
    .slice(0, (LIMITS.rows - 1) * LIMITS.buttonsPerRow);
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let i = 0; i < built.length; i += LIMITS.buttonsPerRow)
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(built.slice(i, i + LIMITS.buttonsPerRow)));
  return rows;
}

/** "Details" (from the brief), "More" (when cut) and "Share" (when asked for), or a note when "more" cannot be encoded. */
function controls(
  index: number,
  count: number,
  options: RenderOptions,
  view: PageView,
): { row?: ActionRowBuilder<ButtonBuilder>; note: string } {
  const { command } = options;
  const buttons: ButtonBuilder[] = [];
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
  return { ...(buttons.length ? { row: new ActionRowBuilder<ButtonBuilder>().addComponents(buttons) } : {}), note };
}

function embedsOf(page: Page, reply: Reply, title: string, footer: string): APIEmbed[] {
  return page.map((draft, i) => {
    const embed = new EmbedBuilder().setColor(colourOf(reply));
    if (i === 0) embed.setTitle(title);
    if (draft.description) embed.setDescription(draft.description);
    if (draft.fields.length) embed.addFields(draft.fields);
    if (i === page.length - 1 && footer) embed.setFooter({ text: footer });
    return embed.toJSON();
  });
}

/**
 * Renders a reply as a Discord message: an embed titled with the reply, the one-line answer first, fields,
 * and sources with as-of dates at the end. Pure, and built with discord.js builders (their validation
 * runs). Within every Discord limit: a long reply is cut into parts and this returns part `options.page`,
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
  const { row, note } = controls(index, pages.length, options, view);
  const buttons = index === 0 ? reply.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : [])) : [];
  const components = [...replyRows(buttons), ...(row ? [row] : [])].map((r) => r.toJSON());
  return { embeds: embedsOf(pages[index] ?? [], reply, title, neutraliseMentions(note)), components, allowedMentions: { parse: [] } };
}
