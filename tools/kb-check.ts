/** `npm run kb:check`: validates the knowledge base and prints every problem as `file: field: what is wrong`. */
import { KnowledgeError, loadKnowledge } from '../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../src/knowledge/location.js';

const dir = process.argv[2] ?? defaultKnowledgeDir();
try {
  const kb = loadKnowledge(dir);
  const byKind = new Map<string, number>();
  for (const e of kb.entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`knowledge OK: ${kb.entries.length} entries (${kinds}), ${kb.services.length} services, ${kb.quotas.length} quotas`);
} catch (err) {
  if (!(err instanceof KnowledgeError)) throw err;
  for (const p of err.problems) console.error(p);
  console.error(`\n${err.problems.length} problem(s) in ${dir}`);
  process.exitCode = 1;
}
