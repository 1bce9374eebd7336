import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import yaml from 'js-yaml';
import type * as z from '../zod.js';
import {
  frontMatterSchema,
  lexiconSchema,
  pricesFileSchema,
  quotasFileSchema,
  requiredSections,
  rulesFileSchema,
  servicesFileSchema,
  type Entry,
  type Knowledge,
} from './schema.js';
import { KnowledgeError } from './knowledge-error.js';
import { REQUIRED_QUOTAS } from './quotas.js';
import { checkRules } from './rules-check.js';
import { checkTraits } from './traits-check.js';
import { splitSections } from './sections.js';

export { KnowledgeError };

/** Reads, validates and cross-checks every file under `dir`; throws KnowledgeError listing all problems. */
export function loadKnowledge(dir: string): Knowledge {
  const problems: string[] = [];
  const entriesDir = join(dir, 'entries');
  const entryFiles = existsSync(entriesDir)
    ? readdirSync(entriesDir).filter((f) => f.endsWith('.md')).sort()
    : [];
  if (entryFiles.length === 0) problems.push(`${entriesDir}: no entries (*.md) found`);
  const entries = entryFiles.flatMap((f) => parseEntryFile(join(entriesDir, f), `entries/${f}`, problems));
  // An entry that failed to load is already reported; links to it are not a second problem.
  const brokenIds = entryFiles.map((f) => basename(f, '.md')).filter((id) => !entries.some((e) => e.id === id));
  const services = readTable(join(dir, 'tables', 'services.yaml'), 'tables/services.yaml', servicesFileSchema, problems)?.services ?? [];
  const quotas = readTable(join(dir, 'tables', 'quotas.yaml'), 'tables/quotas.yaml', quotasFileSchema, problems)?.quotas ?? [];
  const lexicon = readTable(join(dir, 'lexicon.yaml'), 'lexicon.yaml', lexiconSchema, problems) ?? { synonyms: {}, stopWords: [], domainWords: [], asks: {}, freeTier: { used: [], applies: [] }, outside: [], setAside: [], notServices: [], notCalculated: [], traits: [] };
  const priceTable = readTable(join(dir, 'tables', 'prices.yaml'), 'tables/prices.yaml', pricesFileSchema, problems);
  const prices = priceTable?.regions ?? [];
  const defaultRegion = priceTable?.defaultRegion ?? '';
  const rules = readTable(join(dir, 'tables', 'rules.yaml'), 'tables/rules.yaml', rulesFileSchema, problems);
  const knowledge: Knowledge = { entries, services, quotas, lexicon, prices, defaultRegion, rules: rules ?? { sizing: { headroom: 0, fleet: { x86: '', arm: '' }, entry: '' }, questions: [], preference: [], verdicts: { fitsFrom: 0, fitsWithin: 0 }, ranges: {}, limits: [], signals: [], splits: [] } };
  problems.push(...crossCheck(knowledge, brokenIds));
  // Rules refer to everything else; check them only when the rest loaded, so one mistake is one problem.
  if (rules && problems.length === 0) problems.push(...checkRules(knowledge));
  if (problems.length === 0) problems.push(...checkTraits(lexicon.traits));
  if (problems.length > 0) throw new KnowledgeError(problems);
  return knowledge;
}

function parseEntryFile(path: string, label: string, problems: string[]): Entry[] {
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) {
    problems.push(`${label}: front matter: the file must start with a '---' line and close it with another '---'`);
    return [];
  }
  // The front matter starts on the file's second line, after the opening '---'.
  const data = parseYaml(match[1] ?? '', label, problems, 1);
  if (data === undefined) return [];
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...zodProblems(label, parsed.error));
    return [];
  }
  const body = (match[2] ?? '').trim();
  const entry: Entry = { ...parsed.data, file: label, body, sections: splitSections(body) };
  if (entry.id !== basename(path, '.md')) problems.push(`${label}: id: '${entry.id}' must match the file name`);
  for (const heading of requiredSections[entry.kind]) {
    if (!entry.sections.some((s) => s.heading.toLowerCase() === heading.toLowerCase() && s.markdown.length > 0)) {
      problems.push(`${label}: body: a ${entry.kind} entry needs a non-empty '## ${heading}' section`);
    }
  }
  return [entry];
}

function readTable<S extends z.ZodMiniType>(path: string, label: string, schema: S, problems: string[]): z.infer<S> | undefined {
  if (!existsSync(path)) {
    problems.push(`${label}: file: missing`);
    return undefined;
  }
  const data = parseYaml(readFileSync(path, 'utf8'), label, problems);
  if (data === undefined) return undefined;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    problems.push(...zodProblems(label, parsed.error));
    return undefined;
  }
  return parsed.data;
}

function parseYaml(text: string, label: string, problems: string[], lineOffset = 0): unknown {
  try {
    // CORE_SCHEMA keeps dates such as 2025-10-01 as strings instead of turning them into Date objects.
    return yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (err) {
    if (!(err instanceof yaml.YAMLException)) throw err;
    const { reason, mark } = err as yaml.YAMLException & { mark?: { line: number } };
    problems.push(`${label}: yaml: ${mark ? `line ${mark.line + 1 + lineOffset}: ` : ''}${reason}`);
    return undefined;
  }
}

function zodProblems(label: string, error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${label}: ${field}: ${issue.message}`;
  });
}

/** Checks that need the whole knowledge base: unique ids and references that resolve. */
function crossCheck({ entries, services, quotas, lexicon }: Knowledge, brokenIds: string[]): string[] {
  const problems: string[] = [];
  const entryIds = new Set<string>();
  const knownIds = new Set(brokenIds);
  for (const e of entries) {
    if (entryIds.has(e.id)) problems.push(`${e.file}: id: '${e.id}' is used by another entry`);
    entryIds.add(e.id);
    knownIds.add(e.id);
  }
  const serviceIds = new Set(services.map((s) => s.id));
  for (const e of entries) {
    for (const s of e.services) {
      if (!serviceIds.has(s)) problems.push(`${e.file}: services: '${s}' is not in tables/services.yaml`);
    }
    for (const r of e.related) {
      if (!knownIds.has(r)) problems.push(`${e.file}: related: no entry has the id '${r}'`);
    }
    if (e.kind === 'comparison' && new Set(e.services).size !== 2) {
      problems.push(`${e.file}: services: a comparison names exactly two different services`);
    }
  }
  for (const o of lexicon.outside) {
    if (!knownIds.has(o.closest)) problems.push(`lexicon.yaml: outside: ${o.name}.closest: no entry has the id '${o.closest}'`);
  }
  for (const s of services) {
    if (!knownIds.has(s.entry)) problems.push(`tables/services.yaml: ${s.id}.entry: no entry has the id '${s.entry}'`);
  }
  const quotaIds = new Set<string>();
  for (const q of quotas) {
    if (quotaIds.has(q.id)) problems.push(`tables/quotas.yaml: ${q.id}: the id is used twice`);
    quotaIds.add(q.id);
    if (!serviceIds.has(q.service)) problems.push(`tables/quotas.yaml: ${q.id}.service: '${q.service}' is not in tables/services.yaml`);
  }
  // An empty list means the quotas file itself failed to load, which is already reported.
  for (const id of quotas.length > 0 ? REQUIRED_QUOTAS : []) {
    if (!quotaIds.has(id)) problems.push(`tables/quotas.yaml: ${id}: this row is required (the recommendation and cost code read it)`);
  }
  return problems;
}
