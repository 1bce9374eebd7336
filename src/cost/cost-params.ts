import { groupDigits } from '../number-format.js';
import { fail, ok, UserError, type Result } from '../errors.js';
import type { Knowledge } from '../knowledge/schema.js';
import { parseNumber } from '../parse/params.js';
import { parseSize } from '../parse/units.js';
import { readSettings, type Range, type SettingsInput } from '../settings/read-settings.js';
import { choiceSetting, numberSetting, textSetting, yesNoSetting } from '../settings/setting.js';
import { ARCH, DURATION, MEMORY, REQUESTS, STORAGE } from '../settings/shared.js';
import { quotaValue } from '../knowledge/quotas.js';
import { hoursPerMonth } from './hours.js';
import type { Arch } from './lambda.js';

/** What `/compute cost` was asked, with units resolved. */
export interface CostRequest {
  region: string;
  arch: Arch;
  freeTier: boolean;
  lambda?: {
    /** 0 and 0 for Provisioned Concurrency priced alone, with no traffic (`cost memory=2gb provisioned=1`). */
    requests: number;
    durationMs: number;
    memoryMb: number;
    ephemeralMb?: number;
    provisioned?: { environments: number; hours: number };
  };
  instance?: string;
  /** How many instances; sized for the load when not given. */
  instances?: number;
  hours: number;
  commitment?: string;
  fargate?: { vcpu: number; memoryGb: number; storageGb: number; tasks: number; os?: 'linux' | 'windows' };
}

const mb = (n: number) => `${groupDigits(Math.round(n))} MB`;

/** Every cost setting, in the order Discord offers them; `cost` has no free text, so each one is an option. */
export const COST_SETTINGS = [
  REQUESTS,
  DURATION,
  MEMORY,
  ARCH,
  textSetting({
    name: 'instance',
    aliases: ['instance-type', 'type', 'ec2'],
    example: 'm5.large',
    means: 'EC2 instance type to compare with',
    complete: 'instances',
  }),
  numberSetting({ name: 'instances', aliases: ['count', 'servers'], example: '2', means: 'How many EC2 instances' }, parseNumber, String),
  choiceSetting(
    {
      name: 'commitment',
      aliases: ['savings-plan', 'term', 'reserved'],
      example: '3y',
      means: 'Savings Plan term for the committed EC2 price',
    },
    { none: 'none', no: 'none', 'on-demand': 'none', '1y': '1y', '1yr': '1y', '1-year': '1y', '3y': '3y', '3yr': '3y', '3-year': '3y' },
  ),
  yesNoSetting({ name: 'free-tier', aliases: ['freetier', 'free'], example: 'no', means: 'Apply the Lambda free tier' }),
  STORAGE,
  numberSetting(
    {
      name: 'provisioned',
      aliases: ['provisioned-concurrency', 'pc'],
      example: '10',
      means: 'Lambda environments kept warm (Provisioned Concurrency)',
    },
    parseNumber,
    String,
  ),
  numberSetting(
    { name: 'provisioned-hours', aliases: ['pc-hours'], example: '730', means: 'Hours a month Provisioned Concurrency is on' },
    parseNumber,
    (n) => `${n} h`,
  ),
  numberSetting(
    { name: 'hours', aliases: ['hours-per-month'], example: '730', means: 'Hours a month EC2 and Fargate run' },
    parseNumber,
    (n) => `${n} h`,
  ),
  textSetting({ name: 'region', aliases: [], example: 'us-east-1', means: 'AWS region of the prices' }),
  numberSetting({ name: 'fargate-vcpu', aliases: [], example: '0.5', means: 'vCPUs of one Fargate task' }, parseNumber, (n) => `${n} vCPU`),
  numberSetting({ name: 'fargate-memory', aliases: [], example: '1gb', means: 'Memory of one Fargate task' }, parseSize, mb),
  numberSetting({ name: 'fargate-storage', aliases: [], example: '30gb', means: 'Ephemeral storage of one Fargate task' }, parseSize, mb),
  numberSetting({ name: 'tasks', aliases: ['pods'], example: '2', means: 'How many Fargate tasks' }, parseNumber, String),
  choiceSetting(
    { name: 'fargate-os', aliases: [], example: 'windows', means: 'Operating system of the Fargate tasks' },
    { linux: 'linux', windows: 'windows' },
  ),
] as const;

/** The ranges `/compute cost` puts on its settings: Lambda's and Fargate's come from the quotas table. */
export function costRanges(knowledge: Knowledge): Record<string, Range> {
  const hours = { min: 0, max: 744, why: 'a month has at most 744 hours' };
  return {
    requests: { min: 0, max: 1e13 },
    duration: {
      min: 0.001,
      max: quotaValue(knowledge, 'lambda.timeout', 's'),
      why: `Lambda's maximum timeout is ${quotaValue(knowledge, 'lambda.timeout', 's')} s`,
    },
    memory: {
      min: quotaValue(knowledge, 'lambda.memory.min', 'mb'),
      max: quotaValue(knowledge, 'lambda.memory.max', 'mb'),
      why: "Lambda's memory range",
      show: mb,
    },
    storage: { min: 512, max: quotaValue(knowledge, 'lambda.ephemeral-storage.max', 'mb'), show: mb },
    provisioned: { min: 0, max: 1e6 },
    'provisioned-hours': hours,
    instances: { min: 1, max: 10_000 },
    hours,
    'fargate-vcpu': { min: 0.25, max: quotaValue(knowledge, 'fargate.vcpu.max') },
    'fargate-memory': { min: 512, max: quotaValue(knowledge, 'fargate.memory.max', 'mb'), show: mb },
    'fargate-storage': { min: 0, max: quotaValue(knowledge, 'fargate.ephemeral-storage', 'mb'), show: mb },
    tasks: { min: 1, max: 100_000 },
  };
}

/** After a bare `fargate` word, `vcpu=`, `memory=` and `storage=` describe the Fargate task. */
function scopeFargate(args: readonly string[]): string[] {
  let inFargate = false;
  return args.flatMap((a) => {
    if (/^fargate$/i.test(a)) {
      inFargate = true;
      return [];
    }
    return inFargate
      ? [
          a
            .replace(/^(?:v?cpus?)\s*([=:])/i, 'fargate-vcpu$1')
            .replace(/^(memory|mem|storage|os)\s*([=:])/i, 'fargate-$1$2')
            .replace(/^fargate-mem([=:])/i, 'fargate-memory$1'),
        ]
      : [a];
  });
}

/** What a bill assumes when the question does not say: x86, and the free tier not used up by other functions. */
export const LAMBDA_DEFAULTS: { arch: Arch; freeTier: boolean } = { arch: 'x86', freeTier: true };

/** Reads `/compute cost` arguments into a request, or says exactly what is missing or wrong. */
export function readCostRequest(input: SettingsInput, knowledge: Knowledge): Result<CostRequest> {
  const parsed = readSettings(COST_SETTINGS, { args: scopeFargate(input.args), values: input.values }, 'cost', costRanges(knowledge), {
    hoursPerMonth: hoursPerMonth(knowledge, input.values?.region),
  });
  if (!parsed.ok) return parsed;
  const { values: v, words } = parsed.value;
  if (words.length > 0) {
    return fail(
      new UserError(
        'cost-free-text',
        `I read cost settings as key=value and don't know what to do with ${words.map((w) => `"${w}"`).join(', ')}.`,
        'For example `cost requests=3M duration=120ms memory=512mb instance=m5.large`.',
      ),
    );
  }
  const lambdaKeys = ['requests', 'duration', 'memory'] as const;
  const given = lambdaKeys.filter((k) => v[k] !== undefined);
  // Provisioned Concurrency bills while it is on, used or not: with the memory it is a bill with no traffic.
  const standing = v.provisioned !== undefined && given.length === 1 && given[0] === 'memory';
  if (given.length > 0 && given.length < 3 && !standing) {
    const missing = lambdaKeys.filter((k) => v[k] === undefined);
    return fail(
      new UserError(
        'cost-missing',
        `For Lambda I also need ${missing.map((k) => `\`${k}\``).join(' and ')}.`,
        'For example `cost requests=3M duration=120ms memory=512mb`.',
        [`cost requests=${String((v.requests as number | undefined) ?? '3M')} duration=120ms memory=512mb`],
      ),
    );
  }
  const fargateGiven = v['fargate-vcpu'] !== undefined || v['fargate-memory'] !== undefined;
  if (given.length === 0 && v.instance === undefined && !fargateGiven) {
    return fail(
      new UserError(
        'cost-empty',
        'Tell me about the workload.',
        'For example `cost requests=3M duration=120ms memory=512mb`, optionally with `instance=m5.large`, `commitment=3y` or `fargate vcpu=0.5 memory=1gb`.',
        ['cost requests=3M duration=120ms memory=512mb'],
      ),
    );
  }
  const num = (k: string) => v[k] as number | undefined;
  const provisioned = num('provisioned');
  return ok({
    region: (v.region as string | undefined) ?? knowledge.defaultRegion,
    arch: (v.arch as Arch | undefined) ?? LAMBDA_DEFAULTS.arch,
    freeTier: (v['free-tier'] as boolean | undefined) ?? LAMBDA_DEFAULTS.freeTier,
    ...(given.length === 3 || standing
      ? {
          lambda: {
            requests: num('requests') ?? 0,
            durationMs: (num('duration') ?? 0) * 1000,
            memoryMb: num('memory') ?? 0,
            ...(num('storage') !== undefined ? { ephemeralMb: num('storage') } : {}),
            ...(provisioned
              ? {
                  provisioned: {
                    environments: provisioned,
                    hours: num('provisioned-hours') ?? num('hours') ?? hoursPerMonth(knowledge, v.region as string | undefined),
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(v.instance !== undefined ? { instance: v.instance as string } : {}),
    ...(num('instances') !== undefined ? { instances: num('instances') } : {}),
    hours: num('hours') ?? hoursPerMonth(knowledge, v.region as string | undefined),
    ...(v.commitment !== undefined ? { commitment: v.commitment as string } : {}),
    ...(fargateGiven
      ? {
          fargate: {
            vcpu: num('fargate-vcpu') ?? 0.25,
            memoryGb: (num('fargate-memory') ?? 512) / 1024,
            storageGb: (num('fargate-storage') ?? 20 * 1024) / 1024,
            tasks: num('tasks') ?? 1,
            ...(v['fargate-os'] === 'windows' ? { os: 'windows' as const } : {}),
          },
        }
      : {}),
  });
}
