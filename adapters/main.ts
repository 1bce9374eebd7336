/**
 * `npm start` and the container's command: starts every adapter whose credentials are configured (Slack,
 * Discord, both) and says which are live; with none, the terminal chat. The only place that loads .env.
 */
import cluster from 'node:cluster';
import dotenv from 'dotenv';
import { readConfig } from './config.js';
import { runCliProcess } from './cli/run.js';

dotenv.config({ quiet: true });
const result = readConfig();
if (!result.ok) {
  console.error(`compute-advisor: the configuration has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${p}`).join('\n')}\nSee .env.example for every variable and what it should look like.`);
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
  const [{ onShutdown }, { runtimeAdvisor, runtimeLogger }, { createInFlight }, { startAdapters }, { reportLive }] = await Promise.all([
    import('./lifecycle.js'),
    import('./runtime.js'),
    import('./shared/in-flight.js'),
    import('./start-adapters.js'),
    import('./workers.js'),
  ]);
  const logger = runtimeLogger(config);
  const inFlight = createInFlight();
  let running: Awaited<ReturnType<typeof startAdapters>> | undefined;
  // Installed before start-up, which can take a while (gateway shards connect one after another).
  onShutdown(() => running, (ms) => inFlight.drain(ms), config.SHUTDOWN_TIMEOUT_MS, logger);
  try {
    const advisor = await runtimeAdvisor(config, logger);
    running = await startAdapters(config, { advisor, logger, inFlight });
    const worker = cluster.worker?.id;
    logger.info({ adapters: running.live, port: running.port, ...(worker ? { worker } : {}) }, `compute-advisor is live${worker ? ` (worker ${worker})` : ''}: ${running.live.join('; ')}; health on port ${running.port} (GET /healthz, GET /readyz)`);
    reportLive(running.live, running.port);
  } catch (error) {
    // Start-up failures are configuration or network problems (a refused token, no route to Slack/Discord).
    const code = (error as { code?: unknown }).code;
    logger.fatal({ err: error, ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}) }, 'compute-advisor did not start');
    process.exit(1);
  }
}
