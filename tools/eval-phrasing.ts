/**
 * Phrasing section of `npm run eval`: every question file whose items carry `must_match` (the second
 * split in ../shared/eval, and the blind third sample in eval/) runs through the real answer path, and
 * the whole reply text is checked against each item's patterns. Replies are sorted into three outcomes:
 * right, unsure (a "did you mean" or an honest "I don't cover that") and confident wrong — stated as an
 * answer yet missing the fact, which counts worst. Off-topic items must not get a confident answer.
 */
import * as z from '../src/zod.js';
import type { Advisor } from '../src/advisor.js';
import type { Reply } from '../src/reply.js';
import { replyToText } from '../src/render-text.js';

const itemSchema = z.object({
  id: z.string(),
  question: z.string(),
  bucket: z._default(z.string(), '-'),
  must_match: z.array(z.string()).check(z.minLength(1)),
});
const offTopicSchema = z.object({ id: z.string(), question: z.string(), bucket: z._default(z.string(), '-') });
export const phrasingSchema = z.object({ questions: z.array(itemSchema), off_topic: z.array(offTopicSchema) });
export type PhrasingSet = z.infer<typeof phrasingSchema>;

/** A reply states something as fact unless it is a question back, an honest decline, help or an error. */
export const isConfident = (reply: Reply) => !['unknown', 'help', 'error'].includes(reply.kind);

interface BucketScore {
  right: number;
  unsure: number;
  wrong: number;
  offTopic: number;
  accepted: number;
}

export interface PhrasingReport {
  name: string;
  questions: number;
  right: number;
  confidentWrong: string[];
  unsure: string[];
  offTopic: number;
  falseAccepts: string[];
  buckets: Map<string, BucketScore>;
}

const matchesAll = (text: string, patterns: string[]) => patterns.every((p) => new RegExp(p, 'i').test(text));

export function scorePhrasing(advisor: Advisor, name: string, set: PhrasingSet): PhrasingReport {
  const buckets = new Map<string, BucketScore>();
  const bucket = (b: string) => {
    let s = buckets.get(b);
    if (!s) buckets.set(b, (s = { right: 0, unsure: 0, wrong: 0, offTopic: 0, accepted: 0 }));
    return s;
  };
  const report: PhrasingReport = {
    name,
    questions: set.questions.length,
    right: 0,
    confidentWrong: [],
    unsure: [],
    offTopic: set.off_topic.length,
    falseAccepts: [],
    buckets,
  };
  for (const q of set.questions) {
    const reply = advisor.handle(q.question);
    const line = `${q.id} [${q.bucket}] ${reply.kind}: ${reply.title} — ${q.question}`;
    if (matchesAll(replyToText(reply), q.must_match)) {
      report.right++;
      bucket(q.bucket).right++;
    } else if (isConfident(reply)) {
      report.confidentWrong.push(line);
      bucket(q.bucket).wrong++;
    } else {
      report.unsure.push(line);
      bucket(q.bucket).unsure++;
    }
  }
  for (const q of set.off_topic) {
    const reply = advisor.handle(q.question);
    bucket(q.bucket).offTopic++;
    if (isConfident(reply)) {
      report.falseAccepts.push(`${q.id} [${q.bucket}] ${reply.kind}: ${reply.title} — ${q.question}`);
      bucket(q.bucket).accepted++;
    }
  }
  return report;
}

const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1)}%`.padStart(6));

export function printPhrasing(r: PhrasingReport, showMisses: boolean): void {
  console.log(`\nPhrasing: ${r.name} (${r.questions} answerable, ${r.offTopic} off-topic)`);
  console.log(
    `  ${'kind'.padEnd(6)}${'right'.padStart(12)}${'unsure'.padStart(8)}${'conf. wrong'.padStart(13)}${'off-topic accepted'.padStart(21)}`,
  );
  for (const [name, s] of [...r.buckets].sort(([a], [b]) => a.localeCompare(b))) {
    const n = s.right + s.unsure + s.wrong;
    console.log(
      `  ${name.padEnd(6)}${`${s.right}/${n}`.padStart(6)} ${pct(s.right, n)}${String(s.unsure).padStart(7)}${String(s.wrong).padStart(13)}${`${s.accepted}/${s.offTopic}`.padStart(21)}`,
    );
  }
  const falseAccept = r.offTopic === 0 ? 0 : r.falseAccepts.length / r.offTopic;
  console.log(
    `  all   top-1 ${pct(r.right, r.questions)} (target >= 95%), confident wrong ${r.confidentWrong.length}, off-topic false-accept ${pct(r.falseAccepts.length, r.offTopic)} (target <= 5%)${falseAccept > 0.05 ? '  MISSED' : ''}`,
  );
  if (r.confidentWrong.length > 0 || r.falseAccepts.length > 0) {
    console.log('  Confident wrong answers (count worst):');
    for (const m of [...r.confidentWrong, ...r.falseAccepts]) console.log(`    ${m.slice(0, 170)}`);
  }
  if (showMisses && r.unsure.length > 0) {
    console.log('  Unsure:');
    for (const m of r.unsure) console.log(`    ${m.slice(0, 170)}`);
  }
}
