import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Advisor } from '../src/advisor.js';
import { createAdvisor } from '../src/advisor.js';
import { KnowledgeError, loadKnowledge } from '../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../src/knowledge/location.js';
import type { Knowledge } from '../src/knowledge/schema.js';
import type { Reply } from '../src/reply.js';
import { replyToText } from '../src/render-text.js';

/** Prices frozen for tests; the real table changes whenever AWS's prices (or a curator's sources) do. */
export const FIXTURE_PRICES = fileURLToPath(new URL('./fixtures/knowledge/prices.yaml', import.meta.url));

/** The real knowledge files with the fixture price table in place of `tables/prices.yaml`, through the loader. */
export function fixtureKnowledge(): Knowledge {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-prices-'));
  try {
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    copyFileSync(FIXTURE_PRICES, join(dir, 'tables', 'prices.yaml'));
    return loadKnowledge(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let shared: Advisor | undefined;

/** One advisor over the real knowledge base with fixture prices, validated from the files (not the snapshot), shared by a test file. */
export function advisor(): Advisor {
  shared ??= createAdvisor(fixtureKnowledge(), {
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
