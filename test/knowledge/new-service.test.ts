import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete } from '../../adapters/discord/autocomplete.js';
import { createAdvisor, type Advisor } from '../../src/advisor.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../../src/knowledge/location.js';
import { replyToText } from '../../src/render-text.js';

const SERVICE = `  - id: quarkbox
    name: AWS Quarkbox
    short: Quarkbox
    aliases: [quarkbox, quark box]
    entry: quarkbox
    choose: made-up work that only exists in this test
    profile:
      model: A made-up service for a test
      runTime: Up to 1 hour per run
      resources: Whatever the test needs
      gpu: None
      scaling: Imaginary
      billing: Free, being imaginary
      operations: None at all
    source:
      title: The new-service test
      ref: test/knowledge/new-service.test.ts
      asOf: 2026-01-01
`;

const QUOTA = `  - id: quarkbox.timeout
    service: quarkbox
    name: Quarkbox maximum run time
    value: 3600
    unit: s
    display: 1 hour
    adjustable: false
    source: { title: The new-service test, ref: test/knowledge/new-service.test.ts, asOf: 2026-01-01 }
`;

const ENTRY = `---
id: quarkbox
title: AWS Quarkbox
kind: service
tags: [decision]
services: [quarkbox]
sources:
  - title: The new-service test
    ref: test/knowledge/new-service.test.ts
answer: Quarkbox is a made-up service that exists only to show a curator can add one as data.
---
## What it is
A made-up service.

## Use it when
You are a test.

## Avoid it when
You are a real workload.

## Common mistakes
Believing it exists.
`;

describe('a service added as data only, with no code change', () => {
  let dir: string;
  let advisor: Advisor;
  const text = (line: string) => replyToText(advisor.handle(line));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-new-service-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    const append = (file: string, list: string, row: string) => {
      const path = join(dir, 'tables', file);
      const yaml = readFileSync(path, 'utf8');
      if (!yaml.includes(`\n${list}:\n`)) throw new Error(`${file} has no ${list} list`);
      writeFileSync(path, yaml.replace(`\n${list}:\n`, `\n${list}:\n${row}`));
    };
    append('services.yaml', 'services', SERVICE);
    append('quotas.yaml', 'quotas', QUOTA);
    const rules = join(dir, 'tables', 'rules.yaml');
    writeFileSync(rules, readFileSync(rules, 'utf8').replace(/^preference: \[(.*)\]$/m, 'preference: [$1, quarkbox]'));
    writeFileSync(join(dir, 'entries', 'quarkbox.md'), ENTRY);
    advisor = createAdvisor(loadKnowledge(dir), { onError: (error) => { throw error; } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compares it with Lambda', () => {
    const reply = advisor.handle('compare quarkbox-vs-lambda');
    expect(reply).toMatchObject({ kind: 'compare', title: 'AWS Quarkbox vs AWS Lambda', data: { services: ['quarkbox', 'lambda'] } });
    expect(replyToText(reply)).toContain('Up to 1 hour per run');
  });

  it('lists its limits', () => {
    expect(advisor.handle('limits quarkbox')).toMatchObject({ kind: 'limits', title: 'AWS Quarkbox limits', data: { limits: [{ id: 'quarkbox.timeout', display: '1 hour' }] } });
  });

  it('names it in help, in the prose and in the list of services', () => {
    // The new row is the table's first, so it leads the prose.
    expect(text('help')).toMatch(/Ask me anything about Quarkbox, (\w+, )+\w+ or \w+, or use a command below\./);
    const services = advisor.handle('help').blocks.find((b) => b.type === 'section' && b.heading === 'Services');
    expect(services).toMatchObject({ markdown: expect.stringContaining('`quarkbox`') });
  });

  it('ranks it in a recommendation', () => {
    const ranked = (advisor.handle('recommend duration=20m traffic=steady').data?.recommendation as { ranked: { service: string }[] }).ranked;
    expect(ranked.map((r) => r.service)).toContain('quarkbox');
  });

  it('offers it in Discord autocomplete', () => {
    expect(autocomplete(advisor, 'compare', 'first', 'quark')).toContainEqual({ name: 'AWS Quarkbox', value: 'quarkbox' });
  });

  it('says it knows about it when it cannot answer', () => {
    expect(text('how do I make pancakes')).toMatch(/I only know about AWS compute — Quarkbox, (\w+, )+\w+ and \w+ — /);
  });
});
