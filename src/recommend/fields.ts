/**
 * The workload settings `/compute recommend` understands: their names (a contract — Discord options and
 * users' scripts use them), other spellings, how each value is read, and how it is shown back.
 * Numbers are kept in one unit per setting, the unit `tables/rules.yaml` conditions are written in.
 */
import { groupDigits } from '../number-format.js';
import { fail, ok, UserError, type Result } from '../errors.js';
import { formatCount } from '../cost/format.js';
import { oneOf, parseNumber, parseYesNo } from '../parse/params.js';
import { parseCount, parseDuration, parsePercent, parseSize } from '../parse/units.js';

export type SettingValue = number | boolean | string;
/** A workload as settings; a setting that was not stated is absent. */
export type Workload = Partial<Record<FieldName, SettingValue>>;

interface FieldSpec {
  kind: 'number' | 'boolean' | 'choice';
  aliases: readonly string[];
  example: string;
  /** What the setting means, for help and error messages. */
  means: string;
  parse(value: string): Result<SettingValue>;
  show(value: SettingValue): string;
}

/** "20 minutes", "15 min 1 s", "2 h 30 min", "250 ms": exact where it matters (901 s is not "15 minutes"). */
export function showSeconds(total: number): string {
  if (total < 1) return `${Number((total * 1000).toPrecision(3))} ms`;
  const units: [number, string, string][] = [[86400, 'day', 'd'], [3600, 'hour', 'h'], [60, 'minute', 'min'], [1, 'second', 's']];
  const parts: [number, string, string][] = [];
  let rest = Math.round(total);
  for (const [size, long, short] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push([n, long, short]);
    rest -= n * size;
  }
  const [first, second] = parts;
  if (!first) return `${total} s`;
  if (parts.length === 1 || !second) return `${groupDigits(first[0])} ${first[1]}${first[0] === 1 ? '' : 's'}`;
  return `${first[0]} ${first[2]} ${second[0]} ${second[2]}${parts.length > 2 ? ' (about)' : ''}`;
}
const seconds = showSeconds;
const megabytes = (mb: number): string =>
  mb >= 1024 * 1024 ? `${Number((mb / 1048576).toPrecision(3))} TB` : mb >= 1024 ? `${Number((mb / 1024).toPrecision(3))} GB` : `${groupDigits(Number(mb.toPrecision(4)))} MB`;

const PER_DAY: Record<string, number> = { hourly: 24, daily: 1, weekly: 1 / 7, monthly: 1 / 30, yearly: 1 / 365, rarely: 1 / 30 };
const PERIOD_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

/** "40/day", "5 per week", "weekly", "daily" → deployments per day. */
export function parseRate(value: string): Result<number> {
  const v = value.toLowerCase().trim();
  if (v in PER_DAY) return ok(PER_DAY[v] ?? 0);
  const m = /^(\d+(?:\.\d+)?)\s*(?:x\s*)?(?:\/|per\s+|a\s+|times\s+(?:a|per)\s+)(hour|day|week|month|year)$/.exec(v);
  if (!m) return fail(new UserError('bad-rate', `"${value}" is not a frequency.`, 'Use e.g. 40/day, 5/week, daily or weekly.'));
  return ok(Number(m[1]) / (PERIOD_DAYS[m[2] ?? 'day'] ?? 1));
}
const showRate = (perDay: number): string => {
  if (perDay >= 1) return `${Number(perDay.toPrecision(3))} times a day`;
  const perWeek = perDay * 7;
  if (perWeek >= 1) return perWeek === 1 ? 'about once a week' : `${Number(perWeek.toPrecision(2))} times a week`;
  return `about ${Number((perDay * 30).toPrecision(2))} times a month`;
};

const map = <A, B>(r: Result<A>, f: (a: A) => B): Result<B> => (r.ok ? ok(f(r.value)) : r);
const yesNo = { kind: 'boolean', parse: parseYesNo, show: (v: SettingValue) => (v ? 'yes' : 'no') } as const;
const choice = (choices: Record<string, string>) => ({ kind: 'choice', parse: oneOf(choices), show: String }) as const;

export const FIELDS = {
  duration: { kind: 'number', aliases: ['runtime-per-run', 'run-time', 'time'], example: '20m', means: 'how long one run takes', parse: parseDuration, show: (v) => seconds(Number(v)) },
  memory: { kind: 'number', aliases: ['mem', 'ram'], example: '2gb', means: 'memory one run or process needs', parse: parseSize, show: (v) => megabytes(Number(v)) },
  gpu: { ...yesNo, aliases: ['gpus'], example: 'yes', means: 'needs a GPU' },
  traffic: {
    ...choice({ steady: 'steady', constant: 'steady', predictable: 'steady', bursty: 'bursty', variable: 'bursty', spiky: 'spiky', spikes: 'spiky', scheduled: 'scheduled', cron: 'scheduled', batch: 'scheduled', unpredictable: 'unpredictable', unknown: 'unpredictable' }),
    aliases: ['load', 'pattern'],
    example: 'bursty',
    means: 'traffic shape: steady, bursty, spiky, scheduled or unpredictable',
  },
  utilization: { kind: 'number', aliases: ['utilisation', 'busy', 'usage'], example: '80%', means: 'average busy share of the capacity', parse: parsePercent, show: (v) => `${Math.round(Number(v) * 100)}%` },
  state: { ...choice({ stateless: 'stateless', stateful: 'stateful', none: 'stateless' }), aliases: [], example: 'stateless', means: 'stateless or stateful' },
  os: { ...yesNo, aliases: ['os-control', 'host', 'host-control', 'root'], example: 'no', means: 'needs OS, kernel or host control' },
  connections: { ...choice({ persistent: 'persistent', websocket: 'persistent', websockets: 'persistent', long: 'persistent', none: 'none', short: 'none', no: 'none' }), aliases: ['connection'], example: 'persistent', means: 'persistent (sockets held open) or none' },
  package: { kind: 'number', aliases: ['package-size', 'artifact', 'image', 'image-size'], example: '300mb', means: 'artifact or container image size', parse: parseSize, show: (v) => megabytes(Number(v)) },
  storage: { kind: 'number', aliases: ['scratch', 'scratch-disk', 'disk', 'tmp'], example: '20gb', means: 'local scratch disk', parse: parseSize, show: (v) => megabytes(Number(v)) },
  latency: { kind: 'number', aliases: ['p99', 'p99-latency', 'latency-target'], example: '100ms', means: 'p99 latency target', parse: (v) => map(parseDuration(v), (s) => s * 1000), show: (v) => seconds(Number(v) / 1000) },
  requests: { kind: 'number', aliases: ['invocations', 'calls'], example: '3M', means: 'requests or runs per month', parse: parseCount, show: (v) => `${formatCount(Number(v))} a month` },
  concurrency: { kind: 'number', aliases: ['concurrent'], example: '500', means: 'requests in flight at the peak', parse: parseCount, show: (v) => `${formatCount(Number(v))} concurrent executions` },
  arch: { ...choice({ x86: 'x86', x86_64: 'x86', amd64: 'x86', arm: 'arm', arm64: 'arm', graviton: 'arm' }), aliases: ['architecture'], example: 'arm', means: 'x86 or arm' },
  ops: { ...choice({ low: 'low', none: 'low', minimal: 'low', high: 'high', strong: 'high' }), aliases: ['ops-capacity', 'operations'], example: 'low', means: "the team's operations capacity: low or high" },
  vcpu: { kind: 'number', aliases: ['vcpus', 'cpu', 'cpus', 'cores'], example: '4', means: 'vCPUs one run needs', parse: parseNumber, show: (v) => `${v} vCPU${Number(v) === 1 ? '' : 's'}` },
  payload: { kind: 'number', aliases: ['payload-size', 'body', 'request-size'], example: '8mb', means: 'size of one request or event', parse: parseSize, show: (v) => megabytes(Number(v)) },
  container: { ...yesNo, aliases: ['containers', 'containerized', 'docker'], example: 'yes', means: 'packaged as containers' },
  kubernetes: { ...yesNo, aliases: ['k8s'], example: 'no', means: 'needs the Kubernetes API' },
  deploys: { kind: 'number', aliases: ['deploy-frequency', 'deployments', 'releases'], example: '10/day', means: 'how often it deploys', parse: parseRate, show: (v) => showRate(Number(v)) },
  'long-running': { ...yesNo, aliases: ['long-running-process', 'always-on', 'daemon', 'server'], example: 'yes', means: 'a process that stays up (server, daemon, broker)' },
  'latency-sensitive': { ...yesNo, aliases: ['cold-starts-matter'], example: 'yes', means: 'latency matters (no target given)' },
  wait: { kind: 'number', aliases: ['waits', 'wait-time'], example: '7d', means: 'longest wait between steps (approvals, callbacks)', parse: parseDuration, show: (v) => seconds(Number(v)) },
  startup: { kind: 'number', aliases: ['init', 'warm-up', 'warmup', 'start-up'], example: '3m', means: 'time to start and warm up', parse: parseDuration, show: (v) => seconds(Number(v)) },
  nodes: { kind: 'number', aliases: ['multi-node', 'machines'], example: '32', means: 'machines one job spans (MPI, multi-node)', parse: parseNumber, show: (v) => `${v} machines` },
  interruptible: { ...yesNo, aliases: ['spot', 'retryable'], example: 'yes', means: 'can be interrupted and retried (Spot)' },
  trigger: { ...choice({ http: 'http', api: 'http', stream: 'stream', kinesis: 'stream', queue: 'queue', sqs: 'queue', file: 'file', s3: 'file', schedule: 'schedule', none: 'none' }), aliases: ['event', 'source'], example: 'queue', means: 'what starts the work: http, stream, queue, file, schedule' },
  runtime: { ...choice({ java: 'java', spring: 'java', kotlin: 'java', python: 'python', node: 'node', nodejs: 'node', javascript: 'node', typescript: 'node', go: 'go', golang: 'go', dotnet: 'dotnet', '.net': 'dotnet', 'c#': 'dotnet', ruby: 'ruby', rust: 'rust', php: 'php' }), aliases: ['language', 'lang'], example: 'java', means: 'language runtime' },
} satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export function isFieldName(name: string): name is FieldName {
  return name in FIELDS;
}

/** A setting's value as people read it ("20 minutes", "12 GB", "bursty"). */
export function showSetting(name: FieldName, value: SettingValue): string {
  return (FIELDS[name] as FieldSpec).show(value);
}
