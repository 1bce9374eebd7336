import { APOLOGY_TEXT, APOLOGY_TITLE } from './apology.js';
import { listChoices, type Choice } from './choices.js';
import type { CommandContext } from './commands/command.js';
import { recommendationReply } from './commands/recommend.js';
import { UserError } from './errors.js';
import { separatesServices } from './recommend/engine.js';
import { readThread, type ThreadMessage } from './recommend/review.js';
import { withCitations } from './knowledge/citations.js';
import type { Knowledge } from './knowledge/schema.js';
import { createSearch } from './knowledge/search.js';
import { createServiceDirectory } from './knowledge/services.js';
import { createTopicIndex } from './knowledge/topics.js';
import { makeReply, type Reply } from './reply.js';
import { userErrorReply } from './error-reply.js';
import { routeText, routeValues, type StructuredValues } from './router.js';
import type { ChoiceSource } from './settings/setting.js';

export { userErrorReply };

/** Who asked and where; adapters fill what they know. The core uses it only to pass through. */
export interface HandleContext {
  platform?: 'cli' | 'slack' | 'discord';
  user?: string;
  channel?: string;
}

export interface Advisor {
  /** Turns one message into a reply. Never throws: bugs become an apology reply and go to `onError`. */
  handle(text: string, ctx?: HandleContext): Reply;
  /** Runs a command from structured values (Discord options, form fields). Never throws. */
  run(command: string, values: StructuredValues, ctx?: HandleContext): Reply;
  /** What a setting or argument can name, for autocomplete (built once). */
  choices(source: ChoiceSource): readonly Choice[];
  /** The services it covers, in running prose ("Lambda, EC2, … or Batch"), for banners and greetings. */
  servicesInProse(conjunction: 'and' | 'or'): string;
  /** Recommends from the workload traits mentioned across a thread's messages. Never throws. */
  review(messages: readonly ThreadMessage[], ctx?: HandleContext): Reply;
  /** The loaded knowledge and indexes, for tools (eval, bench); adapters use the methods above. */
  readonly context: CommandContext;
}

export interface AdvisorOptions {
  /** Called with unexpected errors (bugs), so adapters can log them with context. */
  onError?: (error: unknown, ctx: HandleContext) => void;
  /** A search index saved for this same knowledge (from the build-time snapshot). */
  savedIndex?: unknown;
}

/** Builds the indexes once and returns the advisor. */
export function createAdvisor(loaded: Knowledge, options: AdvisorOptions = {}): Advisor {
  // Every reply cites what its reader can open: bundled notes point at the entry they back.
  const knowledge = withCitations(loaded);
  const { search, knows } = createSearch(knowledge, options.savedIndex);
  const context: CommandContext = {
    knowledge,
    search,
    knows,
    services: createServiceDirectory(knowledge.services),
    topics: createTopicIndex(knowledge.entries),
  };
  const lists = new Map<ChoiceSource, readonly Choice[]>();
  return {
    context,
    handle(text, ctx = {}) {
      return guarded(() => routeText(text, context), ctx);
    },
    run(command, values, ctx = {}) {
      return guarded(() => routeValues(command, values, context), ctx);
    },
    servicesInProse: (conjunction) => context.services.listInProse(conjunction),
    choices(source) {
      let list = lists.get(source);
      if (!list) lists.set(source, (list = listChoices(context, source)));
      return list;
    },
    review(messages, ctx = {}) {
      return guarded(() => reviewReply(messages, context), ctx);
    },
  };

  /** Bugs become an apology reply (and go to `onError`), never an exception in an adapter. */
  function guarded(answer: () => Reply, ctx: HandleContext): Reply {
    try {
      return answer();
    } catch (error) {
      options.onError?.(error, ctx);
      return makeReply({
        kind: 'error',
        title: APOLOGY_TITLE,
        summary: APOLOGY_TEXT,
      });
    }
  }
}

function reviewReply(messages: readonly ThreadMessage[], ctx: CommandContext): Reply {
  const read = readThread(messages, ctx.knowledge.lexicon.traits);
  if (!read.ok) return userErrorReply(read.error);
  const thread = read.value;
  if (!separatesServices(thread.request.workload, ctx.knowledge)) {
    return userErrorReply(
      new UserError(
        'review-too-little',
        `The thread mentions too little to choose between services. What I read:\n${thread.drawnOn.map((d) => `- ${d}`).join('\n')}`,
        'Mention the run time, traffic shape, state or GPU needs, then ask me to review again.',
      ),
    );
  }
  const reply = recommendationReply(thread.request, ctx.knowledge, [
    `Read ${thread.used} of ${messages.length} message${messages.length === 1 ? '' : 's'} in the thread.`,
    ...thread.drawnOn,
  ]);
  return { ...reply, title: `Thread review — ${reply.title}` };
}
