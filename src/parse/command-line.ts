import { ok, type Result } from '../errors.js';
import { tokenize } from './tokenize.js';

/** A line of user text, read as a command or as a question. */
export type CommandLine =
  { type: 'empty' } | { type: 'command'; name: string; args: string[]; rest: string; line: string } | { type: 'question'; text: string };

/** "a-vs-b", "a vs b", "a versus b" as the whole message: a comparison. */
const PAIR = /^([\w.]+?)(?:-vs?-|-versus-|\s+(?:vs\.?|versus)\s+)([\w.]+)$/i;

/**
 * Reads one message. The `/compute` prefix is optional; the first word picks the command when `isCommand`
 * knows it (returning its canonical name); anything else is a question.
 */
export function parseCommandLine(text: string, isCommand: (word: string) => string | undefined): Result<CommandLine> {
  const line = text.replace(/^\/?compute\b[:,]?\s*/i, '').trim();
  if (line === '') return ok({ type: 'empty' });
  const pair = PAIR.exec(line);
  // "m5.large vs m7g.large" sets instance types against each other: a price question, not two services.
  const instanceTypes = pair && [pair[1], pair[2]].some((side) => side?.includes('.'));
  if (pair && !instanceTypes) return ok({ type: 'command', name: 'compare', args: [pair[1] ?? '', pair[2] ?? ''], rest: line, line });
  const [first = '', ...others] = line.split(' ');
  const name = isCommand(first);
  if (!name) return ok({ type: 'question', text: line });
  const rest = others.join(' ').trim();
  const args = tokenize(rest);
  if (!args.ok) return args;
  return ok({ type: 'command', name, args: args.value, rest, line });
}
