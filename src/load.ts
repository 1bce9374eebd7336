import { createAdvisor, type Advisor, type AdvisorOptions } from './advisor.js';
import { loadKnowledge } from './knowledge/loader.js';
import { defaultKnowledgeDir } from './knowledge/location.js';

/** Loads and validates the knowledge base (throws KnowledgeError listing every problem) and builds the advisor. */
export function loadAdvisor(options: AdvisorOptions & { knowledgeDir?: string } = {}): Advisor {
  return createAdvisor(loadKnowledge(options.knowledgeDir ?? defaultKnowledgeDir()), options);
}
