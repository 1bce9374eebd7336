/**
 * The workload settings `/compute recommend` understands, declared once (src/settings/setting.ts).
 * Numbers are kept in one unit per setting, the unit `tables/rules.yaml` conditions are written in.
 */
import { fail, ok, UserError, type Result } from '../errors.js';
import { groupDigits } from '../number-format.js';
import { parseNumber } from '../parse/params.js';
import { parseCount, parseDuration, parsePercent, parseSize } from '../parse/units.js';
import { byName, choiceSetting, numberSetting, yesNoSetting, type SettingValue } from '../settings/setting.js';
import { ARCH, DURATION, MEMORY, REQUESTS, STORAGE } from '../settings/shared.js';
import { showMegabytes, showRate, showSeconds } from '../settings/show.js';

export type { SettingValue };
/** A workload as settings; a setting that was not stated is absent. */
export type Workload = Partial<Record<FieldName, SettingValue>>;

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

const latencyMs = (v: string): Result<number> => {
  const r = parseDuration(v);
  return r.ok ? ok(r.value * 1000) : r;
};

/** Every recommend setting, in the order Discord offers them and `As settings` lines spell them. */
export const RECOMMEND_SETTINGS = [
  DURATION,
  MEMORY,
  yesNoSetting({ name: 'gpu', aliases: ['gpus'], example: 'yes', means: 'Needs a GPU', offer: 'key' }),
  choiceSetting(
    { name: 'traffic', aliases: ['load', 'pattern'], example: 'bursty', means: 'Traffic shape', offer: 'key' },
    {
      steady: 'steady',
      constant: 'steady',
      predictable: 'steady',
      bursty: 'bursty',
      variable: 'bursty',
      spiky: 'spiky',
      spikes: 'spiky',
      scheduled: 'scheduled',
      cron: 'scheduled',
      batch: 'scheduled',
      unpredictable: 'unpredictable',
      unknown: 'unpredictable',
    },
  ),
  numberSetting(
    {
      name: 'utilization',
      aliases: ['utilisation', 'busy', 'usage'],
      example: '80%',
      means: 'Average busy share of the capacity',
      offer: 'common',
    },
    parsePercent,
    (v) => `${Math.round(v * 100)}%`,
  ),
  choiceSetting(
    { name: 'state', aliases: [], example: 'stateless', means: 'Stateless or stateful', offer: 'key' },
    { stateless: 'stateless', stateful: 'stateful', none: 'stateless' },
  ),
  yesNoSetting({
    name: 'os',
    aliases: ['os-control', 'host', 'host-control', 'root'],
    example: 'no',
    means: 'Needs OS, kernel or host control',
    offer: 'common',
  }),
  choiceSetting(
    {
      name: 'connections',
      aliases: ['connection'],
      example: 'persistent',
      means: 'Holds persistent connections (websockets)',
      offer: 'common',
    },
    {
      persistent: 'persistent',
      websocket: 'persistent',
      websockets: 'persistent',
      long: 'persistent',
      none: 'none',
      short: 'none',
      no: 'none',
    },
  ),
  numberSetting(
    {
      name: 'package',
      aliases: ['package-size', 'artifact', 'image', 'image-size'],
      example: '300mb',
      means: 'Artifact or container image size',
      offer: 'common',
    },
    parseSize,
    showMegabytes,
  ),
  STORAGE,
  numberSetting(
    { name: 'latency', aliases: ['p99', 'p99-latency', 'latency-target'], example: '100ms', means: 'p99 latency target', offer: 'common' },
    latencyMs,
    (v) => showSeconds(v / 1000),
  ),
  REQUESTS,
  numberSetting(
    { name: 'concurrency', aliases: ['concurrent'], example: '500', means: 'Requests in flight at the peak', offer: 'common' },
    parseCount,
    // Exact, as the quota it is held against is written ("1,502", not "1.5k", beside "1,000").
    (v) => `${groupDigits(v)} concurrent executions`,
  ),
  ARCH,
  choiceSetting(
    { name: 'ops', aliases: ['ops-capacity', 'operations'], example: 'low', means: "The team's operations capacity", offer: 'common' },
    { low: 'low', none: 'low', minimal: 'low', high: 'high', strong: 'high' },
  ),
  numberSetting(
    { name: 'vcpu', aliases: ['vcpus', 'cpu', 'cpus', 'cores'], example: '4', means: 'vCPUs one run needs' },
    parseNumber,
    (v) => `${v} vCPU${v === 1 ? '' : 's'}`,
  ),
  numberSetting(
    { name: 'payload', aliases: ['payload-size', 'body', 'request-size'], example: '8mb', means: 'Size of one request or event' },
    parseSize,
    showMegabytes,
  ),
  yesNoSetting({ name: 'container', aliases: ['containers', 'containerized', 'docker'], example: 'yes', means: 'Packaged as containers' }),
  yesNoSetting({ name: 'kubernetes', aliases: ['k8s'], example: 'no', means: 'Needs the Kubernetes API' }),
  numberSetting(
    { name: 'deploys', aliases: ['deploy-frequency', 'deployments', 'releases'], example: '10/day', means: 'How often it deploys' },
    parseRate,
    showRate,
  ),
  yesNoSetting({
    name: 'long-running',
    aliases: ['long-running-process', 'always-on', 'daemon', 'server'],
    example: 'yes',
    means: 'A process that stays up (server, daemon, broker)',
  }),
  yesNoSetting({ name: 'latency-sensitive', aliases: ['cold-starts-matter'], example: 'yes', means: 'Latency matters (no target given)' }),
  numberSetting(
    { name: 'wait', aliases: ['waits', 'wait-time'], example: '7d', means: 'Longest wait between steps (approvals, callbacks)' },
    parseDuration,
    showSeconds,
  ),
  numberSetting(
    { name: 'startup', aliases: ['init', 'warm-up', 'warmup', 'start-up'], example: '3m', means: 'Time to start and warm up' },
    parseDuration,
    showSeconds,
  ),
  numberSetting(
    { name: 'nodes', aliases: ['multi-node', 'machines'], example: '32', means: 'Machines one job spans (MPI, multi-node)' },
    parseNumber,
    (v) => `${v} machines`,
  ),
  yesNoSetting({ name: 'interruptible', aliases: ['spot', 'retryable'], example: 'yes', means: 'Can be interrupted and retried (Spot)' }),
  yesNoSetting({
    name: 'queued-jobs',
    aliases: ['jobs', 'batch-jobs', 'job-queue'],
    example: 'yes',
    means: 'Many independent jobs that queue up (simulations, renders, batch ETL)',
  }),
  choiceSetting(
    { name: 'trigger', aliases: ['event', 'source'], example: 'queue', means: 'What starts the work' },
    {
      http: 'http',
      api: 'http',
      stream: 'stream',
      kinesis: 'stream',
      queue: 'queue',
      sqs: 'queue',
      file: 'file',
      s3: 'file',
      schedule: 'schedule',
      none: 'none',
    },
  ),
  choiceSetting(
    { name: 'runtime', aliases: ['language', 'lang'], example: 'java', means: 'Language runtime' },
    {
      java: 'java',
      spring: 'java',
      kotlin: 'java',
      python: 'python',
      node: 'node',
      nodejs: 'node',
      javascript: 'node',
      typescript: 'node',
      go: 'go',
      golang: 'go',
      dotnet: 'dotnet',
      '.net': 'dotnet',
      'c#': 'dotnet',
      ruby: 'ruby',
      rust: 'rust',
      php: 'php',
    },
  ),
] as const;

export const FIELDS = byName(RECOMMEND_SETTINGS);
export type FieldName = (typeof RECOMMEND_SETTINGS)[number]['name'];
export const FIELD_NAMES: readonly FieldName[] = RECOMMEND_SETTINGS.map((s) => s.name);

export function isFieldName(name: string): name is FieldName {
  return name in FIELDS;
}

/** A setting's value as people read it ("20 minutes", "12 GB", "bursty"). */
export function showSetting(name: FieldName, value: SettingValue): string {
  return FIELDS[name].show(value);
}
