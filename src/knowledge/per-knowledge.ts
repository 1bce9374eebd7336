import type { Knowledge } from './schema.js';

/**
 * `build` worked out once per knowledge base and kept while that knowledge base lives: the vocabularies,
 * spellings and names that every message is read against, built on first use rather than per message.
 */
export function perKnowledge<T>(build: (knowledge: Knowledge) => T): (knowledge: Knowledge) => T {
  const built = new WeakMap<Knowledge, T>();
  return (knowledge) => {
    let value = built.get(knowledge);
    if (value === undefined) built.set(knowledge, (value = build(knowledge)));
    return value;
  };
}
