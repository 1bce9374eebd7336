import { createInterface } from 'node:readline';
import type { Advisor } from '../../src/advisor.js';
import type { Reply } from '../../src/reply.js';
import { replyViews } from '../../src/brief.js';
import { replyButtons } from '../../src/render-text.js';
import { historyPath, HISTORY_SIZE, loadHistory, saveHistory } from './history.js';
import { replyToTerminal, wantsColor } from './render.js';
import { wrapForTerminal } from './wrap.js';

const banner = (advisor: Advisor) => `compute-advisor — ask about ${advisor.servicesInProse('and')}.
Try: ec2-vs-lambda · limits lambda · lambda keeps timing out what do i do · help
Type a number to press a button of the last answer, "more" for its details; "clear" clears the screen; "exit",
Ctrl-D or Ctrl-C on an empty line leaves.`;

export interface ChatOptions {
  /** Where history is kept between runs; undefined keeps none (piped input never writes one). */
  historyFile?: string;
}

/** "There is no button 9": a number is a button press only when the last answer has that button. */
function noButton(n: number, last: Reply | undefined): string {
  const count = last ? replyButtons(last).length : 0;
  if (count === 0) return `There is no button ${n}: the last answer has none. Ask a question, or type "help".`;
  return `There is no button ${n}: the last answer has ${count === 1 ? 'one (1)' : `${count} (1–${count})`}.`;
}

/**
 * The interactive terminal chat: readline with history kept in a file, a prompt, colours and wrapping to
 * the terminal's width when on a TTY. Resolves to the number of lines read.
 */
export function startChat(
  advisor: Advisor,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WriteStream = process.stdout,
  options: ChatOptions = { historyFile: historyPath() },
): Promise<number> {
  const interactive = output.isTTY === true && (input as NodeJS.ReadStream).isTTY === true;
  const color = wantsColor(output);
  const historyFile = interactive ? options.historyFile : undefined;
  const saved = historyFile ? loadHistory(historyFile) : { lines: [] };
  const rl = createInterface({
    input,
    output,
    terminal: interactive,
    history: saved.lines,
    historySize: HISTORY_SIZE,
    prompt: 'compute> ',
  });
  let last: Reply | undefined;
  let lines = 0;
  // One warning at most: a read-only home must not nag on every line.
  let warned = false;
  const warn = (problem: string | undefined) => {
    if (!problem || warned) return;
    warned = true;
    output.write(`(${problem}; this session's history will not be kept)\n`);
  };
  const say = (text: string) => output.write(`${wrapForTerminal(text, output)}\n\n`);
  // Prompt and banner only for a person at a terminal; piped input gets just the answers.
  const prompt = () => interactive && rl.prompt();
  if (interactive) say(banner(advisor));
  warn(saved.problem);
  if (historyFile) rl.on('history', (history: string[]) => warn(saveHistory(historyFile, history)));
  // Ctrl-C clears a typed line, as shells do, and leaves only from an empty one.
  rl.on('SIGINT', () => {
    if (rl.line.length === 0) {
      output.write('\n');
      rl.close();
      return;
    }
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    output.write('^C\n');
    prompt();
  });
  prompt();
  rl.on('line', (line) => {
    lines += 1;
    const text = line.trim();
    if (/^(exit|quit|bye|:q)$/i.test(text)) {
      rl.close();
      return;
    }
    if (text === '') return void prompt();
    if (/^(clear|cls)$/i.test(text)) {
      if (interactive) output.write('\x1b[2J\x1b[3J\x1b[H');
      return void prompt();
    }
    // "more": the whole of the last answer, whose brief view was shown.
    if (/^more$/i.test(text) && last) {
      say(replyToTerminal(last, color));
      return void prompt();
    }
    if (/^\d{1,2}$/.test(text)) {
      const button = last ? replyButtons(last)[Number(text) - 1] : undefined;
      if (!button) {
        say(noButton(Number(text), last));
        return void prompt();
      }
      last = advisor.handle(button.command, { platform: 'cli' });
    } else {
      last = advisor.handle(text, { platform: 'cli' });
    }
    const { brief, hasDetails } = replyViews(last);
    say(`${replyToTerminal(brief, color)}${hasDetails ? '\n\nType "more" for the details.' : ''}`);
    prompt();
  });
  return new Promise((resolve) => rl.on('close', () => resolve(lines)));
}
