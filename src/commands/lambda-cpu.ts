/**
 * "memorySize: 3538 — how many vCPUs is that on lambda?": Lambda has no CPU setting, so the vCPUs a memory
 * size buys (or the memory a number of vCPUs needs) is worked out from the quota table, not looked up:
 * CPU grows in proportion to memory, one vCPU's worth at `lambda.memory.per-vcpu`, up to `lambda.vcpu.max`
 * at `lambda.memory.max`.
 */
import { quota, quotaValue } from '../knowledge/quotas.js';
import type { Knowledge } from '../knowledge/schema.js';
import { groupDigits } from '../number-format.js';
import { uniqueSources, type Reply } from '../reply.js';
import { quotaFact } from './limit-check.js';

/** What was worked out: the sentence that leads the answer and the quotas it rests on. */
export interface LambdaCpu {
  sentence: string;
  quotaIds: readonly string[];
}

const PER_VCPU = 'lambda.memory.per-vcpu';

/** The vCPUs' worth a memory size gets, or that it is over the maximum; undefined under the minimum. */
export function vcpusForMemory(memoryMb: number, knowledge: Knowledge): LambdaCpu | undefined {
  const [min, max, perVcpu, maxVcpus] = lambdaCpuQuotas(knowledge);
  if (memoryMb < min) return undefined;
  if (memoryMb > max)
    return {
      sentence: `No such setting: ${groupDigits(memoryMb)} MB is over Lambda's ${groupDigits(max)} MB maximum, which gets ${maxVcpus} vCPUs, the most a function can have. For more, look at Fargate or EC2.`,
      quotaIds: ['lambda.memory.max', 'lambda.vcpu.max'],
    };
  const share = memoryMb >= max ? maxVcpus : Math.min(maxVcpus, memoryMb / perVcpu);
  const vcpus = share >= 1 ? `about ${trimmed(share)} vCPU${trimmed(share) === '1' ? '' : 's'}` : `about ${trimmed(share)} of one vCPU`;
  const rule =
    memoryMb >= max
      ? `the ${groupDigits(max)} MB maximum gets ${maxVcpus}`
      : `${groupDigits(memoryMb)} ÷ ${groupDigits(perVcpu)} MB per vCPU`;
  return {
    sentence: `${groupDigits(memoryMb)} MB on Lambda gets the equivalent of ${vcpus} (${rule}): CPU follows memory, and there is no separate CPU setting.`,
    quotaIds: [PER_VCPU, 'lambda.vcpu.max'],
  };
}

/** The memory to set for a number of vCPUs, or that Lambda has no such size. */
export function memoryForVcpus(vcpus: number, knowledge: Knowledge): LambdaCpu | undefined {
  const [min, max, perVcpu, maxVcpus] = lambdaCpuQuotas(knowledge);
  if (vcpus <= 0) return undefined;
  if (vcpus > maxVcpus)
    return {
      sentence: `No: a Lambda function gets at most ${maxVcpus} vCPUs, at its ${groupDigits(max)} MB maximum, so ${trimmed(vcpus)} vCPUs needs Fargate or EC2.`,
      quotaIds: ['lambda.vcpu.max', 'lambda.memory.max'],
    };
  const memory = Math.min(max, Math.max(min, Math.ceil(vcpus * perVcpu)));
  const how =
    memory >= max ? `the ${groupDigits(max)} MB maximum, which is what gets ${maxVcpus}` : `${trimmed(vcpus)} × ${groupDigits(perVcpu)} MB`;
  return {
    sentence: `For ${trimmed(vcpus)} vCPU${vcpus === 1 ? '' : 's'}' worth of CPU on Lambda, set memory to about ${groupDigits(memory)} MB (${how}): CPU follows memory, and there is no separate CPU setting.`,
    quotaIds: [PER_VCPU, 'lambda.vcpu.max'],
  };
}

/** The answer with what was worked out first: in its summary, then as a fact beside the quotas it rests on. */
export function withLambdaCpu(reply: Reply, cpu: LambdaCpu, knowledge: Knowledge): Reply {
  const quotas = cpu.quotaIds.map((id) => quota(knowledge, id));
  return {
    ...reply,
    summary: `${cpu.sentence} ${reply.summary ?? ''}`.trim(),
    blocks: [{ type: 'facts', facts: [{ text: cpu.sentence }, ...quotas.map(quotaFact)] }, ...reply.blocks],
    sources: uniqueSources([...quotas.map((q) => q.source), ...reply.sources]),
  };
}

function lambdaCpuQuotas(knowledge: Knowledge): [number, number, number, number] {
  return [
    quotaValue(knowledge, 'lambda.memory.min', 'mb'),
    quotaValue(knowledge, 'lambda.memory.max', 'mb'),
    quotaValue(knowledge, PER_VCPU, 'mb'),
    quotaValue(knowledge, 'lambda.vcpu.max'),
  ];
}

/** 2, 1.7, 0.58: a share of CPU to two significant figures, with no trailing zeros. */
const trimmed = (n: number) => String(Number(n.toPrecision(2)));
