import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../../src/knowledge/location.js';
import { buildIndex } from '../../src/knowledge/search.js';
import { hashKnowledge, makeSnapshot } from '../../src/knowledge/snapshot.js';
import { loadAdvisor, snapshotPath } from '../../src/load.js';

describe('the build-time knowledge snapshot', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'snap-'));
    dir = join(root, 'knowledge');
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    mkdirSync(join(root, 'dist'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const writeSnapshot = (title: string) => {
    const knowledge = loadKnowledge(dir);
    const entry = knowledge.entries.find((e) => e.id === 'lambda-timeout');
    if (entry) entry.title = title; // mark the snapshot so the test can tell which source answered
    writeFileSync(snapshotPath(dir), JSON.stringify(makeSnapshot(hashKnowledge(dir), knowledge, buildIndex(knowledge).toJSON())));
  };

  it('is used when it was made from exactly these files', async () => {
    writeSnapshot('From the snapshot');
    const advisor = await loadAdvisor({ knowledgeDir: dir });
    expect(advisor.handle('topic lambda-timeout').title).toBe('From the snapshot');
  });

  it('is ignored once any knowledge file changes, so answers are never stale', async () => {
    writeSnapshot('From the snapshot');
    const file = join(dir, 'entries', 'lambda-timeout.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited by a curator'));
    const advisor = await loadAdvisor({ knowledgeDir: dir });
    expect(advisor.handle('topic lambda-timeout').title).toBe('Edited by a curator');
  });

  it('is ignored when damaged', async () => {
    writeFileSync(snapshotPath(dir), '{"version": 1, "hash": ');
    const advisor = await loadAdvisor({ knowledgeDir: dir });
    expect(advisor.handle('topic lambda-timeout').title).toBe("Lambda's 15-minute timeout");
  });

  it('answers exactly as the freshly built index does', async () => {
    writeSnapshot("Lambda's 15-minute timeout");
    const fromSnapshot = await loadAdvisor({ knowledgeDir: dir });
    rmSync(snapshotPath(dir));
    const fromFiles = await loadAdvisor({ knowledgeDir: dir });
    for (const q of ['why does my lambda time out', 'fargate gpu', 'savings plans for lambda', 'ec2 wont start insufficient capacity']) {
      expect(fromSnapshot.handle(q)).toEqual(fromFiles.handle(q));
    }
  });
});
