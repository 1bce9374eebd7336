/**
 * The brief view of a reply (issue 16): the answer in one or two sentences and at most five key points,
 * the first three source lines and the reply's buttons, so it fits one laptop screen in a channel. Decided here,
 * once, for every platform; renderers lay out `brief` first and offer the full reply behind "Details".
 */
import { sameText } from './render-text.js';
import type { Block, Button, Reply } from './reply.js';
import { distinctSources } from './source-view.js';

/** The brief view's budget. */
export const BRIEF = {
  titleChars: 120,
  summaryChars: 280,
  points: 5,
  pointChars: 160,
  bodyChars: 400,
  /** Blocks of key points: with header, answer, sources and one button row, Slack's message stays within 8 blocks. */
  blocks: 3,
  headingChars: 80,
  sources: 3,
  sourceTitleChars: 70,
  buttons: 4,
  buttonLabelChars: 40,
} as const;

/** A reply's two views: `brief` always; `hasDetails` when the full reply shows more than the brief. */
export interface ReplyViews {
  brief: Reply;
  hasDetails: boolean;
}

/** Text cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/, '')}…`;
}

/** The whole sentences of a point that fit `max` characters; a first sentence too long for it is clipped. */
export function pointText(text: string, max: number = BRIEF.pointChars): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const sentence of sentencesOf(text)) {
    if ((kept + sentence).trim().length > max) break;
    kept += sentence;
  }
  return kept.trim() || clip(text, max);
}

/**
 * A sentence ends at . ! or ? before a space or the end, so "$0.20" and "e.g.x" stay whole, and not at the
 * abbreviations "e.g." and "i.e." ("Use a number, e.g. 250k or 3M." is one sentence).
 */
function sentencesOf(text: string): string[] {
  return text.match(/(?:\b(?:e\.g|i\.e)\.(?=\s)|[^.!?]|[.!?](?!\s|$))*[.!?](?=\s|$)|[\s\S]+$/g) ?? [text];
}

/** The first one or two sentences, within the summary budget. */
export function firstSentences(text: string, count = 2, max: number = BRIEF.summaryChars): string {
  // A summary that fits is kept whole: an error that lists two problems and how to fix each needs all of it.
  if (text.length <= max) return text;
  return clip(sentencesOf(text).slice(0, count).join('').trim(), max);
}

/** Points of a section: its list items, or its paragraphs when it has no list. */
function sectionPoints(markdown: string): string[] {
  const items = markdown.split('\n').filter((l) => /^\s*- /.test(l));
  if (items.length > 0) return items.map((l) => l.replace(/^\s*- /, ''));
  return markdown
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function headingOf(block: { heading?: string }): { heading?: string } {
  return block.heading ? { heading: clip(block.heading, BRIEF.headingChars) } : {};
}

/** Takes key points from the blocks in order until five points or the body budget are used. */
function keyPoints(blocks: Block[]): Block[] {
  let points: number = BRIEF.points;
  let chars: number = BRIEF.bodyChars;
  const take = <T>(items: T[], size: (item: T) => number): T[] => {
    const taken: T[] = [];
    for (const item of items) {
      const n = size(item);
      if (points === 0 || (taken.length > 0 && n > chars)) break;
      taken.push(item);
      points -= 1;
      chars -= n;
    }
    return taken;
  };
  const out: Block[] = [];
  for (const block of blocks) {
    if (points === 0 || chars <= 0 || out.length >= BRIEF.blocks) break;
    // A heading is read too: it spends the same budget as the points under it.
    if ('heading' in block && block.heading) chars -= Math.min(block.heading.length, BRIEF.headingChars);
    switch (block.type) {
      case 'actions':
      case 'divider':
        break;
      case 'section': {
        const taken = take(
          sectionPoints(block.markdown).map((p) => pointText(p)),
          (p) => p.length,
        );
        const list = sectionPoints(block.markdown).length > 1 || /^\s*- /m.test(block.markdown);
        if (taken.length)
          out.push({ ...block, ...headingOf(block), markdown: list ? taken.map((p) => `- ${p}`).join('\n') : taken.join('\n\n') });
        break;
      }
      case 'facts': {
        const facts = take(
          block.facts.map((f) => ({ ...f, text: pointText(f.text) })),
          (f) => f.text.length,
        );
        if (facts.length) out.push({ ...block, ...headingOf(block), facts });
        break;
      }
      case 'fields': {
        const fields = take(
          block.fields.map((f) => ({ label: clip(f.label, BRIEF.headingChars), value: clip(f.value, BRIEF.pointChars) })),
          (f) => f.label.length + f.value.length,
        );
        if (fields.length) out.push({ ...block, fields });
        break;
      }
      case 'table': {
        const rows = take(block.rows, (r) => r.join(' ').length);
        if (rows.length)
          out.push({
            ...block,
            ...headingOf(block),
            columns: block.columns.map((c) => clip(c, BRIEF.headingChars)),
            rows: rows.map((r) => r.map((c) => clip(c, BRIEF.pointChars))),
          });
        break;
      }
      default:
        // A block type added later (e.g. a chart) is shown whole and counts as one point.
        out.push(block);
        points -= 1;
    }
  }
  return out;
}

/** The reply's brief view and whether the full reply holds more (decided by comparing their text). */
export function replyViews(reply: Reply): ReplyViews {
  const source = reply.brief ?? reply.blocks;
  const buttons: Button[] = reply.blocks
    .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
    .slice(0, BRIEF.buttons)
    .map((b) => ({ ...b, label: clip(b.label, BRIEF.buttonLabelChars) }));
  const brief: Reply = {
    ...reply,
    title: clip(reply.title, BRIEF.titleChars),
    ...(reply.summary ? { summary: firstSentences(reply.summary) } : {}),
    blocks: [...keyPoints(source), ...(buttons.length ? [{ type: 'actions' as const, buttons }] : [])],
    // One source per line a reader sees (two notes behind one entry are one line), the first three.
    sources: distinctSources(reply.sources, reply.data?.entryId)
      .slice(0, BRIEF.sources)
      .map((s) => ({
        ...s,
        title: clip(s.title, BRIEF.sourceTitleChars),
        ...(s.asOf ? { asOf: clip(s.asOf, 30) } : {}),
        ...(s.see ? { see: { ...s.see, title: clip(s.see.title, BRIEF.sourceTitleChars) } } : {}),
      })),
  };
  delete brief.brief;
  return { brief, hasDetails: !sameText(brief, reply) };
}

/** Which view a rendered page shows: the brief (page 0 when the reply has details) or part `part` of the full reply. */
export interface PageView {
  reply: Reply;
  part: number;
  /** Button pages count the brief as page 0, so part n of the details is page n + offset. */
  offset: number;
  /** Whether this is the brief of a reply with more behind a "Details" button. */
  details: boolean;
}

/** The view a platform renders for button page `page`: one rule for Slack and Discord. */
export function pageView(whole: Reply, page = 0): PageView {
  const { brief, hasDetails } = replyViews(whole);
  const asked = Math.max(page, 0);
  return hasDetails && asked === 0
    ? { reply: brief, part: 0, offset: 0, details: true }
    : { reply: whole, part: hasDetails ? asked - 1 : asked, offset: hasDetails ? 1 : 0, details: false };
}
