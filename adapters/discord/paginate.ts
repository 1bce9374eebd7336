/**
 * Packs items into pages (one Discord message each) of embeds, in reading order: text goes into an embed's
 * description, fields after it; text that follows fields starts the next embed so nothing is reordered.
 * Every page stays within Discord's per-embed limits and the 6,000 characters shared by a message's embeds.
 */
import type { Item } from './items.js';
import { LIMITS } from './limits.js';

export interface EmbedDraft {
  description: string;
  fields: { name: string; value: string; inline: boolean }[];
}

export type Page = EmbedDraft[];

function itemSize(item: Item): number {
  return item.kind === 'text' ? item.text.length + 2 : item.name.length + item.value.length;
}

/** Splits items into pages; `reserved` is what the title, footer and notes take from each page's budget. */
export function paginate(items: Item[], reserved: number): Page[] {
  const budget = LIMITS.embedChars - reserved;
  const pages: Page[] = [[{ description: '', fields: [] }]];
  let chars = 0;
  for (const [at, item] of items.entries()) {
    const size = itemSize(item);
    // A group (a side-by-side row) moves to the next embed or page whole when it would not fit beside what is there.
    const group = item.kind === 'field' && item.keep ? items.slice(at, at + item.keep) : [item];
    const groupSize = group.reduce((n, i) => n + itemSize(i), 0);
    let page = pages[pages.length - 1] ?? [];
    let embed = page[page.length - 1] ?? { description: '', fields: [] };
    const empty = embed.description === '' && embed.fields.length === 0 && page.length === 1;
    if (!empty && chars + groupSize > budget) {
      embed = { description: '', fields: [] };
      page = [embed];
      pages.push(page);
      chars = 0;
    }
    const full =
      item.kind === 'text'
        ? embed.fields.length > 0 || embed.description.length + size > LIMITS.description
        : embed.fields.length + group.length > LIMITS.fields;
    if (full) {
      embed = { description: '', fields: [] };
      if (page.length >= LIMITS.embeds) {
        page = [];
        pages.push(page);
        chars = 0;
      }
      page.push(embed);
    }
    if (item.kind === 'text') embed.description = embed.description ? `${embed.description}\n\n${item.text}` : item.text;
    else embed.fields.push({ name: item.name, value: item.value, inline: item.inline });
    chars += size;
  }
  return pages;
}
