import { fail, ok, UserError, type Result } from '../errors.js';
import type { Entry } from '../knowledge/schema.js';
import { quoteUserText } from '../sanitize.js';
import type { CommandContext, CommandSpec } from './command.js';
import { entryReply } from './entry-reply.js';

/** `topic <name>` or `about <service>`: one knowledge entry, in full. */
export const topic = {
  name: 'topic',
  aliases: ['about', 'entry', 'show', 'explain'],
  summary: 'Show one knowledge entry in full.',
  examples: ['topic cold-starts', 'about fargate', 'topic lambda-throttling'],
  args: [{ name: 'name', means: 'A topic', example: 'cold starts', required: true, text: true, complete: 'topics' }],
  settings: [],
  // "about 10k thumbnails a day, what should run this": after an alias, several words that name no topic
  // are a question. `topic …` typed out is always this command.
  questionOf: ({ args, rest, line }, ctx) =>
    args.length >= 3 && !/^topic\b/i.test(line) && !lookupEntry(rest, args, ctx) ? line : undefined,
  run({ args, rest }, ctx) {
    if (!rest)
      return fail(
        new UserError('topic-needs-name', 'Which topic?', '`help topics` lists them all, e.g. `topic cold-starts`.', ['help topics']),
      );
    const found = findEntry(rest, args, ctx);
    if (!found.ok) return found;
    return ok(entryReply(found.value, 'topic', ctx.topics.titleOf));
  },
} satisfies CommandSpec;

/** The entry the words name exactly (id, service or title), without guessing. */
function lookupEntry(rest: string, args: string[], { topics, services }: CommandContext): Entry | undefined {
  const byId = topics.get(rest.toLowerCase().trim().replace(/\s+/g, '-'));
  if (byId) return byId;
  if (args.length === 1) {
    const service = services.resolve(args[0] ?? '');
    const entry = service.ok ? topics.get(service.value.entry) : undefined;
    if (entry) return entry;
  }
  return topics.byName(rest);
}

function findEntry(rest: string, args: string[], ctx: CommandContext): Result<Entry> {
  const { topics, knowledge } = ctx;
  const found = lookupEntry(rest, args, ctx);
  if (found) return ok(found);
  const guesses = topics.suggest(rest).map((e) => e.id);
  return fail(
    new UserError(
      'unknown-topic',
      `No topic is called ${quoteUserText(rest, 40)}.${guesses.length ? ` Did you mean ${guesses.map((g) => `\`${g}\``).join(', ')}?` : ''}`,
      `\`help topics\` lists all ${knowledge.entries.length}; or ask it as a question.`,
      guesses.map((g) => `topic ${g}`),
    ),
  );
}
