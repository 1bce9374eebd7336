import type { CommandSpec } from './command.js';

/** How a command is typed, from its declaration: `recommend [workload] duration=… gpu=yes|no …`. */
export function usageOf(spec: CommandSpec): string {
  const args = spec.args.map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`));
  const shown = spec.settings.filter((s) => s.offer === 'key');
  const settings = (shown.length > 0 ? shown : spec.settings.slice(0, 4)).map((s) => `${s.name}=${s.choices ? s.choices.join('|') : '…'}`);
  const more = spec.settings.length > settings.length ? ['…'] : [];
  return [spec.name, ...args, ...settings, ...more].join(' ');
}
