import type { Button as SlackButton, KnownBlock, SectionBlock } from '@slack/types';
import type { Block, Fact, Reply } from '../../src/reply.js';
import { ACTION, encodeButtonValue } from './button-value.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn, markdownToCodeText, markdownToMrkdwn, mrkdwnLink, plainText } from './mrkdwn.js';
import { sourceList } from '../shared/source-line.js';
import { factSourceText, replySources, sourceText, sourceView, type SourceStyle } from '../../src/source-view.js';
import { splitText, truncate } from '../shared/split-text.js';
import { chunkLines, tableGrid } from '../../src/table-layout.js';

/** Sections of the core's Markdown, split to Slack's per-section limit; an optional bold heading leads. */
export function sections(markdown: string, heading?: string): SectionBlock[] {
  return mrkdwnSections(markdownToMrkdwn(markdown), heading);
}

/** Sections of text already in mrkdwn (escaped), split to Slack's per-section limit. */
function mrkdwnSections(mrkdwn: string, heading?: string): SectionBlock[] {
  const text = [heading && `*${escapeMrkdwn(heading)}*`, mrkdwn].filter(Boolean).join('\n');
  if (text.trim() === '') return [];
  return splitText(text, LIMITS.sectionText).map((chunk) => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } }));
}

/**
 * Fields sections: at most 10 fields each, each at most 2,000 characters, and (our choice, to keep the
 * whole message under its budget) at most 3,000 characters of fields in one section.
 */
function fieldSections(fields: { label: string; value: string }[], heading?: string): SectionBlock[] {
  if (fields.length === 0) return heading ? sections('', heading) : [];
  const texts = fields.map((f) => truncate(`*${markdownToMrkdwn(f.label)}*\n${markdownToMrkdwn(f.value) || ' '}`, LIMITS.fieldText));
  const groups: string[][] = [[]];
  let size = 0;
  for (const text of texts) {
    const group = groups[groups.length - 1] ?? [];
    if (group.length > 0 && (group.length >= LIMITS.fieldsPerSection || size + text.length > LIMITS.sectionText)) {
      groups.push([text]);
      size = text.length;
    } else {
      group.push(text);
      size += text.length;
    }
  }
  return groups.map((group, i) => ({
    type: 'section',
    ...(i === 0 && heading ? { text: { type: 'mrkdwn' as const, text: truncate(`*${escapeMrkdwn(heading)}*`, LIMITS.sectionText) } } : {}),
    fields: group.map((text) => ({ type: 'mrkdwn' as const, text })),
  }));
}

/** Sources in mrkdwn: linked titles, commands as the slash command the reader types. */
const slackSources: SourceStyle = {
  text: escapeMrkdwn,
  link: (url, title) => mrkdwnLink(url, title),
  command: (c) => `\`/compute ${escapeMrkdwn(c)}\``,
};

function factLine(fact: Fact): string {
  const source = fact.source ? ` _(${factSourceText(sourceView(fact.source), slackSources)})_` : '';
  return `• ${markdownToMrkdwn(fact.text)}${source}`;
}

/** Short cells line up as a monospace grid (Slack has no table in mrkdwn); rows of prose become fields. */
function tableBlocks(block: Extract<Block, { type: 'table' }>): SectionBlock[] {
  const grid = tableGrid(block.columns, block.rows, LIMITS.codeWidth);
  if (grid) {
    const title = block.heading ? `*${escapeMrkdwn(block.heading)}*\n` : '';
    const budget = LIMITS.sectionText - LIMITS.codeFenceChars - title.length - 1;
    return chunkLines(markdownToCodeText(grid.head), grid.rows.map(markdownToCodeText), budget).map((lines, i) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: `${i === 0 ? title : ''}\`\`\`\n${lines.join('\n')}\n\`\`\`` },
    }));
  }
  const [, ...names] = block.columns;
  const rows = block.rows.flatMap(([label = '', ...row], r) =>
    fieldSections(
      row.map((value, i) => ({ label: names[i] ?? '', value })),
      `${r === 0 && block.heading ? `${block.heading} — ` : ''}${label}`,
    ),
  );
  return rows;
}

/**
 * The reply's own buttons (did-you-mean, follow-ups) from all its `actions` blocks, in order; a command too
 * long to encode is left out. They join the controls in the message's one button row (render.ts).
 */
export function replyButtons(blocks: Block[]): SlackButton[] {
  return blocks.flatMap((block, blockIndex) =>
    block.type !== 'actions'
      ? []
      : block.buttons.flatMap((b, i): SlackButton[] => {
          const value = encodeButtonValue({ command: b.command });
          if (!value) return [];
          return [
            {
              type: 'button',
              action_id: `${ACTION.run}:${blockIndex}:${i}`,
              text: { type: 'plain_text', text: truncate(plainText(b.label), LIMITS.buttonText) || '…' },
              value,
            },
          ];
        }),
  );
}

/** One core block as Slack blocks (possibly several, each within Slack's limits). */
export function blockToSlack(block: Block): KnownBlock[] {
  switch (block.type) {
    case 'section':
      return sections(block.markdown, block.heading);
    case 'fields':
      return fieldSections(block.fields);
    case 'facts':
      return mrkdwnSections(block.facts.map(factLine).join('\n'), block.heading);
    case 'table':
      return tableBlocks(block);
    case 'actions': // Buttons are not laid out in place: they join the controls in one row at the end (replyButtons).
      return [];
    case 'chart': // The picture follows the answer as its own message, once drawn and uploaded (chart.ts).
      return [];
    case 'divider':
      return [{ type: 'divider' }];
    default:
      return unreachable(block);
  }
}

function unreachable(block: never): never {
  throw new Error(`unknown block type ${JSON.stringify(block)}`);
}

/** The context block: one line per source with its as-of date, as many as fit, then how many more. */
export function sourcesContext(reply: Reply): KnownBlock[] {
  const views = replySources(reply);
  const first = views[0];
  if (!first) return [];
  // A single source too long to show whole: its title alone, shortened.
  const fallback = first.kind === 'public' ? escapeMrkdwn(first.title) : sourceText(first, slackSources);
  const text = sourceList(
    views.map((v) => sourceText(v, slackSources)),
    LIMITS.contextText,
    fallback,
  );
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text }] }];
}
