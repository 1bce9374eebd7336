/**
 * The router: decides what answers a message — a command, a comparison, or the knowledge base — for typed
 * lines and for structured values (Discord options, Slack form fields) alike. Commands never hand over to
 * each other; a command only says, through `questionOf`, when its words are a question instead.
 */
import type { CommandContext, CommandInput, CommandSpec } from './commands/command.js';
import { closestCommand, findCommand } from './commands/registry.js';
import { fail, ok, UserError, type Result } from './errors.js';
import { groupDigits } from './number-format.js';
import { parseCommandLine } from './parse/command-line.js';
import { tokenize } from './parse/tokenize.js';
import type { Reply } from './reply.js';
import { cleanInput, MAX_INPUT_CHARS, quoteUserText } from './sanitize.js';
import { answerText } from './understand/answer.js';
import { userErrorReply } from './error-reply.js';

/** Structured input: option or field name → value, as a platform delivers it. */
export type StructuredValues = Readonly<Record<string, string | number | boolean>>;

/** Answers one typed line. */
export function routeText(raw: string, ctx: CommandContext): Reply {
  if (typeof raw !== 'string')
    return userErrorReply(new UserError('not-text', 'I can only read text.', 'Type `help` to see what I can do.'));
  if (raw.length > MAX_INPUT_CHARS) {
    return userErrorReply(
      new UserError(
        'too-long',
        `That message is ${groupDigits(raw.length)} characters; I read at most ${groupDigits(MAX_INPUT_CHARS)}.`,
        'Ask one short question, e.g. `why does my lambda time out`.',
      ),
    );
  }
  const parsed = parseCommandLine(cleanInput(raw), (word) => findCommand(word)?.name);
  if (!parsed.ok) return userErrorReply(parsed.error);
  const line = parsed.value;
  if (line.type === 'empty') return dispatch(commandNamed('help'), { args: [], rest: '', line: '', values: {} }, ctx);
  if (line.type === 'command')
    return dispatch(commandNamed(line.name), { args: line.args, rest: line.rest, line: line.line, values: {} }, ctx);
  const typo = mistypedCommand(line.text);
  if (typo) return userErrorReply(typo);
  return answerText(line.text, ctx);
}

/** Answers a command given as structured values: no adapter spells the command-line grammar. */
export function routeValues(command: string, values: StructuredValues, ctx: CommandContext): Reply {
  const spec = findCommand(command);
  if (!spec) return userErrorReply(unknownCommand(command));
  const input = structuredInput(spec, values);
  return input.ok ? dispatch(spec, input.value, ctx) : userErrorReply(input.error);
}

/**
 * The typed line that the structured values mean (`recommend nightly job duration=20m gpu=yes`): arguments
 * first, then settings in the order the command declares them, so the same values always give the same line.
 * Buttons that run an answer again ("More", "Share") carry it.
 */
export function commandLine(command: string, values: StructuredValues): string {
  const spec = findCommand(command);
  return spec ? [spec.name, ...lineWords(spec, values)].join(' ') : command;
}

const oneLine = (v: string | number | boolean | undefined) => (v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim());

function lineWords(spec: CommandSpec, values: StructuredValues): string[] {
  const args = spec.args.map((a) => oneLine(values[a.name]));
  const settings = spec.settings.map((s) => (oneLine(values[s.name]) === '' ? '' : `${s.name}=${oneLine(values[s.name])}`));
  return [...args, ...settings].filter(Boolean);
}

function structuredInput(spec: CommandSpec, values: StructuredValues): Result<CommandInput> {
  const known = new Set([...spec.args.map((a) => a.name), ...spec.settings.map((s) => s.name)]);
  const unknown = Object.keys(values).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    return fail(
      new UserError(
        'unknown-option',
        `\`${spec.name}\` has no option ${unknown.map((u) => quoteUserText(u, 30)).join(', ')}.`,
        `\`help ${spec.name}\` lists what it takes. If Discord shows an old option, the commands need registering again.`,
      ),
    );
  }
  const args: string[] = [];
  for (const arg of spec.args) {
    const value = oneLine(values[arg.name]);
    if (value === '') continue;
    if (!arg.text) {
      args.push(value);
      continue;
    }
    const words = tokenize(value);
    if (!words.ok) return words;
    args.push(...words.value);
  }
  const settings = Object.fromEntries(
    spec.settings.filter((s) => values[s.name] !== undefined).map((s) => [s.name, String(values[s.name])]),
  );
  const rest = lineWords(spec, values).join(' ');
  return ok({ args, rest, line: `${spec.name} ${rest}`, values: settings });
}

/** Runs the command, unless its words are a question: then the question path answers them. */
function dispatch(spec: CommandSpec, input: CommandInput, ctx: CommandContext): Reply {
  const question = spec.questionOf?.(input, ctx);
  if (question !== undefined) return answerText(question, ctx);
  const result = spec.run(input, ctx);
  return result.ok ? result.value : userErrorReply(result.error);
}

function commandNamed(name: string): CommandSpec {
  const spec = findCommand(name);
  if (!spec) throw new Error(`parser produced unknown command ${name}`);
  return spec;
}

function unknownCommand(word: string): UserError {
  const guess = closestCommand(word);
  return new UserError(
    'unknown-command',
    `There is no command ${quoteUserText(word, 30)}.`,
    guess ? `Did you mean \`${guess}\`?` : 'Type `help` for the list of commands.',
    guess ? [guess] : [],
  );
}

/** "comapre ec2 lambda": a short line whose first word is one typo away from a command. */
function mistypedCommand(text: string): UserError | undefined {
  const words = text.split(' ');
  const first = words[0] ?? '';
  if (words.length > 4 || first.length < 4) return undefined;
  const guess = closestCommand(first);
  if (!guess) return undefined;
  const fixed = [guess, ...words.slice(1)].join(' ');
  return new UserError(
    'unknown-command',
    `There is no command ${quoteUserText(first, 30)}. Did you mean \`${fixed}\`?`,
    'Type `help` for the list of commands.',
    [fixed],
  );
}
