import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../src/knowledge/location.js';

export const questionsSchema = z.object({
  questions: z.array(z.object({ id: z.string(), question: z.string(), expected_topics: z.array(z.string()).min(1) })),
  off_topic: z.array(z.object({ id: z.string(), question: z.string() })),
});
export type QuestionSet = z.infer<typeof questionsSchema>;

/** The eval folder: EVAL_DIR, or ../shared/eval beside the repository. */
export function evalDir(): string {
  const dir = process.env.EVAL_DIR ?? resolve(defaultKnowledgeDir(), '..', '..', 'shared', 'eval');
  if (!existsSync(dir)) throw new Error(`No eval folder at ${dir}; set EVAL_DIR to the folder holding questions.json`);
  return dir;
}

/** Reads and validates one eval file. */
export function readEvalFile<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  return schema.parse(JSON.parse(readFileSync(join(evalDir(), name), 'utf8')));
}
