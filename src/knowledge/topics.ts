import Fuse from 'fuse.js';
import type { Entry } from './schema.js';

/** Entries by id, and fuzzy "did you mean" over their ids, titles and aliases. */
export interface TopicIndex {
  get(id: string): Entry | undefined;
  byName(name: string): Entry | undefined;
  suggest(text: string, limit?: number): Entry[];
  titleOf: (id: string) => string;
}

/** Built once per process. */
export function createTopicIndex(entries: Entry[]): TopicIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const names = new Map<string, Entry>();
  for (const e of entries) for (const n of [e.title, ...e.aliases]) names.set(n.toLowerCase(), e);
  const fuse = new Fuse(entries, { keys: ['id', 'title', 'aliases'], threshold: 0.35, ignoreLocation: true });
  return {
    get: (id) => byId.get(id),
    byName: (name) => names.get(name.toLowerCase()),
    suggest: (text, limit = 3) => fuse.search(text).slice(0, limit).map((r) => r.item),
    titleOf: (id) => byId.get(id)?.title ?? id,
  };
}
