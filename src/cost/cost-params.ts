import { groupDigits } from '../number-format.js';
import { fail, ok, UserError, type Result } from '../errors.js';
import type { Knowledge } from '../knowledge/schema.js';
import { inRange, oneOf, parseNumber, parseParams, parseYesNo, type ParamSpec } from '../parse/params.js';
import { parseCount, parseDuration, parseSize } from '../parse/units.js';
import { quotaValue } from '../knowledge/quotas.js';
import type { Arch } from './lambda.js';

/** What `/compute cost` was asked, with units resolved. */
export interface CostRequest {
  region: string;
  arch: Arch;
  freeTier: boolean;
  lambda?: { requests: number; durationMs: number; memoryMb: number; ephemeralMb?: number; provisioned?: { environments: number; hours: number } };
  instance?: string;
  instances: number;
  hours: number;
  commitment?: string;
  fargate?: { vcpu: number; memoryGb: number; storageGb: number; tasks: number };
}

const archChoices = oneOf<Arch>({ x86: 'x86', x86_64: 'x86', amd64: 'x86', intel: 'x86', arm: 'arm', arm64: 'arm', graviton: 'arm', aarch64: 'arm' });

/** The settings `/compute cost` accepts; Lambda's ranges come from the quotas table. */
export function costParamSpecs(knowledge: Knowledge): Record<string, ParamSpec> {
  const minMb = quotaValue(knowledge, 'lambda.memory.min', 'mb');
  const maxMb = quotaValue(knowledge, 'lambda.memory.max', 'mb');
  const maxSeconds = quotaValue(knowledge, 'lambda.timeout', 's');
  const mb = (n: number) => `${groupDigits(Math.round(n))} MB`;
  return {
    requests: { aliases: ['invocations', 'calls'], example: '3M', parse: inRange(parseCount, 0, 1e13, groupDigits) },
    duration: { aliases: ['time', 'runtime'], example: '120ms', parse: inRange((v) => mapOk(parseDuration(v), (s) => s * 1000), 1, maxSeconds * 1000, (n) => `${n / 1000} s`, `Lambda's maximum timeout is ${maxSeconds} s`) },
    memory: { aliases: ['mem', 'ram'], example: '512mb', parse: inRange(parseSize, minMb, maxMb, mb, 'Lambda\'s memory range') },
    storage: { aliases: ['ephemeral', 'ephemeral-storage', 'tmp'], example: '2gb', parse: inRange(parseSize, 512, quotaValue(knowledge, 'lambda.ephemeral-storage.max', 'mb'), mb) },
    arch: { aliases: ['architecture', 'cpu'], example: 'arm', parse: archChoices },
    'free-tier': { aliases: ['freetier', 'free'], example: 'no', parse: parseYesNo },
    provisioned: { aliases: ['provisioned-concurrency', 'pc'], example: '10', parse: inRange(parseNumber, 0, 1e6, String) },
    'provisioned-hours': { aliases: ['pc-hours'], example: '730', parse: inRange(parseNumber, 0, 744, (n) => `${n} h`, 'a month has at most 744 hours') },
    instance: { aliases: ['instance-type', 'type', 'ec2'], example: 'm5.large', parse: (v) => ok(v.toLowerCase()) },
    instances: { aliases: ['count', 'servers'], example: '2', parse: inRange(parseNumber, 1, 10_000, String) },
    hours: { aliases: ['hours-per-month'], example: '730', parse: inRange(parseNumber, 0, 744, (n) => `${n} h`, 'a month has at most 744 hours') },
    commitment: { aliases: ['savings-plan', 'term', 'reserved'], example: '3y', parse: oneOf({ none: 'none', no: 'none', 'on-demand': 'none', '1y': '1y', '1yr': '1y', '1-year': '1y', '3y': '3y', '3yr': '3y', '3-year': '3y' }) },
    region: { example: 'us-east-1', parse: (v) => ok(v.toLowerCase()) },
    'fargate-vcpu': { aliases: ['vcpu', 'vcpus', 'cpus'], example: '0.5', parse: inRange(parseNumber, 0.25, quotaValue(knowledge, 'fargate.vcpu.max'), (n) => `${n} vCPU`) },
    'fargate-memory': { example: '1gb', parse: inRange(parseSize, 512, quotaValue(knowledge, 'fargate.memory.max', 'mb'), mb) },
    'fargate-storage': { example: '30gb', parse: inRange(parseSize, 0, quotaValue(knowledge, 'fargate.ephemeral-storage', 'mb'), mb) },
    tasks: { aliases: ['pods'], example: '2', parse: inRange(parseNumber, 1, 100_000, String) },
  };
}

function mapOk<A, B>(r: Result<A>, f: (a: A) => B): Result<B> {
  return r.ok ? ok(f(r.value)) : r;
}

/** After a bare `fargate` word, `vcpu=`, `memory=` and `storage=` describe the Fargate task. */
function scopeFargate(args: readonly string[]): string[] {
  let inFargate = false;
  return args.flatMap((a) => {
    if (/^fargate$/i.test(a)) {
      inFargate = true;
      return [];
    }
    return inFargate ? [a.replace(/^(vcpu|memory|mem|storage)\s*([=:])/i, 'fargate-$1$2').replace(/^fargate-mem([=:])/i, 'fargate-memory$1')] : [a];
  });
}

/** Reads `/compute cost` arguments into a request, or says exactly what is missing or wrong. */
export function readCostRequest(args: readonly string[], knowledge: Knowledge): Result<CostRequest> {
  const parsed = parseParams(scopeFargate(args), costParamSpecs(knowledge), 'cost');
  if (!parsed.ok) return parsed;
  const { values: v, words } = parsed.value;
  if (words.length > 0) {
    return fail(new UserError('cost-free-text', `I read cost settings as key=value and don't know what to do with ${words.map((w) => `"${w}"`).join(', ')}.`, 'For example `cost requests=3M duration=120ms memory=512mb instance=m5.large`.'));
  }
  const lambdaKeys = ['requests', 'duration', 'memory'] as const;
  const given = lambdaKeys.filter((k) => v[k] !== undefined);
  if (given.length > 0 && given.length < 3) {
    const missing = lambdaKeys.filter((k) => v[k] === undefined);
    return fail(new UserError('cost-missing', `For Lambda I also need ${missing.map((k) => `\`${k}\``).join(' and ')}.`, 'For example `cost requests=3M duration=120ms memory=512mb`.', [`cost requests=${String((v.requests as number | undefined) ?? '3M')} duration=120ms memory=512mb`]));
  }
  const fargateGiven = v['fargate-vcpu'] !== undefined || v['fargate-memory'] !== undefined;
  if (given.length === 0 && v.instance === undefined && !fargateGiven) {
    return fail(new UserError('cost-empty', 'Tell me about the workload.', 'For example `cost requests=3M duration=120ms memory=512mb`, optionally with `instance=m5.large`, `commitment=3y` or `fargate vcpu=0.5 memory=1gb`.', ['cost requests=3M duration=120ms memory=512mb']));
  }
  const num = (k: string) => v[k] as number | undefined;
  const provisioned = num('provisioned');
  return ok({
    region: (v.region as string | undefined) ?? 'us-east-1',
    arch: (v.arch as Arch | undefined) ?? 'x86',
    freeTier: (v['free-tier'] as boolean | undefined) ?? true,
    ...(given.length === 3
      ? {
          lambda: {
            requests: num('requests') ?? 0,
            durationMs: num('duration') ?? 0,
            memoryMb: num('memory') ?? 0,
            ...(num('storage') !== undefined ? { ephemeralMb: num('storage') } : {}),
            ...(provisioned ? { provisioned: { environments: provisioned, hours: num('provisioned-hours') ?? num('hours') ?? 730 } } : {}),
          },
        }
      : {}),
    ...(v.instance !== undefined ? { instance: v.instance as string } : {}),
    instances: num('instances') ?? 1,
    hours: num('hours') ?? 730,
    ...(v.commitment !== undefined ? { commitment: v.commitment as string } : {}),
    ...(fargateGiven
      ? { fargate: { vcpu: num('fargate-vcpu') ?? 0.25, memoryGb: (num('fargate-memory') ?? 512) / 1024, storageGb: (num('fargate-storage') ?? 20 * 1024) / 1024, tasks: num('tasks') ?? 1 } }
      : {}),
  });
}
