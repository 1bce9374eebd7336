import Fuse from 'fuse.js';
import { ask } from './ask.js';
import type { CommandSpec } from './command.js';
import { compare } from './compare.js';
import { cost } from './cost.js';
import { help } from './help.js';
import { limits } from './limits.js';
import { recommendCommand } from './recommend.js';
import { topic } from './topic.js';

/** Every command, in the order help lists them. A function, not a constant, because help imports this file. */
export function commands(): readonly CommandSpec[] {
  return [compare, recommendCommand, cost, limits, topic, ask, help];
}

/** The command a word names exactly (its name or an alias), if any. */
export function findCommand(word: string): CommandSpec | undefined {
  const w = word.toLowerCase();
  return commands().find((c) => c.name === w || c.aliases.includes(w));
}

let fuse: Fuse<{ name: string }> | undefined;

/** The command a mistyped word most likely meant ("comapre" → compare), if one is close. */
export function closestCommand(word: string): string | undefined {
  fuse ??= new Fuse(
    commands().map((c) => ({ name: c.name })),
    { keys: ['name'], threshold: 0.3, includeScore: true },
  );
  return word.length >= 3 ? fuse.search(word.toLowerCase())[0]?.item.name : undefined;
}
