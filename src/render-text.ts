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

/** The parts of the reply's text, in reading order (title, one-line answer, blocks, sources), each non-empty. */
function* textParts(reply: Reply, style: Styler, command: CommandForm): Generator<string> {
  const title = style.title(reply.title);
  if (title) yield title;
  const summary = reply.summary ? markdownToPlain(reply.summary, style) : '';
  if (summary) yield summary;
  let nextButton = 1;
  for (const block of reply.blocks) {
    const text = blockToText(block, style, nextButton, command);
    if (text) yield text;
    if (block.type === 'actions') nextButton += block.buttons.length;
  }
  const sources = replySources(reply).map((v) => `- ${sourceText(v, textSources(command))}`);
  if (sources.length > 0) yield style.dim(['Sources:', ...sources].join('\n'));
}

/** The whole reply as text, in reading order: title, one-line answer, blocks, sources. */
export function replyToText(reply: Reply, style: Styler = plain, command: CommandForm = slashCommand): string {
  return [...textParts(reply, style, command)].join('\n\n');
}

/** The reply's plain text as replyToText writes it, piece by piece: its parts with the blank lines between. */
function* textPieces(reply: Reply): Generator<string> {
  let first = true;
  for (const part of textParts(reply, plain, slashCommand)) {
    if (!first) yield '\n\n';
    first = false;
    yield part;
  }
}

/**
 * Whether two replies read the same in plain text (`replyToText(a) === replyToText(b)`), rendering each only
 * as far as their first difference: the brief of a long reply usually parts from it at the one-line answer.
 */
export function sameText(a: Reply, b: Reply): boolean {
  const left = textPieces(a);
  const right = textPieces(b);
  let [l, r] = ['', ''];
  let [leftDone, rightDone] = [false, false];
  for (;;) {
    if (!l && !leftDone) {
      const next = left.next();
      if (next.done) leftDone = true;
      else l = next.value;
    } else if (!r && !rightDone) {
      const next = right.next();
      if (next.done) rightDone = true;
      else r = next.value;
    } else if (!l || !r) {
      return !l && !r; // one text has ended: the same only if the other has too
    } else {
      const n = Math.min(l.length, r.length);
      if (!l.startsWith(r.slice(0, n))) return false;
      [l, r] = [l.slice(n), r.slice(n)];
    }
  }
}
