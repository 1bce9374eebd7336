import { describe, expect, it } from 'vitest';
import { autocomplete } from '../../adapters/discord/autocomplete.js';
import { computeCommand, COST_OPTIONS, optionsToCommand, RECOMMEND_OPTIONS } from '../../adapters/discord/commands.js';
import { costParamSpecs } from '../../src/cost/cost-params.js';
import { FIELDS, isFieldName } from '../../src/recommend/fields.js';
import { advisor } from '../helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('/compute as a Discord slash command', () => {
  const command = computeCommand() as Json;
  const sub = (name: string) => (command.options as Json[]).find((o) => o.name === name) as Json;
  const optionNames = (name: string) => (sub(name).options as Json[]).map((o) => o.name as string);

  it('has the subcommands and option names other tools depend on', () => {
    expect(command.name).toBe('compute');
    expect((command.options as Json[]).map((o) => o.name).sort()).toEqual(['ask', 'compare', 'cost', 'help', 'limits', 'recommend', 'topic']);
    expect(optionNames('ask')).toEqual(['question']);
    expect(optionNames('compare')).toEqual(['first', 'second']);
    expect(optionNames('limits')).toEqual(['service']);
    expect(optionNames('topic')).toEqual(['name']);
    expect(optionNames('help')).toEqual([]);
    expect(optionNames('recommend')).toEqual(['duration', 'memory', 'gpu', 'traffic', 'utilization', 'state', 'os', 'connections', 'package', 'storage', 'latency', 'requests', 'concurrency', 'arch', 'ops', 'workload']);
    expect(optionNames('cost')).toEqual(['requests', 'duration', 'memory', 'arch', 'instance', 'instances', 'commitment', 'free-tier']);
  });

  it('autocompletes service and topic names, and offers choices for enums', () => {
    const auto = (s: string) => (sub(s).options as Json[]).filter((o) => o.autocomplete).map((o) => o.name);
    expect(auto('compare')).toEqual(['first', 'second']);
    expect(auto('limits')).toEqual(['service']);
    expect(auto('topic')).toEqual(['name']);
    const traffic = (sub('recommend').options as Json[]).find((o) => o.name === 'traffic');
    expect(traffic?.choices.map((c: Json) => c.value)).toEqual(['steady', 'bursty', 'spiky', 'scheduled', 'unpredictable']);
  });

  it('names only settings the core understands, and every choice parses as the core reads it', () => {
    const costSpecs = costParamSpecs(advisor().context.knowledge);
    for (const o of RECOMMEND_OPTIONS.filter((x) => x.name !== 'workload')) {
      expect(isFieldName(o.name), o.name).toBe(true);
      for (const c of o.choices ?? []) expect(FIELDS[o.name as keyof typeof FIELDS].parse(c).ok, `${o.name}=${c}`).toBe(true);
    }
    for (const o of COST_OPTIONS) {
      expect(costSpecs[o.name], o.name).toBeDefined();
      for (const c of o.choices ?? []) expect(costSpecs[o.name]?.parse(c).ok, `${o.name}=${c}`).toBe(true);
    }
  });

  it('spells options back as the core command line, in the command\'s option order', () => {
    expect(optionsToCommand('recommend', [{ name: 'gpu', value: 'yes' }, { name: 'workload', value: 'nightly  report\njob' }, { name: 'duration', value: '20 m' }])).toBe('recommend nightly report job duration=20 m gpu=yes');
    expect(optionsToCommand('cost', [{ name: 'free-tier', value: 'no' }, { name: 'requests', value: '3M' }])).toBe('cost requests=3M free-tier=no');
    expect(optionsToCommand('compare', [{ name: 'first', value: 'ec2' }, { name: 'second', value: 'lambda' }])).toBe('compare ec2 lambda');
    expect(optionsToCommand('ask', [{ name: 'question', value: 'why does my lambda time out' }])).toBe('ask why does my lambda time out');
    expect(optionsToCommand('topic', [{ name: 'name', value: 'cold-starts' }])).toBe('topic cold-starts');
    expect(optionsToCommand('help', [])).toBe('help');
  });

  it('answers what the same words typed in the terminal answer', () => {
    const line = optionsToCommand('recommend', [{ name: 'duration', value: '20m' }, { name: 'gpu', value: 'yes' }, { name: 'memory', value: '12gb' }]);
    expect(advisor().handle(line).title).toBe(advisor().handle('recommend duration=20m gpu=yes memory=12gb').title);
    expect(advisor().handle(line).kind).toBe('recommend');
  });
});

describe('autocomplete', () => {
  const ctx = () => advisor().context;

  it('finds services through typos and offers at most 25 choices', () => {
    expect(autocomplete(ctx(), 'service', 'fargat')[0]).toEqual({ name: 'AWS Fargate', value: 'fargate' });
    expect(autocomplete(ctx(), 'first', '').length).toBe(Math.min(25, ctx().services.all.length));
  });

  it('finds topics by title words and answers with the entry id, within 100 characters', () => {
    const choices = autocomplete(ctx(), 'name', 'cold start');
    expect(choices.map((c) => c.value)).toContain('cold-starts');
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of autocomplete(ctx(), 'name', '')) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('completes EC2 instance types from the price table, and nothing for options without a list', () => {
    expect(autocomplete(ctx(), 'instance', 'm5.l').map((c) => c.value)).toContain('m5.large');
    expect(autocomplete(ctx(), 'duration', '20')).toEqual([]);
  });
});
