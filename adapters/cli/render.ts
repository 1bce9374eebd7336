import { styleText } from 'node:util';
import type { Reply } from '../../src/reply.js';
import { replyToText, type Styler } from '../../src/render-text.js';

const ansi: Styler = {
  title: (t) => styleText(['bold', 'cyan'], t),
  heading: (t) => styleText('bold', t),
  strong: (t) => styleText('bold', t),
  code: (t) => styleText('yellow', t),
  dim: (t) => styleText('dim', t),
};

/** A reply for the terminal: coloured when writing to a TTY (and NO_COLOR is unset), plain otherwise. */
export function replyToTerminal(reply: Reply, color: boolean): string {
  // The terminal chat and one-shot take a command without the `/compute` prefix.
  return replyToText(reply, color ? ansi : undefined, (command) => command);
}

/** Whether to colour output, following the NO_COLOR and FORCE_COLOR conventions. */
export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
