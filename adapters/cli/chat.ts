import { createInterface } from 'node:readline';
import type { Advisor } from '../../src/advisor.js';
import type { Reply } from '../../src/reply.js';
import { replyViews } from '../../src/brief.js';
import { replyButtons } from '../../src/render-text.js';
import { replyToTerminal, wantsColor } from './render.js';

const banner = (advisor: Advisor) => `compute-advisor — ask about ${advisor.servicesInProse('and')}.
Try: ec2-vs-lambda · limits lambda · lambda keeps timing out what do i do · help
Type a number to press a button of the last answer, "more" for its details; "exit" or Ctrl-D to leave.`;

/** The interactive terminal chat: readline with history, a prompt and colours when on a TTY. Resolves to the number of lines read. */
export function startChat(
  advisor: Advisor,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WriteStream = process.stdout,
): Promise<number> {
  const interactive = output.isTTY === true && (input as NodeJS.ReadStream).isTTY === true;
  const color = wantsColor(output);
  const rl = createInterface({ input, output, terminal: interactive, historySize: 200, prompt: 'compute> ' });
  let last: Reply | undefined;
  let lines = 0;
  // Prompt and banner only for a person at a terminal; piped input gets just the answers.
  const prompt = () => interactive && rl.prompt();
  if (interactive) output.write(`${banner(advisor)}\n\n`);
  prompt();
  rl.on('line', (line) => {
    lines += 1;
    const text = line.trim();
    if (/^(exit|quit|bye|:q)$/i.test(text)) {
      rl.close();
      return;
    }
    // "more": the whole of the last answer, whose brief view was shown.
    if (/^more$/i.test(text) && last) {
      output.write(`${replyToTerminal(last, color)}\n\n`);
      prompt();
      return;
    }
    const button = /^\d{1,2}$/.test(text) && last ? replyButtons(last)[Number(text) - 1] : undefined;
    last = advisor.handle(button ? button.command : text, { platform: 'cli' });
    const { brief, hasDetails } = replyViews(last);
    output.write(`${replyToTerminal(brief, color)}${hasDetails ? '\n\nType "more" for the details.' : ''}\n\n`);
    prompt();
  });
  return new Promise((resolve) => rl.on('close', () => resolve(lines)));
}
