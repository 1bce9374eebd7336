import { writeFile } from 'node:fs/promises';
import type { Reply } from '../../src/reply.js';
import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { loadAdvisor } from '../../src/load.js';
import { replyToJsonLine } from './json-line.js';
import { runJsonLines } from './json-mode.js';
import { replyToTerminal, wantsColor } from './render.js';

export const USAGE = `Usage:
  compute-advisor                    start the terminal chat
  compute-advisor "<message>"        answer one message and exit, e.g. compute-advisor "ec2-vs-lambda"
  compute-advisor --json             read one message per line on stdin, write one JSON object per line
  compute-advisor --json "<message>" answer one message as one JSON line
  compute-advisor --chart FILE "<message>"  also write the answer's cost chart to FILE as PNG
  compute-advisor --help`;

const NOTHING_TO_DO = `compute-advisor: no Slack or Discord credentials are set and there is no terminal to chat in.
  To run the bot, set SLACK_BOT_TOKEN (+ SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) and/or DISCORD_TOKEN or DISCORD_PUBLIC_KEY (see .env.example).
  To chat locally, run it in a terminal (docker run -it …), or pipe questions in: echo "ec2-vs-lambda" | npm start`;

/** Runs the terminal adapter for the given arguments; resolves to the process exit code. */
export async function runCli(args: string[]): Promise<number> {
  const { chartFile, argv } = takeChartFile(args);
  if (chartFile === '') {
    console.error(`--chart needs a file name, e.g. --chart cost.png.\n\n${USAGE}`);
    return 2;
  }
  const flags = argv.filter((a) => /^-{1,2}[a-z]/i.test(a));
  const words = argv.filter((a) => !/^-{1,2}[a-z]/i.test(a));
  if (flags.includes('--help') || flags.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = flags.filter((f) => f !== '--json');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  const advisor = await loadAdvisor({ onError: (error) => console.error('compute-advisor: internal error:', error) });
  if (flags.includes('--json') && words.length > 0) {
    const message = words.join(' ');
    const reply = advisor.handle(message, { platform: 'cli' });
    console.log(replyToJsonLine(message, reply));
    if (chartFile !== undefined) return writeChart(reply, chartFile);
  } else if (flags.includes('--json')) {
    await runJsonLines(advisor);
  } else if (words.length > 0) {
    const reply = advisor.handle(words.join(' '), { platform: 'cli' });
    const text = replyToTerminal(reply, wantsColor(process.stdout));
    // Wrapping (and its library) is loaded only for a terminal: a one-shot answer into a pipe starts faster.
    console.log(process.stdout.isTTY ? (await import('./wrap.js')).wrapForTerminal(text, process.stdout) : text);
    if (chartFile !== undefined) return writeChart(reply, chartFile);
  } else if (chartFile !== undefined) {
    console.error(
      `--chart writes the chart of one answer: give the message too, e.g. --chart cost.png "cost requests=3M duration=120ms memory=512mb".`,
    );
    return 2;
  } else {
    const { startChat } = await import('./chat.js');
    const lines = await startChat(advisor);
    // No terminal and nothing piped (e.g. a container started without -it and without tokens): say why nothing happened.
    if (lines === 0 && !process.stdin.isTTY) {
      console.error(NOTHING_TO_DO);
      return 1;
    }
  }
  return 0;
}

/** `--chart FILE` (or `--chart=FILE`) out of the arguments; '' when the flag has no file name. */
function takeChartFile(args: string[]): { chartFile?: string; argv: string[] } {
  const at = args.findIndex((a) => a === '--chart' || a.startsWith('--chart='));
  if (at < 0) return { argv: args };
  const flag = args[at] ?? '';
  const inline = flag.startsWith('--chart=');
  const file = inline ? flag.slice('--chart='.length) : (args[at + 1] ?? '');
  const rest = args.filter((_, i) => i !== at && (inline || i !== at + 1));
  return { chartFile: file.startsWith('-') ? '' : file, argv: rest };
}

/** Writes the reply's chart as PNG; a reply without a chart, or a file that cannot be written, is a one-line error. */
async function writeChart(reply: Reply, file: string): Promise<number> {
  // Loaded here only: an answer without --chart never loads the PNG renderer.
  const { chartPng } = await import('../shared/chart-png.js');
  const png = await chartPng(reply);
  if (!png) {
    console.error(`compute-advisor: this answer has no chart (cost, and recommend with a volume, have one); ${file} not written.`);
    return 1;
  }
  try {
    await writeFile(file, png);
  } catch (error) {
    console.error(`compute-advisor: could not write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  return 0;
}

/** Runs the CLI as a process: a broken knowledge base prints its problem list, not a stack trace. */
export function runCliProcess(argv: string[]): void {
  // The reader went away (`| head`): stop quietly, as Unix tools do, instead of reporting a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCli(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
      console.error(error instanceof KnowledgeError ? error.message : `compute-advisor failed: ${String(error)}`);
      process.exitCode = 1;
    },
  );
}
