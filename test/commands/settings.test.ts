import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/registry.js';
import type { Setting } from '../../src/settings/setting.js';
import { advisor } from '../helpers.js';

describe('settings are declared once and mean the same in every command', () => {
  it('gives each spelling one meaning across commands: a name or alias always stands for the same setting', () => {
    const meaning = new Map<string, Setting>();
    for (const spec of commands()) {
      for (const setting of spec.settings) {
        for (const word of [setting.name, ...setting.aliases]) {
          const seen = meaning.get(word);
          if (seen) expect(seen, `"${word}" in ${spec.name}`).toBe(setting);
          meaning.set(word, setting);
        }
      }
    }
    expect(meaning.get('arch')).toBe(meaning.get('architecture'));
    expect(meaning.get('cpu')?.name).toBe('vcpu');
  });

  it('reads arch=aarch64 as arm in recommend and in cost alike', () => {
    const rec = advisor().handle('recommend arch=aarch64 duration=200ms traffic=spiky');
    expect(rec.kind).toBe('recommend');
    expect((rec.data?.recommendation as { workload: Record<string, unknown> }).workload.arch).toBe('arm');
    const cost = advisor().handle('cost requests=3M duration=120ms memory=512mb arch=aarch64');
    expect(cost.kind).toBe('cost');
    expect(cost.summary).toBe(advisor().handle('cost requests=3M duration=120ms memory=512mb arch=arm').summary);
  });

  it('takes the same duration, memory and requests spellings in both commands', () => {
    const typed = advisor().handle('cost invocations=3M time=120ms ram=512mb');
    expect(typed.summary).toBe(advisor().handle('cost requests=3M duration=120ms memory=512mb').summary);
    const rec = advisor().handle('recommend invocations=3M time=120ms ram=512mb traffic=spiky');
    expect((rec.data?.recommendation as { workload: Record<string, unknown> }).workload).toMatchObject({
      requests: 3e6,
      duration: 0.12,
      memory: 512,
    });
  });

  it('lists every setting of a command in its help, with what it means and an example', () => {
    for (const spec of commands()) {
      const help = advisor().handle(`help ${spec.name}`);
      expect(help.kind, spec.name).toBe('help');
      const text = JSON.stringify(help.blocks);
      for (const s of spec.settings) expect(text, `${spec.name} ${s.name}`).toContain(`${s.name}=${s.example}`);
      for (const a of spec.args) expect(help.title, `${spec.name} ${a.name}`).toContain(a.name);
    }
  });
});
