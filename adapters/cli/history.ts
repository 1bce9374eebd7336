/**
 * The terminal chat's history, kept across restarts in a file under the user's state directory:
 * $COMPUTE_ADVISOR_HISTORY when set, else $XDG_STATE_HOME/compute-advisor/history, else
 * ~/.local/state/compute-advisor/history. A history that cannot be read or written is never a reason
 * to stop chatting: the chat says so once and goes on without it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Most lines kept, newest first, as readline holds them. */
export const HISTORY_SIZE = 200;

export function historyPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COMPUTE_ADVISOR_HISTORY) return env.COMPUTE_ADVISOR_HISTORY;
  const state = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'compute-advisor', 'history');
}

/** The saved lines, newest first; none when there is no file yet or it cannot be read. */
export function loadHistory(path: string): { lines: string[]; problem?: string } {
  try {
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
    return { lines };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { lines: [] } : { lines: [], problem: `cannot read history (${code ?? 'error'})` };
  }
}

/** Writes the lines (newest first) oldest first, one a line; returns a problem instead of throwing. */
export function saveHistory(path: string, newestFirst: readonly string[]): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${[...newestFirst].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`, { mode: 0o600 });
    return undefined;
  } catch (error) {
    return `cannot save history (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
}
