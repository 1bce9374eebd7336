/**
 * Settings that `recommend` and `cost` share: one name, one set of spellings and one unit each, so
 * `arch=aarch64` or `mem=2gb` mean the same wherever they are typed. Each command adds its own ranges.
 */
import { formatCount } from '../cost/format.js';
import { parseDuration, parseMonthlyCount, parseSize } from '../parse/units.js';
import { choiceSetting, numberSetting } from './setting.js';
import { showMegabytes, showSeconds } from './show.js';

/** How long one run takes, in seconds. */
export const DURATION = numberSetting(
  { name: 'duration', aliases: ['runtime-per-run', 'run-time', 'time'], example: '90s', means: 'How long one run takes', offer: 'key' },
  parseDuration,
  showSeconds,
);

/** Memory one run needs, in MB. */
export const MEMORY = numberSetting(
  { name: 'memory', aliases: ['mem', 'ram'], example: '2gb', means: 'Memory one run or process needs', offer: 'key' },
  parseSize,
  showMegabytes,
);

/** Requests or runs a month. */
export const REQUESTS = numberSetting(
  { name: 'requests', aliases: ['invocations', 'calls'], example: '3M', means: 'Requests or runs per month', offer: 'common' },
  (v, context) => parseMonthlyCount(v, context?.hoursPerMonth),
  (v) => `${formatCount(v)} a month`,
);

/** Local scratch disk (Lambda's ephemeral storage, a task's disk), in MB. */
export const STORAGE = numberSetting(
  {
    name: 'storage',
    aliases: ['scratch', 'scratch-disk', 'disk', 'tmp', 'ephemeral', 'ephemeral-storage'],
    example: '2gb',
    means: 'Local scratch disk',
    offer: 'common',
  },
  parseSize,
  showMegabytes,
);

/** CPU architecture. */
export const ARCH = choiceSetting(
  { name: 'arch', aliases: ['architecture'], example: 'arm', means: 'CPU architecture', offer: 'common' },
  { x86: 'x86', x86_64: 'x86', amd64: 'x86', intel: 'x86', arm: 'arm', arm64: 'arm', graviton: 'arm', aarch64: 'arm' },
);
