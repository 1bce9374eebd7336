/**
 * The words that belong to the domain: the lexicon's curated `domainWords`, every topic tag's words and
 * every service's names. Search answers only a question that uses one (search.ts); a typo of one is read
 * as that word (read-query.ts: "tiemout" is "timeout").
 * Built once per knowledge base.
 */
import type { Knowledge, Service } from './schema.js';
import { words } from './text.js';

/** A service's id, name and aliases as one text: what search indexes an entry's services as. */
export const namesOfService = (s: Service) => `${s.id} ${s.name} ${s.aliases.join(' ')}`;

const built = new WeakMap<Knowledge, ReadonlySet<string>>();

/** The domain's words as written (lower case, not stemmed), stop words included: each caller drops what it must. */
export function domainWordsOf(knowledge: Knowledge): ReadonlySet<string> {
  const known = built.get(knowledge);
  if (known) return known;
  const domain = new Set(
    [
      ...knowledge.lexicon.domainWords,
      ...knowledge.entries.flatMap((e) => e.tags.map((t) => t.replace(/-/g, ' '))),
      ...knowledge.services.map(namesOfService),
    ].flatMap(words),
  );
  built.set(knowledge, domain);
  return domain;
}
