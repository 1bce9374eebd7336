/**
 * Autocomplete for `/compute` options that name something in the knowledge base: services, topics and
 * EC2 instance types. Fuzzy (typos welcome), at most 25 choices, and in-memory only, so it answers in
 * well under Discord's 3-second window.
 */
import Fuse from 'fuse.js';
import type { CommandContext } from '../../src/commands/command.js';
import { truncate } from '../shared/split-text.js';
import { LIMITS } from './limits.js';

export interface Choice {
  name: string;
  value: string;
}

/** Which options autocomplete, and from what. */
const SOURCES: Record<string, (ctx: CommandContext) => Choice[]> = {
  first: services,
  second: services,
  service: services,
  name: (ctx) => ctx.knowledge.entries.map((e) => ({ name: e.title, value: e.id })),
  instance: (ctx) => [...new Set(ctx.knowledge.prices.flatMap((r) => r.ec2.instances.map((i) => i.type)))].map((t) => ({ name: t, value: t })),
};

function services(ctx: CommandContext): Choice[] {
  return ctx.services.all.map((s) => ({ name: s.name, value: s.id }));
}

const indexes = new WeakMap<CommandContext, Map<string, { all: Choice[]; fuse: Fuse<Choice> }>>();

/** Choices for the focused option given what the user has typed so far; [] for options without a source. */
export function autocomplete(ctx: CommandContext, option: string, typed: string): Choice[] {
  const source = SOURCES[option];
  if (!source) return [];
  let byOption = indexes.get(ctx);
  if (!byOption) indexes.set(ctx, (byOption = new Map<string, { all: Choice[]; fuse: Fuse<Choice> }>()));
  let index = byOption.get(option);
  if (!index) {
    const all = source(ctx).map((c) => ({ name: truncate(c.name, LIMITS.choiceName), value: c.value })).filter((c) => c.value.length <= LIMITS.choiceValue);
    index = { all, fuse: new Fuse(all, { keys: ['name', 'value'], threshold: 0.4, ignoreLocation: true }) };
    byOption.set(option, index);
  }
  const query = typed.trim().slice(0, 100);
  const found = query ? index.fuse.search(query).map((r) => r.item) : index.all;
  return found.slice(0, LIMITS.autocompleteChoices);
}
