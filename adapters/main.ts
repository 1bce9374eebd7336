/**
 * `npm start` and the container's command: starts every adapter whose credentials are configured (Slack,
 * Discord, both) and says which are live; with none, the terminal chat. Loads .env (so does discord:register).
 */
import cluster from 'node:cluster';
import dotenv from 'dotenv';
import { readConfig } from './config.js';
import { runCliProcess } from './cli/run.js';

dotenv.config({ quiet: true });
const result = readConfig();
if (!result.ok) {
  console.error(
    `compute-advisor: the configuration has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${p}`).join('\n')}\nSee .env.example for every variable and what it should look like.`,
  );
  process.exit(1);
}
const { config } = result;
if (!config.slack && !config.discordGateway && !config.discordHttp) {
  runCliProcess(process.argv.slice(2));
} else if (config.HTTP_WORKERS > 1 && cluster.isPrimary) {
  const [{ runWorkers }, { runtimeLogger }] = await Promise.all([import('./workers.js'), import('./runtime.js')]);
  runWorkers(config.HTTP_WORKERS, config.SHUTDOWN_TIMEOUT_MS, runtimeLogger(config));
} else {
  // Imported only here: the terminal chat should not pay for loading Bolt and discord.js.
  const { runAdapters } = await import('./start-adapters.js');
  await runAdapters(config);
}
