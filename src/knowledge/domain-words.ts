/**
 * The words that belong to the domain: the lexicon's curated `domainWords`, every topic tag's words and
 * every service's names. Search answers only a question that uses one (search.ts); a typo of one is read
 * as that word (read-query.ts: "tiemout" is "timeout").
 * Built once per knowledge base.
 */
import type { Service } from './schema.js';
import { words } from './text.js';
import { perKnowledge } from './per-knowledge.js';

/** A service's id, name and aliases as one text: what search indexes an entry's services as. */
export const namesOfService = (s: Service) => `${s.id} ${s.name} ${s.aliases.join(' ')}`;

/** The domain's words as written (lower case, not stemmed), stop words included: each caller drops what it must. */
export const domainWordsOf = perKnowledge(
  (knowledge): ReadonlySet<string> =>
    new Set(
      [
        ...knowledge.lexicon.domainWords,
        ...knowledge.entries.flatMap((e) => e.tags.map((t) => t.replace(/-/g, ' '))),
        ...knowledge.services.map(namesOfService),
      ].flatMap(words),
    ),
);
