import type { CommandSpec } from './command.js';

/** How a command is typed, from its declaration: `recommend [workload] duration=… gpu=yes|no …`, `cost requests=… …`. */
export function usageOf(spec: CommandSpec): string {
  const args = spec.args.map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`));
  // A command that reads free text leads with the settings that move its answer most; others with their first.
  const shown = spec.args.some((a) => a.text) ? spec.settings.filter((s) => s.offer === 'key') : spec.settings.slice(0, 3);
  const settings = shown.map((s) => `${s.name}=${s.choices ? s.choices.join('|') : '…'}`);
  const more = spec.settings.length > settings.length ? ['…'] : [];
  return [spec.name, ...args, ...settings, ...more].join(' ');
}
