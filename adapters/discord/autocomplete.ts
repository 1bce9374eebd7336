/**
 * Autocomplete for `/compute` options whose values name something the advisor knows: services, topics and
 * EC2 instance types (which option completes from what is declared in the core's commands). Fuzzy (typos
 * welcome), at most 25 choices, and in-memory only, so it answers well within Discord's 3-second window.
 */
import Fuse from 'fuse.js';
import type { Choice } from '../../src/choices.js';
import { findCommand } from '../../src/commands/registry.js';
import type { ChoiceSource } from '../../src/settings/setting.js';
import { truncate } from '../shared/split-text.js';
import { LIMITS } from './limits.js';

/** What autocomplete needs of the advisor. */
export interface ChoiceLister {
  choices(source: ChoiceSource): readonly Choice[];
}

/** The list an option completes from, if it completes. */
function sourceOf(subcommand: string, option: string): ChoiceSource | undefined {
  const spec = findCommand(subcommand);
  return spec?.args.find((a) => a.name === option)?.complete ?? spec?.settings.find((s) => s.name === option)?.complete;
}

const indexes = new WeakMap<readonly Choice[], { all: Choice[]; fuse: Fuse<Choice> }>();

/** Choices for the focused option given what the user has typed so far; [] for options that do not complete. */
export function autocomplete(advisor: ChoiceLister, subcommand: string, option: string, typed: string): Choice[] {
  const source = sourceOf(subcommand, option);
  if (!source) return [];
  const list = advisor.choices(source);
  let index = indexes.get(list);
  if (!index) {
    const all = list
      .map((c) => ({ name: truncate(c.name, LIMITS.choiceName), value: c.value }))
      .filter((c) => c.value.length <= LIMITS.choiceValue);
    index = { all, fuse: new Fuse(all, { keys: ['name', 'value'], threshold: 0.4, ignoreLocation: true }) };
    indexes.set(list, index);
  }
  const query = typed.trim().slice(0, 100);
  const found = query ? index.fuse.search(query).map((r) => r.item) : index.all;
  return found.slice(0, LIMITS.autocompleteChoices);
}
