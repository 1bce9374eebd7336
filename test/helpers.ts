import type { Advisor } from '../src/advisor.js';
import { createAdvisor } from '../src/advisor.js';
import { KnowledgeError, loadKnowledge } from '../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../src/knowledge/location.js';
import type { Reply } from '../src/reply.js';
import { replyToText } from '../src/render-text.js';

let shared: Advisor | undefined;

/** One advisor over the real knowledge base, validated from the files (not the snapshot), shared by a test file. */
export function advisor(): Advisor {
  shared ??= createAdvisor(loadKnowledge(defaultKnowledgeDir()), {
    onError: (error) => {
      throw error;
    },
  });
  return shared;
}

/** Handles a message and returns the reply with its plain text, for whole-output assertions. */
export function ask(text: string): Reply & { text: string } {
  const reply = advisor().handle(text);
  return { ...reply, text: replyToText(reply) };
}

/** Loads a knowledge folder and returns its problems (empty when it loads). */
export function knowledgeProblems(dir: string): string[] {
  try {
    loadKnowledge(dir);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
}
