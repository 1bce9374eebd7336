/** Part of `npm run build`: validates the knowledge base and writes the start-up snapshot (see src/knowledge/snapshot.ts). */
import { writeFileSync } from 'node:fs';
import { KnowledgeError, loadKnowledge } from '../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../src/knowledge/location.js';
import { buildIndex } from '../src/knowledge/search.js';
import { hashKnowledge, makeSnapshot } from '../src/knowledge/snapshot.js';
import { snapshotPath } from '../src/load.js';

const dir = defaultKnowledgeDir();
try {
  const knowledge = loadKnowledge(dir);
  writeFileSync(snapshotPath(dir), JSON.stringify(makeSnapshot(hashKnowledge(dir), knowledge, buildIndex(knowledge).toJSON())));
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
