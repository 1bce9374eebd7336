import type { Entry } from '../knowledge/schema.js';
import { makeReply, type Block, type Button, type Reply, type ReplyKind } from '../reply.js';

/**
 * A knowledge entry as a reply: its answer first, then its sections, related entries as buttons.
 * `brief` keeps the first `brief` sections and offers the rest behind a "More" button.
 */
export function entryReply(entry: Entry, kind: ReplyKind, titleOf: (id: string) => string, brief?: number): Reply {
  const sections = entry.sections.filter((s) => s.markdown.length > 0);
  const shown = brief === undefined ? sections : sections.slice(0, brief);
  const blocks: Block[] = shown.map((s) =>
    s.heading ? { type: 'section', heading: s.heading, markdown: s.markdown } : { type: 'section', markdown: s.markdown },
  );
  const buttons: Button[] = [];
  if (shown.length < sections.length) buttons.push({ label: 'More on this', command: `topic ${entry.id}` });
  for (const id of entry.related.slice(0, 4 - buttons.length)) buttons.push({ label: titleOf(id), command: `topic ${id}` });
  if (buttons.length > 0) blocks.push({ type: 'actions', buttons });
  return makeReply({
    kind,
    title: entry.title,
    summary: entry.answer,
    blocks,
    sources: entry.sources,
    data: { entryId: entry.id, services: entry.services },
  });
}
