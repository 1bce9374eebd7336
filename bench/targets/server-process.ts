import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withoutConfigVariables } from '../../adapters/config.js';
import { NODE_FLAGS } from '../../adapters/node-flags.js';

/** The production entry point, as `npm start` and the container run it. */
const MAIN = fileURLToPath(new URL('../../adapters/main.js', import.meta.url));

/** Worker processes for the bot and for each peer under load (HTTP_WORKERS): BENCH_WORKERS, 2 by default. */
export const BENCH_WORKERS = process.env.BENCH_WORKERS ?? '2';

export interface ServerProcess {
  url: string;
  /** The process (with several workers, their primary): what the bench reads CPU time from. */
  pid: number;
  close: () => Promise<void>;
}

/**
 * Starts `script` (a path, or by default the bot's own entry point) in its own process with the production
 * V8 flags and `env`, and resolves once it is serving: a `port=<n>` line, or the bot's JSON "is live" line
 * (with several workers, the primary's, which comes once every worker is live). Its stderr is inherited,
 * so a failed start shows its error; its stdout (the bot's logs) is read and dropped.
 */
export async function startServerProcess(env: Record<string, string>, script = MAIN): Promise<ServerProcess> {
  // Only `env` configures it: none of the developer's exported settings, and it runs from the script's folder,
  // so their .env (which main.ts loads) cannot add tokens either.
  // BENCH_CPU_PROF=<folder>: the bot's processes (workers too, which inherit the flags) write V8 CPU profiles there.
  const profile = script === MAIN && process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...NODE_FLAGS, ...profile, script], {
    cwd: dirname(script),
    env: { ...withoutConfigVariables(process.env), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const workers = env.HTTP_WORKERS;
  for await (const line of createInterface({ input: child.stdout })) {
    const port = /^port=(\d+)$/.exec(line)?.[1] ?? liveLinePort(line, workers !== undefined && workers !== '1');
    if (port) {
      child.stdout?.resume();
      return {
        url: `http://127.0.0.1:${port}`,
        pid: child.pid ?? 0,
        async close() {
          child.kill('SIGTERM');
          if (child.exitCode === null) await once(child, 'exit');
        },
      };
    }
  }
  throw new Error(`${script} exited (${String(child.exitCode)}) before listening`);
}

/** The port of the bot's "is live" log line, if this is it. */
function liveLinePort(line: string, clustered: boolean): string | undefined {
  if (!line.startsWith('{')) return undefined;
  const entry = JSON.parse(line) as { adapters?: unknown; port?: number; workers?: number };
  return entry.adapters && entry.port && (!clustered || entry.workers) ? String(entry.port) : undefined;
}
