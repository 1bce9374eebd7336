/** Thrown when the knowledge base is broken; `problems` lists every `file: field: what is wrong`. */
export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
