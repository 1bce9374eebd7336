/**
 * The core's blocks as embed material, in reading order: text for an embed description, or embed fields.
 * Each item already fits its own Discord limit; packing them into embeds and pages is paginate.ts's job.
 */
import type { Block, Fact } from '../../src/reply.js';
import { factSourceText, sourceView, type SourceStyle } from '../../src/source-view.js';
import { chunkLines, tableGrid } from '../../src/table-layout.js';
import { splitText, truncate } from '../shared/split-text.js';
import { LIMITS } from './limits.js';
import { discordLink, escapeDiscord, neutraliseMentions } from './markdown.js';

/**
 * A field item may head a group (`keep`: how many fields, itself included, stay in one embed), so a row of a
 * side-by-side table is never split between embeds.
 */
export type Item = { kind: 'text'; text: string } | { kind: 'field'; name: string; value: string; inline: boolean; keep?: number };

/** Markdown text (with an optional bold heading) as text items of at most LIMITS.textChunk characters. */
export function textItems(markdown: string, heading?: string): Item[] {
  const text = [heading && `**${escapeDiscord(truncate(heading, LIMITS.title))}**`, neutraliseMentions(markdown)]
    .filter(Boolean)
    .join('\n');
  if (text.trim() === '') return [];
  return splitText(text, LIMITS.textChunk).map((chunk) => ({ kind: 'text', text: chunk }));
}

/** Embed fields; a long value continues in further fields under a "(cont.)" name. */
function fieldItems(label: string, value: string, inline: boolean): Item[] {
  const name = truncate(neutraliseMentions(label.trim()) || '\u200b', LIMITS.fieldName);
  const chunks = splitText(neutraliseMentions(value.trim()) || '\u200b', LIMITS.fieldValue);
  return chunks.map((chunk, i) => ({
    kind: 'field',
    name: i === 0 ? name : truncate(`${name} (cont.)`, LIMITS.fieldName),
    value: chunk,
    inline: inline && chunks.length === 1,
  }));
}

/**
 * When fields go in columns. Discord lays out up to three inline fields in a row (its layout, not a limit the
 * API enforces); the rest is our choice: a short name and a value of a few lines read well in a column,
 * longer reads better full width.
 */
const INLINE = { perRow: 3, nameChars: 40, valueChars: 100, lines: 3 } as const;

/**
 * Whether a field reads well in a column beside others. Decided for a whole block at once, so its fields
 * line up in rows rather than alternating between a column and the full width.
 */
function fitsInline(label: string, value: string): boolean {
  return (
    label.trim().length <= INLINE.nameChars && value.trim().length <= INLINE.valueChars && value.trim().split('\n').length <= INLINE.lines
  );
}

/** Sources in Discord markdown: masked links, commands as the slash command the reader types. */
export const discordSources: SourceStyle = {
  text: escapeDiscord,
  link: (url, title) => discordLink(url, title),
  command: (c) => `\`/compute ${c}\``,
};

function factLine(fact: Fact): string {
  const source = fact.source ? ` _(${factSourceText(sourceView(fact.source), discordSources)})_` : '';
  return `- ${fact.text}${source}`;
}

/**
 * A table whose columns are services (two or three, with cells short enough) read side by side: per row, its
 * label as a full-width field (which also ends the row before, so rows never merge; Discord halves a row of two
 * inline fields, where a spacer field would leave a third empty) and one inline field per column, named by it.
 */
function sideBySideItems(names: string[], rows: string[][]): Item[] | undefined {
  if (names.length < 2 || names.length > INLINE.perRow) return undefined;
  if (!rows.every(([, ...cells]) => cells.every((c, i) => fitsInline(names[i] ?? '', c)))) return undefined;
  return rows.flatMap(([label = '', ...cells]) => {
    const columns = names.flatMap((name, i) => fieldItems(name, cells[i] ?? '', true));
    // The label in bold as the value under an empty name: the blank line falls above it, between rows.
    const text = truncate(label.trim(), LIMITS.fieldName);
    const heading = fieldItems('', text && `**${escapeDiscord(text)}**`, false).map((f) => ({ ...f, keep: 1 + columns.length }));
    return [...heading, ...columns];
  });
}

/** Short cells line up in a code block; rows of prose side by side when they fit, else a field per row. */
function tableItems(block: Extract<Block, { type: 'table' }>): Item[] {
  // Backticks would close the code block early; nothing else inside a code block is markup.
  const code = (row: string[]) => row.map((c) => c.replace(/`/g, "'"));
  const grid = tableGrid(code(block.columns), block.rows.map(code), LIMITS.codeWidth);
  if (grid) {
    const title = block.heading ? `**${escapeDiscord(truncate(block.heading, LIMITS.title))}**\n` : '';
    return chunkLines(grid.head, grid.rows, LIMITS.textChunk - LIMITS.tableChunkReserve).map((lines, i) => ({
      kind: 'text',
      text: neutraliseMentions(`${i === 0 ? title : ''}\`\`\`\n${lines.join('\n')}\n\`\`\``),
    }));
  }
  const [, ...names] = block.columns;
  return [
    ...(block.heading ? textItems('', block.heading) : []),
    ...(sideBySideItems(names, block.rows) ??
      block.rows.flatMap(([label = '', ...row]) =>
        fieldItems(label, row.map((c, i) => `**${escapeDiscord(names[i] ?? '')}**: ${c}`).join('\n'), false),
      )),
  ];
}

/** One core block as items. Buttons are not items: the renderer turns `actions` into components. */
export function blockItems(block: Block): Item[] {
  switch (block.type) {
    case 'section':
      return textItems(block.markdown, block.heading);
    case 'fields': {
      const inline = block.fields.every((f) => fitsInline(f.label, f.value));
      return block.fields.flatMap((f) => fieldItems(f.label, f.value, inline));
    }
    case 'facts':
      return textItems(block.facts.map(factLine).join('\n'), block.heading);
    case 'table':
      return tableItems(block);
    case 'actions':
      return [];
    case 'chart': // The picture is attached by answer.ts (with the alt text as its description) and shown in the embed.
      return [];
    case 'divider':
      return [];
    default:
      return unreachable(block);
  }
}

function unreachable(block: never): never {
  throw new Error(`unknown block type ${JSON.stringify(block)}`);
}
