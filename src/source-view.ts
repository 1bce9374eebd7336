/**
 * What a reader sees of a reply's sources (issue 16), decided once for every platform: a public source is
 * its title, web address and as-of date; a note bundled with the knowledge base is never shown by its file
 * name or title: it cites the knowledge it backs, as a command the reader can run (`/compute topic …`).
 * Renderers only write the parts in their platform's markup (`SourceStyle`).
 */
// Types only: the schema module loads zod, which start-up from the snapshot never needs.
import type { Source } from './knowledge/schema.js';

/** A source as shown: a public page, or compute-advisor's own notes and the command that shows them. */
export type SourceView =
  { kind: 'public'; title: string; url: string; asOf?: string } | { kind: 'notes'; title?: string; command?: string; asOf?: string };

/** Whether a source's `ref` is a public web address (the rest are notes bundled with the knowledge base). */
export function isPublicRef(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/** How bundled notes are named to a reader. */
export const NOTES_NAME = 'compute-advisor notes';

/** An as-of that says when (it names a year); "seed article" or "undated capture" tell a reader nothing. */
const datedAsOf = (asOf: string | undefined) => (asOf && /\b(19|20)\d\d\b/.test(asOf) ? { asOf } : {});

/**
 * One source as a reader sees it. A bundled note without its own `see` cites `entryId` (the entry the
 * reply shows, `data.entryId`) when there is one, and otherwise only says it is compute-advisor's notes.
 */
export function sourceView(source: Source, entryId?: string): SourceView {
  if (isPublicRef(source.ref))
    return { kind: 'public', title: source.title, url: source.ref, ...(source.asOf ? { asOf: source.asOf } : {}) };
  const see = source.see ?? (entryId ? { command: `topic ${entryId}` } : {});
  return { kind: 'notes', ...see, ...datedAsOf(source.asOf) };
}

/** Two sources are one line when they show the same page, or the same notes. */
function lineKey(view: SourceView): string {
  return view.kind === 'public' ? `public ${view.url}` : `notes ${view.command ?? ''}`;
}

/** The first source behind each distinct line, in first-seen order (what a brief keeps the first three of). */
export function distinctSources(sources: readonly Source[], entryId?: string): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = lineKey(sourceView(s, entryId));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A reply's sources as a reader sees them: one view per line, without repeats. */
export function replySources(reply: { sources: readonly Source[]; data?: { entryId?: string } }): SourceView[] {
  const entryId = reply.data?.entryId;
  return distinctSources(reply.sources, entryId).map((s) => sourceView(s, entryId));
}

/** How a platform writes the parts of a source line. */
export interface SourceStyle {
  /** Plain text (titles, dates), escaped for the platform. */
  text(text: string): string;
  link(url: string, title: string): string;
  /** A command as the reader types it there, e.g. `` `/compute topic x` `` in Slack, `topic x` in the terminal. */
  command(command: string): string;
}

/** One line of the sources list: "Title (as of 2025-10)" linked, or "compute-advisor notes: Cold starts — /compute topic cold-starts". */
export function sourceText(view: SourceView, style: SourceStyle): string {
  const asOf = view.asOf ? ` (as of ${style.text(view.asOf)})` : '';
  if (view.kind === 'public') return `${style.link(view.url, view.title)}${asOf}`;
  return `${NOTES_NAME}${view.title ? `: ${style.text(view.title)}` : ''}${asOf}${view.command ? ` — ${style.command(view.command)}` : ''}`;
}

/** The short label after a fact: "Title, 2025-10" or "compute-advisor notes, /compute limits lambda". */
export function factSourceText(view: SourceView, style: SourceStyle): string {
  const asOf = view.asOf ? `, ${style.text(view.asOf)}` : '';
  if (view.kind === 'public') return `${style.text(view.title)}${asOf}`;
  return `${NOTES_NAME}${asOf}${view.command ? `, ${style.command(view.command)}` : ''}`;
}
