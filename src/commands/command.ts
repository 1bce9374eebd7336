import type { Result } from '../errors.js';
import type { createSearch } from '../knowledge/search.js';
import type { Knowledge } from '../knowledge/schema.js';
import type { ServiceDirectory } from '../knowledge/services.js';
import type { TopicIndex } from '../knowledge/topics.js';
import type { Reply } from '../reply.js';
import type { SettingsInput } from '../settings/read-settings.js';
import type { ChoiceSource, Setting } from '../settings/setting.js';

/** What every command can use; built once per process by the advisor. */
export interface CommandContext {
  knowledge: Knowledge;
  search: ReturnType<typeof createSearch>['search'];
  /** Whether the knowledge base's entries use a word (as search indexes them): what a typo is read against. */
  knows: ReturnType<typeof createSearch>['knows'];
  services: ServiceDirectory;
  topics: TopicIndex;
}

/** A command's input: its words (typed, or an argument's value) and any structured setting values. */
export interface CommandInput extends SettingsInput {
  args: string[];
  /** The words as typed, after the command name. */
  rest: string;
  /** The whole message as typed, command word included ("max payload lambda sync?"): what is asked when it is a question. */
  line: string;
  values: Readonly<Record<string, string>>;
}

/** A word or phrase a command takes in order (`compare <first> <second>`); its name is the Discord option's. */
export interface Arg {
  name: string;
  means: string;
  example: string;
  required?: boolean;
  /** Takes the rest of the words: a question, a description in the user's own words. */
  text?: boolean;
  complete?: ChoiceSource;
}

/** One subcommand: what it takes, and how it answers. Help, Discord options and forms are derived from this. */
export interface CommandSpec {
  /** A contract: Discord's subcommand name, the first word typed. */
  name: string;
  /** Other words that run this command ("about" runs topic). */
  aliases: readonly string[];
  summary: string;
  examples: readonly string[];
  args: readonly Arg[];
  settings: readonly Setting[];
  /**
   * The words as a question, when they are one rather than this command's input ("cost for fargate?",
   * "max payload lambda sync?"): usually `line`, the message as typed. The router then answers it as a
   * question. Commands never hand over to each other themselves.
   */
  questionOf?(input: CommandInput, ctx: CommandContext): string | undefined;
  run(input: CommandInput, ctx: CommandContext): Result<Reply>;
}
