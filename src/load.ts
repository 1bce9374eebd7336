import { dirname, join } from 'node:path';
import { createAdvisor, type Advisor, type AdvisorOptions } from './advisor.js';
import { defaultKnowledgeDir } from './knowledge/location.js';
import { hashKnowledge, readSnapshot } from './knowledge/snapshot.js';

/** Where `npm run build` writes the knowledge snapshot, relative to the knowledge folder. */
export function snapshotPath(knowledgeDir: string): string {
  return join(dirname(knowledgeDir), 'dist', 'knowledge-snapshot.json');
}

/**
 * Builds the advisor. Uses the build-time snapshot when it was made from exactly these knowledge files;
 * otherwise loads and validates them (throwing KnowledgeError with every problem). The validator and its
 * YAML parser are imported only on that path, which keeps start-up fast.
 */
export async function loadAdvisor(options: AdvisorOptions & { knowledgeDir?: string } = {}): Promise<Advisor> {
  const dir = options.knowledgeDir ?? defaultKnowledgeDir();
  const snapshot = readSnapshot(snapshotPath(dir), hashKnowledge(dir));
  if (snapshot) return createAdvisor(snapshot.knowledge, { ...options, savedIndex: snapshot.index });
  const { loadKnowledge } = await import('./knowledge/loader.js');
  return createAdvisor(loadKnowledge(dir), options);
}
