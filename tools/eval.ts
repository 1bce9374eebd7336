/**
 * `npm run eval`: runs every split in ../shared/eval (and our own samples in eval/) through the real
 * answer path (Advisor.handle). Ranked questions (questions.json) print top-1, top-3, MRR and the
 * off-topic false-accept rate beside plain fuse.js defaults over the same entries, so the search design
 * is chosen by measurement; questions with patterns (must_match) print per kind with the confident wrong
 * answers listed; then recommendations and cost.
 */
import Fuse from 'fuse.js';
import type { Entry } from '../src/knowledge/schema.js';
import { loadAdvisor } from '../src/load.js';
import { evalCost } from './eval-cost.js';
import { evalFiles, questionsSchema, readEvalFile } from './eval-data.js';
import { phrasingSchema, printPhrasing, scorePhrasing } from './eval-phrasing.js';
import { evalScenarios } from './eval-scenarios.js';

interface Scores {
  top1: number;
  top3: number;
  mrr: number;
  falseAccept: number;
  misses: string[];
}

const advisor = await loadAdvisor();
const { entries } = advisor.context.knowledge;
const byId = new Map(entries.map((e) => [e.id, e]));
const set = readEvalFile('questions.json', questionsSchema);

/** An entry answers a question when its id or one of its topic tags is an expected topic. */
const correct = (id: string, expected: string[]) => {
  const e = byId.get(id);
  return e !== undefined && (expected.includes(e.id) || e.tags.some((t) => expected.includes(t)));
};

function score(rank: (q: string) => { ids: string[]; answered: boolean }): Scores {
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const q of set.questions) {
    const { ids, answered } = rank(q.question);
    const position = ids.findIndex((id) => correct(id, q.expected_topics));
    if (answered && position === 0) top1++;
    if (position >= 0 && position < 3) top3++;
    if (position >= 0) rr += 1 / (position + 1);
    if (!(answered && position === 0))
      misses.push(
        `${q.id} [${answered ? 'answered' : 'unsure'}: ${ids.slice(0, 3).join(', ') || '—'}] want ${q.expected_topics.join('|')} — ${q.question}`,
      );
  }
  const accepted = set.off_topic.filter((q) => rank(q.question).answered).length;
  const n = set.questions.length;
  return { top1: top1 / n, top3: top3 / n, mrr: rr / n, falseAccept: accepted / set.off_topic.length, misses };
}

// A comparison card is a definitive answer too ("lambda vs fargate for a 30 min job"): it counts as answered,
// with the curated comparison entry it is built from ranked first.
const chosen = score((question) => {
  const reply = advisor.handle(question);
  const ids = [
    ...(reply.kind === 'compare' && reply.data?.entryId ? [reply.data.entryId] : []),
    ...(reply.data?.matches ?? []).map((m) => m.id),
  ];
  return { ids, answered: reply.kind === 'answer' || reply.kind === 'compare' };
});

const fuse = new Fuse<Entry>(entries, { keys: ['title', 'aliases', 'tags', 'answer', 'body'] });
const baseline = score((question) => {
  const ids = fuse
    .search(question)
    .slice(0, 5)
    .map((r) => r.item.id);
  return { ids, answered: ids.length > 0 };
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
console.log(`Questions: ${set.questions.length} on-topic, ${set.off_topic.length} off-topic; ${entries.length} knowledge entries\n`);
console.log(`${'metric'.padEnd(26)}${'fuse.js defaults'.padStart(18)}${'chosen (BM25)'.padStart(16)}   target`);
const rows: [string, keyof Omit<Scores, 'misses'>, string][] = [
  ['top-1 (answered, correct)', 'top1', '>= 90%'],
  ['top-3', 'top3', '>= 97%'],
  ['MRR', 'mrr', ''],
  ['off-topic false-accept', 'falseAccept', '<= 10%'],
];
for (const [label, key, target] of rows) {
  const fmt = key === 'mrr' ? (x: number) => x.toFixed(3).padStart(8) : pct;
  console.log(`${label.padEnd(26)}${fmt(baseline[key]).padStart(18)}${fmt(chosen[key]).padStart(16)}   ${target}`);
}
if (process.argv.includes('--misses')) {
  console.log('\nMisses (chosen):');
  for (const m of chosen.misses) console.log(`  ${m}`);
}

const showMisses = process.argv.includes('--misses');
for (const file of evalFiles()) {
  if (file.kind === 'questions' && file.name !== 'questions.json')
    printPhrasing(scorePhrasing(advisor, file.name, readEvalFile(file.path, phrasingSchema)), showMisses);
  if (file.kind === 'scenarios') evalScenarios(advisor, file.path, file.name, showMisses);
  if (file.kind === 'cost') evalCost(advisor, file.path, file.name);
}
