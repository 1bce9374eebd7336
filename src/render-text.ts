import type { Block, Button, Reply } from './reply.js';
import { factSourceText, replySources, sourceText, sourceView, type SourceStyle } from './source-view.js';
import { tableGrid } from './table-layout.js';

/** How text styles are drawn; plain text by default, ANSI colours in a terminal. */
export interface Styler {
  title(text: string): string;
  heading(text: string): string;
  strong(text: string): string;
  code(text: string): string;
  dim(text: string): string;
}

const plain: Styler = { title: (t) => t, heading: (t) => t, strong: (t) => t, code: (t) => t, dim: (t) => t };

/** Removes (or styles) the Markdown subset's markers. */
export function markdownToPlain(markdown: string, style: Styler = plain): string {
  return markdown
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, (_, t: string) => style.strong(t))
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, (_, t: string) => style.code(t));
}

/** How commands the reader can run are written: after `/compute` in a chat, bare in the terminal. */
export type CommandForm = (command: string) => string;
const slashCommand: CommandForm = (command) => `/compute ${command}`;

/** Sources in plain text: a public one's address after its title. */
function textSources(command: CommandForm): SourceStyle {
  return { text: (t) => t, link: (url, title) => `${title} — ${url}`, command };
}

/** Every button of a reply in reading order; text renderers number them so a chat can run one by number. */
export function replyButtons(reply: Reply): Button[] {
  return reply.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []));
}

function blockToText(block: Block, style: Styler, firstButton: number, command: CommandForm): string {
  const md = (text: string) => markdownToPlain(text, style);
  switch (block.type) {
    case 'section':
      return [block.heading && style.heading(block.heading), md(block.markdown)].filter(Boolean).join('\n');
    case 'fields':
      return block.fields.map((f) => `${style.strong(md(f.label))}: ${md(f.value)}`).join('\n');
    case 'facts':
      return [
        block.heading && style.heading(block.heading),
        ...block.facts.map(
          (f) => `- ${md(f.text)}${f.source?.asOf ? style.dim(` [${factSourceText(sourceView(f.source), textSources(command))}]`) : ''}`,
        ),
      ]
        .filter(Boolean)
        .join('\n');
    case 'table': {
      const heading = block.heading ? [style.heading(block.heading)] : [];
      const plainCells = (row: string[]) => row.map((c) => markdownToPlain(c));
      const grid = tableGrid(plainCells(block.columns), block.rows.map(plainCells));
      if (grid) return [...heading, style.strong(grid.head), ...grid.rows].join('\n');
      const [, ...names] = block.columns;
      const rows = block.rows.map(([label = '', ...row]) =>
        [style.strong(label), ...row.map((c, i) => `  ${names[i] ?? ''}: ${md(c)}`)].join('\n'),
      );
      return [...heading, ...rows].join('\n');
    }
    case 'chart': // The table above is the chart in text; the picture's alt text says the crossover.
      return style.dim(block.chart.alt);
    case 'actions':
      return block.buttons.map((b, i) => `[${firstButton + i}] ${b.label} ${style.dim(`— ${command(b.command)}`)}`).join('\n');
    case 'divider':
      return '—';
  }
}

/** The whole reply as text, in reading order: title, one-line answer, blocks, sources. */
export function replyToText(reply: Reply, style: Styler = plain, command: CommandForm = slashCommand): string {
  const parts = [style.title(reply.title)];
  if (reply.summary) parts.push(markdownToPlain(reply.summary, style));
  let nextButton = 1;
  for (const block of reply.blocks) {
    parts.push(blockToText(block, style, nextButton, command));
    if (block.type === 'actions') nextButton += block.buttons.length;
  }
  const sources = replySources(reply).map((v) => `- ${sourceText(v, textSources(command))}`);
  if (sources.length > 0) parts.push(style.dim(['Sources:', ...sources].join('\n')));
  return parts.filter((p) => p.length > 0).join('\n\n');
}
