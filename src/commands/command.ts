import type { UserError } from '../errors.js';
import type { createSearch } from '../knowledge/search.js';
import type { Knowledge } from '../knowledge/schema.js';
import type { ServiceDirectory } from '../knowledge/services.js';
import type { TopicIndex } from '../knowledge/topics.js';
import type { Reply } from '../reply.js';

/** What every command can use; built once per process by the advisor. */
export interface CommandContext {
  knowledge: Knowledge;
  search: ReturnType<typeof createSearch>['search'];
  services: ServiceDirectory;
  topics: TopicIndex;
}

/** The words after the command name, and the same text as typed. */
export interface CommandInput {
  args: string[];
  rest: string;
}

/** One subcommand: how it is used, and how it answers. */
export interface CommandSpec {
  name: string;
  /** Other words that run this command ("about" runs topic). */
  aliases: readonly string[];
  usage: string;
  summary: string;
  examples: readonly string[];
  run(input: CommandInput, ctx: CommandContext): Reply | UserError;
}
