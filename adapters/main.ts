/**
 * `npm start`: starts every adapter whose credentials are configured; with none, the terminal chat.
 * The only place that loads a .env file.
 */
import dotenv from 'dotenv';
import { readConfig } from '../src/config.js';
import { runCliProcess } from './cli/run.js';

dotenv.config({ quiet: true });
const result = readConfig();
if (!result.ok) {
  console.error(`compute-advisor: the configuration has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const { config } = result;
if (config.slack || config.discord) {
  // The Slack and Discord adapters land in later releases; say so instead of silently ignoring the tokens.
  console.error('compute-advisor: Slack/Discord credentials are set, but this build has only the terminal adapter. Unset them to use the terminal chat.');
  process.exit(1);
}
runCliProcess(process.argv.slice(2));
