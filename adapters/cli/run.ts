import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { loadAdvisor } from '../../src/load.js';
import { startChat } from './chat.js';
import { replyToJsonLine } from './json-line.js';
import { runJsonLines } from './json-mode.js';
import { replyToTerminal, wantsColor } from './render.js';
import { wrapForTerminal } from './wrap.js';

export const USAGE = `Usage:
  compute-advisor                    start the terminal chat
  compute-advisor "<message>"        answer one message and exit, e.g. compute-advisor "ec2-vs-lambda"
  compute-advisor --json             read one message per line on stdin, write one JSON object per line
  compute-advisor --json "<message>" answer one message as one JSON line
  compute-advisor --help`;

const NOTHING_TO_DO = `compute-advisor: no Slack or Discord credentials are set and there is no terminal to chat in.
  To run the bot, set SLACK_BOT_TOKEN (+ SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) and/or DISCORD_TOKEN or DISCORD_PUBLIC_KEY (see .env.example).
  To chat locally, run it in a terminal (docker run -it …), or pipe questions in: echo "ec2-vs-lambda" | npm start`;

/** Runs the terminal adapter for the given arguments; resolves to the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
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
    console.log(replyToJsonLine(message, advisor.handle(message, { platform: 'cli' })));
  } else if (flags.includes('--json')) {
    await runJsonLines(advisor);
  } else if (words.length > 0) {
    console.log(
      wrapForTerminal(replyToTerminal(advisor.handle(words.join(' '), { platform: 'cli' }), wantsColor(process.stdout)), process.stdout),
    );
  } else {
    const lines = await startChat(advisor);
    // No terminal and nothing piped (e.g. a container started without -it and without tokens): say why nothing happened.
    if (lines === 0 && !process.stdin.isTTY) {
      console.error(NOTHING_TO_DO);
      return 1;
    }
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
