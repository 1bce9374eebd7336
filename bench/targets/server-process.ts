import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Starts a bench server script (beside this file) in its own process with the production V8 flag, and
 * resolves once it prints `port=<n>`. Its stderr is inherited, so a failed start shows its error.
 */
export async function startServerProcess(script: string, env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--max-semi-space-size=2', fileURLToPath(new URL(`./${script}`, import.meta.url))], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout! })) {
    const port = /^port=(\d+)$/.exec(line)?.[1];
    if (port) {
      return {
        url: `http://127.0.0.1:${port}`,
        async close() {
          child.kill('SIGTERM');
          if (child.exitCode === null) await once(child, 'exit');
        },
      };
    }
  }
  throw new Error(`${script} exited (${String(child.exitCode)}) before listening`);
}
