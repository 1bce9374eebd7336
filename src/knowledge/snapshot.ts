import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Knowledge } from './schema.js';

/**
 * A validated knowledge base with its search index, written at build time so that start-up can skip
 * YAML parsing, zod validation and indexing. It is used only when `hash` matches the files on disk.
 */
export interface Snapshot {
  version: 1;
  hash: string;
  knowledge: Knowledge;
  /** MiniSearch's own serialised index. */
  index: unknown;
}

const SNAPSHOT_VERSION = 1;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : /\.(md|ya?ml)$/.test(name) ? [path] : [];
    });
}

/** A fingerprint of every knowledge file's name and content. */
export function hashKnowledge(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) {
    hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The snapshot at `path` if it exists and was made from exactly these knowledge files. */
export function readSnapshot(path: string, hash: string): Snapshot | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
    return snapshot.version === SNAPSHOT_VERSION && snapshot.hash === hash ? snapshot : undefined;
  } catch {
    return undefined; // a damaged snapshot is only a missed shortcut: the caller loads the files instead
  }
}

/** Builds the snapshot document. */
export function makeSnapshot(hash: string, knowledge: Knowledge, index: unknown): Snapshot {
  return { version: SNAPSHOT_VERSION, hash, knowledge, index };
}
