import type { Source } from './knowledge/schema.js';

export type { Source };

/** What kind of answer a reply is; `--json` and the renderers switch on it. */
export const replyKinds = ['compare', 'recommend', 'cost', 'answer', 'limits', 'topic', 'help', 'unknown', 'error'] as const;
export type ReplyKind = (typeof replyKinds)[number];

/** A claim and where it comes from. */
export interface Fact {
  text: string;
  source?: Source;
}

/** A button runs the command it names, as if the user had typed it. */
export interface Button {
  label: string;
  command: string;
}

/** One line of a chart: a priced option's monthly bill at each volume, in ascending order of volume. */
export interface ChartSeries {
  id: 'lambda' | 'ec2' | 'ec2-committed' | 'fargate';
  label: string;
  points: { requests: number; usd: number }[];
}

/** A volume marked on a chart: where two bills cross, or the asker's own volume. */
export interface ChartMark {
  kind: 'break-even' | 'committed-break-even' | 'your-volume';
  requests: number;
  label: string;
}

/** Monthly cost against monthly requests (log axis), as data: the renderers draw it, `--json` carries it. */
export interface CostChart {
  title: string;
  xAxis: string;
  yAxis: string;
  series: ChartSeries[];
  marks: ChartMark[];
  /** Region and as-of date of the prices. */
  caption: string;
  /** The crossover in words, for those who cannot see the picture (and the text renderers). */
  alt: string;
}

/** One piece of a reply. Markdown is a small subset: **bold**, _italic_, `code`, [text](url) and "- " lists. */
export type Block =
  | { type: 'section'; heading?: string; markdown: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'facts'; heading?: string; facts: Fact[] }
  | { type: 'table'; heading?: string; columns: string[]; rows: string[][] }
  | { type: 'actions'; buttons: Button[] }
  | { type: 'chart'; chart: CostChart }
  | { type: 'divider' };

/** A search hit, as `--json` reports it in `data.matches`. */
export interface Match {
  id: string;
  title: string;
  score: number;
}

/** Machine-readable payload beside the prose. */
export interface ReplyData {
  matches?: Match[];
  entryId?: string;
  services?: string[];
  [key: string]: unknown;
}

/** The platform-neutral answer document: the only thing adapters render. */
export interface Reply {
  kind: ReplyKind;
  title: string;
  /** The one-line answer, always shown first. */
  summary?: string;
  blocks: Block[];
  /** What the brief view shows instead of the first key points of `blocks`, when the command chooses (src/brief.ts). */
  brief?: Block[];
  sources: Source[];
  visibility: 'private' | 'shared';
  data?: ReplyData;
}

/** Builds a reply with the defaults filled in. */
export function makeReply(reply: Omit<Reply, 'visibility' | 'sources' | 'blocks'> & Partial<Reply>): Reply {
  return { visibility: 'private', sources: [], blocks: [], ...reply };
}

/** Sources in first-seen order without repeats (same title and ref). */
export function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.title}\u0000${s.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
