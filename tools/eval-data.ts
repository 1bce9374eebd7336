import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as z from '../src/zod.js';
import { defaultKnowledgeDir } from '../src/knowledge/location.js';

export const questionsSchema = z.object({
  questions: z.array(z.object({ id: z.string(), question: z.string(), expected_topics: z.array(z.string()).check(z.minLength(1)) })),
  off_topic: z.array(z.object({ id: z.string(), question: z.string() })),
});
export type QuestionSet = z.infer<typeof questionsSchema>;

/** The shared eval folder: EVAL_DIR, or ../shared/eval beside the repository. */
export function evalDir(): string {
  const dir = process.env.EVAL_DIR ?? resolve(defaultKnowledgeDir(), '..', '..', 'shared', 'eval');
  if (!existsSync(dir)) throw new Error(`No eval folder at ${dir}; set EVAL_DIR to the folder holding questions.json`);
  return dir;
}

/** The repository's own samples (eval/ beside knowledge/), kept with the code. */
const ownDir = () => resolve(defaultKnowledgeDir(), '..', 'eval');

/** Every eval file, shared split first then our own, as paths; `kind` is the file name's stem without its number. */
export function evalFiles(): { path: string; name: string; kind: string }[] {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(dir, f))
      : [];
  return [...list(evalDir()), ...list(ownDir())].map((path) => ({
    path,
    name: path.startsWith(evalDir()) ? basename(path) : `eval/${basename(path)}`,
    kind: basename(path).replace(/(-\d+)?\.json$/, ''),
  }));
}

/** Reads and validates one eval file: a name in the shared folder, or a path. */
export function readEvalFile<S extends z.ZodMiniType>(name: string, schema: S): z.infer<S> {
  const path = name.includes('/') ? name : join(evalDir(), name);
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
