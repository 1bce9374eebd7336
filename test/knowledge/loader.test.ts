import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../../src/knowledge/location.js';
import { knowledgeProblems as problems } from '../helpers.js';

describe('the bundled knowledge base', () => {
  const kb = loadKnowledge(defaultKnowledgeDir());

  it('loads without problems and has at least 60 entries', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(60);
  });

  it('cites a source for every entry and an as-of date for every quota', () => {
    for (const e of kb.entries) expect(e.sources.length, e.id).toBeGreaterThan(0);
    for (const q of kb.quotas) expect(q.source.asOf, q.id).toBeTruthy();
  });

  it('has incident entries with cause, what to do now and what to change later', () => {
    const errors = kb.entries.filter((e) => e.kind === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const e of errors) expect(e.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Cause', 'Do now', 'Change later']));
  });

  it('has a comparison card for the pairs people ask about most', () => {
    const pairs = kb.entries.filter((e) => e.kind === 'comparison').map((e) => [...e.services].sort().join('-'));
    expect(pairs).toEqual(expect.arrayContaining(['ec2-lambda', 'fargate-lambda', 'ec2-fargate', 'ecs-eks']));
  });
});

describe('loader errors name the file, the field and the problem', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

  it('reports a missing required field', () => {
    edit('entries/lambda-timeout.md', (t) => t.replace(/^title: .*\n/m, ''));
    expect(problems(dir)).toEqual(['entries/lambda-timeout.md: title: Invalid input: expected string, received undefined']);
  });

  it('reports a bad kind with the allowed values', () => {
    edit('entries/lambda-timeout.md', (t) => t.replace(/^kind: .*$/m, 'kind: limt'));
    expect(problems(dir)).toEqual([expect.stringMatching(/^entries\/lambda-timeout\.md: kind: .*"service"/)]);
  });

  it('reports broken YAML with its line', () => {
    edit('entries/lambda-timeout.md', (t) => t.replace(/^tags: .*$/m, 'tags: [lambda-timeout'));
    const line = readFileSync(join(dir, 'entries/lambda-timeout.md'), 'utf8').split('\n').findIndex((l) => l.startsWith('tags:')) + 1;
    expect(problems(dir)).toEqual([expect.stringMatching(new RegExp(`^entries/lambda-timeout\\.md: yaml: line (${line}|${line + 1}): `))]);
  });

  it('reports a file without front matter', () => {
    writeFileSync(join(dir, 'entries/notes.md'), '# just notes\n');
    expect(problems(dir)).toEqual(["entries/notes.md: front matter: the file must start with a '---' line and close it with another '---'"]);
  });

  it('reports an id that does not match the file name, and a missing required section', () => {
    edit('entries/lambda-timeout.md', (t) => t.replace(/^id: .*$/m, 'id: lambda-time-out'));
    edit('entries/lambda-task-timed-out.md', (t) => t.replace(/^## Do now$/m, '## Right now'));
    expect(problems(dir)).toEqual(
      expect.arrayContaining([
        "entries/lambda-timeout.md: id: 'lambda-time-out' must match the file name",
        "entries/lambda-task-timed-out.md: body: a error entry needs a non-empty '## Do now' section",
      ]),
    );
  });

  it('reports a default region the price table has no prices for', () => {
    edit('tables/prices.yaml', (t) => t.replace(/^defaultRegion: .*$/m, 'defaultRegion: eu-west-1'));
    expect(problems(dir)).toEqual(['tables/prices.yaml: defaultRegion: name a region listed under regions']);
  });

  it('reports references to unknown services and entries', () => {
    edit('entries/lambda-timeout.md', (t) => t.replace(/^services: .*$/m, 'services: [lambada]').replace(/^related: .*$/m, 'related: [no-such-entry]'));
    expect(problems(dir)).toEqual([
      "entries/lambda-timeout.md: services: 'lambada' is not in tables/services.yaml",
      "entries/lambda-timeout.md: related: no entry has the id 'no-such-entry'",
    ]);
  });

  it('reports a quota without an as-of date, and a value without a unit', () => {
    edit('tables/quotas.yaml', (t) => t.replace('    value: 900\n    unit: s\n', '    value: 900\n'));
    expect(problems(dir)).toEqual([expect.stringMatching(/^tables\/quotas\.yaml: quotas\.0: value and unit go together/)]);
  });

  it('reports a missing table file', () => {
    unlinkSync(join(dir, 'lexicon.yaml'));
    expect(problems(dir)).toEqual(['lexicon.yaml: file: missing']);
  });

  it('lists every problem at once rather than stopping at the first', () => {
    edit('entries/lambda-timeout.md', (t) => t.replace(/^kind: .*$/m, 'kind: nope'));
    edit('entries/ec2.md', (t) => t.replace(/^answer: /m, 'anwser: '));
    expect(problems(dir).length).toBeGreaterThanOrEqual(2);
  });
});
