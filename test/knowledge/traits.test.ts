/** Workload traits said in words are lexicon data: editing `lexicon.yaml` changes what is read, and bad edits are refused. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/advisor.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../../src/knowledge/location.js';
import { knowledgeProblems } from '../helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-traits-'));
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (from: string, to: string) => {
  const path = join(dir, 'lexicon.yaml');
  const before = readFileSync(path, 'utf8');
  expect(before).toContain(from);
  writeFileSync(path, before.replace(from, to));
};
const workload = (text: string) =>
  (createAdvisor(loadKnowledge(dir)).handle(`recommend ${text}`).data?.recommendation as { workload: Record<string, unknown> }).workload;

describe('lexicon traits', () => {
  it('reads a trait from the words the lexicon lists, and stops when they are taken out', () => {
    expect(workload('sporadic requests of about 3s each')).toMatchObject({ traffic: 'bursty' });
    edit('|sporadic|', '|');
    expect(workload('sporadic requests of about 3s each')).not.toHaveProperty('traffic');
  });

  it('refuses a trait whose setting, value or pattern is wrong', () => {
    edit("  - setting: gpu\n    value: false\n", "  - setting: gpus\n    value: false\n");
    expect(knowledgeProblems(dir)).toContainEqual(expect.stringMatching(/^lexicon\.yaml: traits\.0\.setting: 'gpus' is not a workload setting/));
    edit("  - setting: traffic\n    value: spiky\n", "  - setting: traffic\n    value: lumpy\n");
    edit("  - setting: gpus\n    value: false\n", "  - setting: gpu\n    value: false\n");
    expect(knowledgeProblems(dir)).toContainEqual(expect.stringMatching(/^lexicon\.yaml: traits\.2\.value: traffic does not take 'lumpy'/));
  });

  it('refuses a pattern that is not a regular expression', () => {
    edit("pattern: '\\b((no|without", "pattern: '\\b(((no|without");
    expect(knowledgeProblems(dir)).toContainEqual(expect.stringMatching(/^lexicon\.yaml: traits\.0\.pattern: is not a valid regular expression/));
  });
});
