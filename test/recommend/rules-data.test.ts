/** The engine's numbers and rules are data: editing the YAML tables changes the answers, and bad edits are refused. */
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
  dir = mkdtempSync(join(tmpdir(), 'kb-rules-'));
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(dir, 'tables', file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
};
const problems = () => knowledgeProblems(dir);
const service = (line: string) =>
  (createAdvisor(loadKnowledge(dir)).handle(line).data?.recommendation as { ranked: { service: string; verdict: string }[] }).ranked.find(
    (r) => r.service === 'lambda',
  )?.verdict;

describe('rules and limits come from the knowledge tables', () => {
  it('moves the timeout rule when the quota row changes', () => {
    expect(service('recommend duration=700s traffic=bursty')).not.toBe('ruled out');
    edit('quotas.yaml', /(id: lambda\.timeout[\s\S]*?value: )900/, '$1600');
    expect(service('recommend duration=700s traffic=bursty')).toBe('ruled out');
  });

  it('changes the ranking when a signal weight changes', () => {
    const pick = () =>
      (createAdvisor(loadKnowledge(dir)).handle('recommend traffic=bursty').data?.recommendation as { service: string }).service;
    expect(pick()).toBe('lambda');
    edit('rules.yaml', 'lambda: { score: 3, quota', 'lambda: { score: -3, quota');
    expect(pick()).not.toBe('lambda');
  });

  it('sizes fleets with the headroom and type of the sizing table, and refuses a type it has no price for', () => {
    const ec2 = () =>
      (createAdvisor(loadKnowledge(dir)).handle('cost requests=120M duration=800ms memory=1.5gb').data?.cost as { ec2: unknown }).ec2;
    expect(ec2()).toMatchObject({ instance: 'm5.large', instances: 9 });
    edit('rules.yaml', 'headroom: 0.3', 'headroom: 0');
    edit('rules.yaml', 'fleet: { x86: m5.large', 'fleet: { x86: r5.large');
    expect(ec2()).toMatchObject({ instance: 'r5.large', instances: 4 });
    edit('rules.yaml', 'fleet: { x86: r5.large', 'fleet: { x86: m9.huge');
    expect(problems()).toContain("tables/rules.yaml: sizing.fleet.x86: tables/prices.yaml has no us-east-1 price for 'm9.huge'");
  });

  it('refuses a deciding question whose values the setting cannot read', () => {
    edit('rules.yaml', 'values: [steady, bursty, scheduled]', 'values: [steady, lumpy]');
    expect(problems()).toContainEqual(expect.stringMatching(/^tables\/rules\.yaml: questions\.0\.values: .*lumpy/));
  });

  it('refuses a score on a limit that rules the service out, since only a workaround is weighed', () => {
    edit('rules.yaml', 'says: "It needs a GPU (Lambda: {limit})"\n', 'says: "It needs a GPU (Lambda: {limit})"\n    score: -2\n');
    expect(problems()).toContainEqual(expect.stringMatching(/rules\.yaml: limits\.\d+.*`score` weighs a workaround/));
  });

  it('prints the bills only in a signal that compares them', () => {
    edit('rules.yaml', 'says: Traffic is steady\n', 'says: Traffic is steady {bills}\n');
    expect(problems()).toContainEqual(expect.stringMatching(/signals\.\d+ \(steady-traffic\)\.says: unknown placeholder \{bills\}$/));
  });

  it('refuses rules that refer to a quota, setting, entry or service that does not exist', () => {
    edit('rules.yaml', 'quota: lambda.gpu\n', 'quota: lambda.gpus\n');
    edit('rules.yaml', 'when: { traffic: [scheduled] }', 'when: { trafic: [scheduled] }');
    edit('rules.yaml', 'entry: websockets-on-lambda', 'entry: websockets-on-lamda');
    edit('rules.yaml', 'ec2: { score: 2, why: "GPU instance families', 'ec3: { score: 2, why: "GPU instance families');
    const found = problems();
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tables\/rules\.yaml: limits\.\d+\.quota: tables\/quotas\.yaml has no row 'lambda\.gpus'$/),
        expect.stringMatching(/^tables\/rules\.yaml: signals\.\d+ \(scheduled-traffic\)\.when: 'trafic' is not a workload setting/),
        expect.stringMatching(
          /^tables\/rules\.yaml: signals\.\d+ \(persistent-connections\)\.entry: no entry has the id 'websockets-on-lamda'$/,
        ),
        expect.stringMatching(/^tables\/rules\.yaml: signals\.\d+ \(gpu\)\.effects: 'ec3' is not in tables\/services\.yaml$/),
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('cites the quota a signal rests on and prints its figure, which comes from the quota row', () => {
    const fargate = () => {
      const rec = createAdvisor(loadKnowledge(dir)).handle('recommend storage=50gb').data?.recommendation as {
        service: string;
        ranked: { service: string; reasons: { text: string; fact: string; source: { ref: string } }[] }[];
      };
      return { pick: rec.service, reasons: rec.ranked.find((r) => r.service === 'fargate')?.reasons ?? [] };
    };
    expect(fargate().pick).toBe('fargate');
    expect(fargate().reasons).toContainEqual(
      expect.objectContaining({
        text: expect.stringContaining(
          "It needs 50 GB of local disk: a task's ephemeral storage holds it (20 GB included, configurable up to 200 GiB)",
        ),
        fact: 'fargate.ephemeral-storage',
        source: expect.objectContaining({ ref: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html' }),
      }),
    );
    edit('quotas.yaml', 'display: 20 GB included, configurable up to 200 GiB', 'display: 20 GB included, up to 300 GiB');
    expect(fargate().reasons.map((r) => r.text)).toContainEqual(expect.stringContaining('(20 GB included, up to 300 GiB)'));
  });

  it('cites the quota an effect names for its own figure, beside the signal it belongs to', () => {
    const ranked = () =>
      (
        createAdvisor(loadKnowledge(dir)).handle('recommend traffic=bursty').data?.recommendation as {
          ranked: { service: string; reasons: { text: string; fact: string; source: { ref: string } }[] }[];
        }
      ).ranked;
    const reasonOf = (service: string) => ranked().find((r) => r.service === service)?.reasons[0];
    expect(reasonOf('lambda')).toMatchObject({
      text: expect.stringContaining('by 1,000 new execution environments every 10 seconds per function'),
      fact: 'lambda.scaling-rate',
      source: { ref: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html' },
    });
    expect(reasonOf('ec2')).toMatchObject({ fact: 'ec2.launch-time' });
    edit('quotas.yaml', 'display: 1,000 new execution environments every 10 seconds', 'display: 500 new environments a minute');
    expect(reasonOf('lambda')?.text).toContain('by 500 new environments a minute per function');
    edit('rules.yaml', 'quota: lambda.scaling-rate, why', 'quota: lambda.scaling-rates, why');
    expect(problems()).toContainEqual(
      expect.stringMatching(
        /signals\.\d+ \(bursty-traffic\)\.effects\.lambda\.quota: tables\/quotas\.yaml has no row 'lambda\.scaling-rates'$/,
      ),
    );
    edit('rules.yaml', 'quota: fargate.start-time, why: "service auto scaling', 'why: "{limit} service auto scaling');
    expect(problems()).toContainEqual(expect.stringMatching(/\(bursty-traffic\)\.effects\.fargate\.why: unknown placeholder \{limit\}$/));
  });

  it('refuses a signal that rests on both an entry and a quota, or on neither', () => {
    const refused = expect.stringMatching(/^tables\/rules\.yaml: signals\.\d+: a signal rests on an `entry` or a `quota`/);
    edit('rules.yaml', 'id: disk-beyond-lambda\n', 'id: disk-beyond-lambda\n    entry: fargate\n');
    expect(problems()).toContainEqual(refused);
    edit('rules.yaml', 'id: disk-beyond-lambda\n    entry: fargate\n    quota: fargate.ephemeral-storage\n', 'id: disk-beyond-lambda\n');
    expect(problems()).toContainEqual(refused);
  });

  it('prints a quota figure only in a signal that rests on a quota', () => {
    edit('rules.yaml', 'says: Traffic is steady\n', 'says: Traffic is steady ({limit})\n');
    expect(problems()).toContainEqual(expect.stringMatching(/signals\.\d+ \(steady-traffic\)\.says: unknown placeholder \{limit\}$/));
  });

  it('refuses a malformed rule with the field that is wrong', () => {
    edit(
      'rules.yaml',
      'score: 3, quota: lambda.scaling-rate, why: "scales per request',
      'score: lots, quota: lambda.scaling-rate, why: "scales per request',
    );
    expect(problems()).toContainEqual(expect.stringMatching(/^tables\/rules\.yaml: signals\.\d+\.effects\.lambda\.score: /));
  });
});
