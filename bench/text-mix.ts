/**
 * What `npm run bench:http` asks: many distinct questions, so neither a cache nor a warm branch can flatter
 * the figures. Every eval question and scenario on disk, every comparison pair, every topic and service's
 * limits, and cost and recommend settings from grids — several hundred asks, in a fixed shuffled order.
 * Each ask is written both ways: the text of a Slack `/compute`, and the Discord subcommand with its options.
 */
import { readFileSync } from 'node:fs';
import type { Knowledge } from '../src/knowledge/schema.js';
import { evalFiles } from '../tools/eval-data.js';

export interface Ask {
  /** What follows `/compute` in Slack. */
  slack: string;
  /** The same ask as Discord's `/compute <name>` with string options. */
  discord: { name: string; options: Record<string, string> };
}

const settingsText = (options: Record<string, string>) =>
  Object.entries(options)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/** Eval texts, whatever folders exist here (the shared split may be absent): questions and scenario workloads. */
function evalTexts(): { questions: string[]; workloads: string[] } {
  const questions: string[] = [];
  const workloads: string[] = [];
  let files: ReturnType<typeof evalFiles> = [];
  try {
    files = evalFiles();
  } catch {
    // No shared eval folder beside the repository: the repository's own samples and the grids still make a mix.
  }
  for (const file of files) {
    const data = JSON.parse(readFileSync(file.path, 'utf8')) as {
      questions?: { question: string }[];
      off_topic?: { question: string }[];
      scenarios?: { text?: string }[];
    };
    for (const q of [...(data.questions ?? []), ...(data.off_topic ?? [])]) questions.push(q.question);
    for (const s of data.scenarios ?? []) if (s.text) workloads.push(s.text);
  }
  return { questions, workloads };
}

/** A small deterministic generator (mulberry32), so every run asks the same things in the same order. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every ask of the mix, shuffled. */
export function benchAsks(knowledge: Knowledge): Ask[] {
  const asks: Ask[] = [];
  const { questions, workloads } = evalTexts();
  for (const question of questions) asks.push({ slack: question, discord: { name: 'ask', options: { question } } });
  for (const workload of workloads) asks.push({ slack: `recommend ${workload}`, discord: { name: 'recommend', options: { workload } } });
  const services = knowledge.services.map((s) => s.id);
  for (const [i, first] of services.entries())
    for (const second of services.slice(i + 1))
      asks.push({ slack: `${first}-vs-${second}`, discord: { name: 'compare', options: { first, second } } });
  for (const service of services) asks.push({ slack: `limits ${service}`, discord: { name: 'limits', options: { service } } });
  for (const entry of knowledge.entries) asks.push({ slack: `topic ${entry.id}`, discord: { name: 'topic', options: { name: entry.id } } });
  asks.push({ slack: 'help', discord: { name: 'help', options: {} } });
  // Settings grids, in fixed shares of the rest so the mix keeps its shape whichever eval files are here:
  // cost commands one ask in eight (each draws a chart, the heaviest work an answer does), recommend with
  // settings one in ten. The eval questions add cost and recommend questions in words besides.
  const next = random(15);
  const costs: Ask[] = [];
  for (const requests of ['100k', '1M', '3M', '10M', '30M', '100M', '300M'])
    for (const duration of ['20ms', '120ms', '350ms', '800ms', '2s', '30s'])
      for (const memory of ['128mb', '512mb', '1gb', '3gb']) {
        const options = { requests, duration, memory };
        costs.push({ slack: `cost ${settingsText(options)}`, discord: { name: 'cost', options } });
      }
  const recommends: Ask[] = [];
  for (const duration of ['200ms', '5s', '3m', '20m', '2h'])
    for (const memory of ['512mb', '4gb', '12gb'])
      for (const gpu of ['yes', 'no'])
        for (const traffic of ['steady', 'bursty', 'spiky']) {
          const options = { duration, memory, gpu, traffic };
          recommends.push({ slack: `recommend ${settingsText(options)}`, discord: { name: 'recommend', options } });
        }
  const total = asks.length / (1 - 1 / 8 - 1 / 10);
  asks.push(...shuffled(costs, next).slice(0, Math.round(total / 8)), ...shuffled(recommends, next).slice(0, Math.round(total / 10)));
  return shuffled(asks, next);
}

/** A copy of `items` in a random order (Fisher–Yates) from the generator given. */
function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
