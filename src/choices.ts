/** What the advisor can list for autocomplete: the services, topics and instance types it knows. */
import type { CommandContext } from './commands/command.js';
import type { ChoiceSource } from './settings/setting.js';

export interface Choice {
  /** What people see. */
  name: string;
  /** What the command receives. */
  value: string;
}

/** Every choice of one source, in the knowledge base's order. */
export function listChoices(ctx: CommandContext, source: ChoiceSource): Choice[] {
  switch (source) {
    case 'services':
      return ctx.services.all.map((s) => ({ name: s.name, value: s.id }));
    case 'topics':
      return ctx.knowledge.entries.map((e) => ({ name: e.title, value: e.id }));
    case 'instances':
      return [...new Set(ctx.knowledge.prices.flatMap((r) => r.ec2.instances.map((i) => i.type)))].map((t) => ({ name: t, value: t }));
  }
}
