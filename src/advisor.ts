import { groupDigits } from './number-format.js';
import type { CommandContext } from './commands/command.js';
import { answerQuestion } from './commands/ask.js';
import { closestCommand, findCommand } from './commands/registry.js';
import { recommendationReply } from './commands/recommend.js';
import { UserError } from './errors.js';
import { separatesServices } from './recommend/engine.js';
import { readThread, type ThreadMessage } from './recommend/review.js';
import type { Knowledge } from './knowledge/schema.js';
import { createSearch } from './knowledge/search.js';
import { createServiceDirectory } from './knowledge/services.js';
import { createTopicIndex } from './knowledge/topics.js';
import { parseCommandLine } from './parse/command-line.js';
import { makeReply, type Reply } from './reply.js';
import { cleanInput, MAX_INPUT_CHARS, quoteUserText } from './sanitize.js';

/** Who asked and where; adapters fill what they know. The core uses it only to pass through. */
export interface HandleContext {
  platform?: 'cli' | 'slack' | 'discord';
  user?: string;
  channel?: string;
}

export interface Advisor {
  /** Turns one message into a reply. Never throws: bugs become an apology reply and go to `onError`. */
  handle(text: string, ctx?: HandleContext): Reply;
  /** Recommends from the workload traits mentioned across a thread's messages. Never throws. */
  review(messages: readonly ThreadMessage[], ctx?: HandleContext): Reply;
  readonly context: CommandContext;
}

export interface AdvisorOptions {
  /** Called with unexpected errors (bugs), so adapters can log them with context. */
  onError?: (error: unknown, ctx: HandleContext) => void;
  /** A search index saved for this same knowledge (from the build-time snapshot). */
  savedIndex?: unknown;
}

/** Builds the indexes once and returns the advisor. */
export function createAdvisor(knowledge: Knowledge, options: AdvisorOptions = {}): Advisor {
  const context: CommandContext = {
    knowledge,
    search: createSearch(knowledge, options.savedIndex).search,
    services: createServiceDirectory(knowledge.services),
    topics: createTopicIndex(knowledge.entries),
  };
  return {
    context,
    handle(text, ctx = {}) {
      return guarded(() => route(text, context), ctx);
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
        title: 'Sorry — that broke on my side',
        summary: 'Something went wrong while answering. It has been logged; please try again or rephrase.',
      });
    }
  }
}

function reviewReply(messages: readonly ThreadMessage[], ctx: CommandContext): Reply {
  const thread = readThread(messages);
  if (thread instanceof UserError) return userErrorReply(thread);
  if (!separatesServices(thread.request.workload, ctx.knowledge)) {
    return userErrorReply(new UserError('review-too-little', `The thread mentions too little to choose between services. What I read:\n${thread.drawnOn.map((d) => `- ${d}`).join('\n')}`, 'Mention the run time, traffic shape, state or GPU needs, then ask me to review again.'));
  }
  const reply = recommendationReply(thread.request, ctx.knowledge, [`Read ${thread.used} of ${messages.length} message${messages.length === 1 ? '' : 's'} in the thread.`, ...thread.drawnOn]);
  return { ...reply, title: `Thread review — ${reply.title}` };
}

function route(raw: string, ctx: CommandContext): Reply {
  if (typeof raw !== 'string') return userErrorReply(new UserError('not-text', 'I can only read text.', 'Type `help` to see what I can do.'));
  if (raw.length > MAX_INPUT_CHARS) {
    return userErrorReply(
      new UserError('too-long', `That message is ${groupDigits(raw.length)} characters; I read at most ${groupDigits(MAX_INPUT_CHARS)}.`, 'Ask one short question, e.g. `why does my lambda time out`.'),
    );
  }
  const parsed = parseCommandLine(cleanInput(raw), (word) => findCommand(word)?.name);
  if (!parsed.ok) return userErrorReply(parsed.error);
  const line = parsed.value;
  if (line.type === 'empty') return run('help', [], '', ctx);
  if (line.type === 'command') return run(line.name, line.args, line.rest, ctx);
  const typo = mistypedCommand(line.text);
  if (typo) return userErrorReply(typo);
  return answerQuestion(line.text, ctx);
}

function run(name: string, args: string[], rest: string, ctx: CommandContext): Reply {
  const spec = findCommand(name);
  if (!spec) throw new Error(`parser produced unknown command ${name}`);
  const result = spec.run({ args, rest }, ctx);
  return result instanceof UserError ? userErrorReply(result) : result;
}

/** "comapre ec2 lambda": a short line whose first word is one typo away from a command. */
function mistypedCommand(text: string): UserError | undefined {
  const words = text.split(' ');
  const first = words[0] ?? '';
  if (words.length > 4 || first.length < 4) return undefined;
  const guess = closestCommand(first);
  if (!guess) return undefined;
  const fixed = [guess, ...words.slice(1)].join(' ');
  return new UserError('unknown-command', `There is no command ${quoteUserText(first, 30)}. Did you mean \`${fixed}\`?`, 'Type `help` for the list of commands.', [fixed]);
}

/** A user mistake as a reply: what was wrong, how to fix it, and one-click fixes. */
export function userErrorReply(error: UserError): Reply {
  return makeReply({
    kind: 'error',
    title: error.code === 'unknown-command' || error.suggestions.length > 0 ? 'Did you mean…' : "That didn't work",
    summary: error.message,
    blocks: [
      ...(error.hint ? [{ type: 'section' as const, markdown: error.hint }] : []),
      ...(error.suggestions.length > 0
        ? [{ type: 'actions' as const, buttons: error.suggestions.slice(0, 5).map((s) => ({ label: s, command: s })) }]
        : []),
    ],
    data: { error: { code: error.code }, ...(error.suggestions.length ? { suggestions: error.suggestions } : {}) },
  });
}
