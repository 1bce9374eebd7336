import { describe, expect, it } from 'vitest';
import { autocomplete } from '../../adapters/discord/autocomplete.js';
import { computeCommand } from '../../adapters/discord/commands.js';
import { commands } from '../../src/commands/registry.js';
import { commandLine } from '../../src/router.js';
import { advisor } from '../helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('/compute as a Discord slash command', () => {
  const command = computeCommand() as Json;
  const sub = (name: string) => (command.options as Json[]).find((o) => o.name === name) as Json;
  const optionNames = (name: string) => (sub(name).options as Json[]).map((o) => o.name as string);

  it('keeps the subcommands and option names other tools depend on, in their order (new options only after them)', () => {
    const startsWith = (name: string, names: string[]) => expect(optionNames(name).slice(0, names.length)).toEqual(names);
    expect(command.name).toBe('compute');
    expect((command.options as Json[]).map((o) => o.name).sort()).toEqual([
      'ask',
      'compare',
      'cost',
      'help',
      'limits',
      'recommend',
      'topic',
    ]);
    expect(optionNames('ask')).toEqual(['question']);
    expect(optionNames('compare')).toEqual(['first', 'second']);
    startsWith('limits', ['service']);
    expect(optionNames('topic')).toEqual(['name']);
    startsWith('help', []);
    expect(optionNames('recommend')).toEqual([
      'duration',
      'memory',
      'gpu',
      'traffic',
      'utilization',
      'state',
      'os',
      'connections',
      'package',
      'storage',
      'latency',
      'requests',
      'concurrency',
      'arch',
      'ops',
      'workload',
    ]);
    startsWith('cost', ['requests', 'duration', 'memory', 'arch', 'instance', 'instances', 'commitment', 'free-tier']);
  });

  it('autocompletes service and topic names, and offers choices for enums', () => {
    const auto = (s: string) => (sub(s).options as Json[]).filter((o) => o.autocomplete).map((o) => o.name);
    expect(auto('compare')).toEqual(['first', 'second']);
    expect(auto('limits')).toEqual(['service']);
    expect(auto('topic')).toEqual(['name']);
    const traffic = (sub('recommend').options as Json[]).find((o) => o.name === 'traffic');
    expect(traffic?.choices.map((c: Json) => c.value)).toEqual(['steady', 'bursty', 'spiky', 'scheduled', 'unpredictable']);
  });

  it("derives every core command and setting: a setting is an option, or typed into the command's free-text option", () => {
    expect((command.options as Json[]).map((o) => o.name).sort()).toEqual(
      commands()
        .map((c) => c.name)
        .sort(),
    );
    for (const spec of commands()) {
      const names = optionNames(spec.name);
      for (const arg of spec.args) expect(names, `${spec.name} ${arg.name}`).toContain(arg.name);
      const freeText = spec.args.find((a) => a.text);
      for (const setting of spec.settings) {
        if (!names.includes(setting.name))
          expect(freeText, `${spec.name} ${setting.name} has no option and no free text to type it in`).toBeDefined();
      }
      for (const setting of spec.settings.filter((s) => s.offer)) expect(names, `${spec.name} ${setting.name}`).toContain(setting.name);
      for (const o of sub(spec.name).options as Json[]) {
        expect(o.description.length, `${spec.name} ${o.name}`).toBeLessThanOrEqual(100);
        const setting = spec.settings.find((x) => x.name === o.name);
        for (const c of (o.choices ?? []) as Json[]) expect(setting?.parse(c.value as string).ok, `${o.name}=${c.value}`).toBe(true);
      }
    }
  });

  it("spells options back as the core command line, in the command's declared order", () => {
    expect(commandLine('recommend', { gpu: 'yes', workload: 'nightly  report\njob', duration: '20 m' })).toBe(
      'recommend nightly report job duration=20 m gpu=yes',
    );
    expect(commandLine('cost', { 'free-tier': 'no', requests: '3M' })).toBe('cost requests=3M free-tier=no');
    expect(commandLine('compare', { first: 'ec2', second: 'lambda' })).toBe('compare ec2 lambda');
    expect(commandLine('ask', { question: 'why does my lambda time out' })).toBe('ask why does my lambda time out');
    expect(commandLine('topic', { name: 'cold-starts' })).toBe('topic cold-starts');
    expect(commandLine('help', {})).toBe('help');
  });

  it('answers options exactly as the same words typed in the terminal', () => {
    const values = { duration: '20 m', gpu: 'yes', memory: '12gb', workload: 'nightly report job' };
    const typed = advisor().handle('recommend nightly report job duration=20m gpu=yes memory=12gb');
    expect(advisor().run('recommend', values)).toEqual(typed);
    expect(advisor().run('cost', { requests: '3M', duration: '120ms', memory: '512mb', instance: 'm5.large' })).toEqual(
      advisor().handle('cost requests=3M duration=120ms memory=512mb instance=m5.large'),
    );
    expect(advisor().run('compare', { first: 'ec2', second: 'lambda' })).toEqual(advisor().handle('ec2-vs-lambda'));
  });

  it('says what was wrong with an option value, an unknown option or an unknown subcommand instead of answering something else', () => {
    expect(advisor().run('recommend', { gpu: 'maybe' }).summary).toContain('`gpu`: "maybe" is not yes or no.');
    const stale = advisor().run('recommend', { colour: 'blue' });
    expect(stale.data?.error).toEqual({ code: 'unknown-option' });
    expect(stale.summary).toContain('colour');
    const unknown = advisor().run('recomend', {});
    expect(unknown.data?.error).toEqual({ code: 'unknown-command' });
    expect(unknown.data?.suggestions).toEqual(['recommend']);
  });
});

describe('autocomplete', () => {
  const ctx = () => advisor();

  it('finds services through typos and offers at most 25 choices', () => {
    expect(autocomplete(ctx(), 'limits', 'service', 'fargat')[0]).toEqual({ name: 'AWS Fargate', value: 'fargate' });
    expect(autocomplete(ctx(), 'compare', 'first', '').length).toBe(Math.min(25, ctx().context.services.all.length));
  });

  it('finds topics by title words and answers with the entry id, within 100 characters', () => {
    const choices = autocomplete(ctx(), 'topic', 'name', 'cold start');
    expect(choices.map((c) => c.value)).toContain('cold-starts');
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of autocomplete(ctx(), 'topic', 'name', '')) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('completes EC2 instance types from the price table, and nothing for options without a list', () => {
    expect(autocomplete(ctx(), 'cost', 'instance', 'm5.l').map((c) => c.value)).toContain('m5.large');
    expect(autocomplete(ctx(), 'cost', 'duration', '20')).toEqual([]);
  });
});
