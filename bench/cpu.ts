/**
 * CPU time a server spends, read from Linux's /proc: user + system time of a process and all its
 * descendants (the cluster primary and its workers), in milliseconds. Sampled before and after a load, the
 * difference over the requests served is the CPU each request cost, whatever the wall clock did meanwhile.
 * Elsewhere than Linux it reports NaN, and the bench prints "n/a".
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times: USER_HZ, 100 on every Linux build that matters. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

/** Fields after the command name, which is in parentheses and may hold spaces. */
function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid(1) … utime(11) stime(12).
    return { pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // The process ended between the listing and the read.
  }
}

/** CPU milliseconds used so far by `root` and every process under it. */
export function treeCpuMs(root: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return Number.NaN;
  }
  const stats = pids.map(readStat).filter((s): s is ProcStat => s !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const self = stats.find((s) => s.pid === root);
  if (!self) return Number.NaN;
  let ticks = 0;
  const queue = [self];
  for (let s = queue.pop(); s; s = queue.pop()) {
    ticks += s.ticks;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** A window in which the server tree uses under a tenth of a core is quiet: its work is done. */
const QUIET_WINDOW_MS = 100;
const QUIET_CPU_MS = 10;

/**
 * How long `root`'s tree keeps working once its last response is out, in milliseconds: sampled every
 * 100 ms until a window is quiet (the quiet window itself not counted), at most `maxMs`. The bot draws a
 * cost answer's chart after the answer and sends it on; work still under way when a run ends belongs to it.
 */
export async function busyAfterMs(root: number, maxMs = 30_000): Promise<number> {
  const started = performance.now();
  let before = treeCpuMs(root);
  for (;;) {
    const windowStart = performance.now();
    await new Promise((r) => setTimeout(r, QUIET_WINDOW_MS));
    const now = treeCpuMs(root);
    if (!(now - before >= QUIET_CPU_MS) || windowStart - started >= maxMs) return windowStart - started;
    before = now;
  }
}
