/**
 * Which entry answers a question: an error pasted names its entry (its name, or its message word for word),
 * and search's ranking is turned toward the services and products the question names. The question path
 * (answer.ts) decides what kind of answer a message gets; this decides which entry, when it is one.
 */
import type { Entry, Knowledge, OutsideTopic } from '../knowledge/schema.js';
import type { SearchResult } from '../knowledge/search.js';
import { perKnowledge } from '../knowledge/per-knowledge.js';
import { words } from '../knowledge/text.js';
import type { Query } from './read-query.js';

/** The entry a pasted error names, by its name or its message said word for word; undefined when none does. */
export function pastedEntry(query: Query, knowledge: Knowledge, search: () => SearchResult): Entry | undefined {
  return errorEntry(query, knowledge, search) ?? saidVerbatim(query, knowledge, search);
}

/** Search's hits with the entry about the named services, then the named product, first. */
export function answeringHits(result: SearchResult, query: Query, knowledge: Knowledge): SearchResult {
  return aboutNamedProduct(aboutNamedServices(result, query), query, knowledge);
}

/**
 * A pasted error name answers with the entry that owns it: the only entry naming it in its title or
 * aliases, or carrying it in its text. When several do, search over the rest of the message picks among
 * them ("update-function-code … RequestEntityTooLargeException" is the package limit, not the payload).
 */
function errorEntry(query: Query, knowledge: Knowledge, search: () => SearchResult): Entry | undefined {
  for (const error of [...query.errors].sort((a, b) => b.length - a.length)) {
    const named = knowledge.entries.filter((e) => [e.title, ...e.aliases].some((name) => name.includes(error)));
    const carriers = knowledge.entries.filter((e) => named.includes(e) || e.body.includes(error) || e.answer.includes(error));
    if (carriers.length === 1) return carriers[0];
    if (carriers.length === 0) continue;
    const ranked = search().hits.find((h) => carriers.includes(h.entry));
    if (ranked) return ranked.entry;
    if (named.length === 1) return named[0];
    // The error alone, with nothing else to search on: the entry titled by it owns it.
    const titled = named.filter((e) => e.title.includes(error));
    if (titled.length === 1) return titled[0];
  }
  return undefined;
}

/** An error message this long, said word for word, says which entry is meant. */
const VERBATIM_WORDS = 5;

/**
 * The entry one of whose error messages (an alias as a platform prints it: capitalised, five words or more)
 * the message says word for word ("No Fargate configuration exists for given values", pasted): when several
 * do, the one search ranks first. A lower-case alias is a curator's phrasing of a question ("how much does
 * lambda cost"), which a question with its own numbers may well contain: it is search's to weigh.
 */
function saidVerbatim(query: Query, knowledge: Knowledge, search: () => SearchResult): Entry | undefined {
  const said = ` ${words(query.spelled).join(' ')} `;
  const named = [
    ...new Set(
      namesOf(knowledge)
        .messages.filter((m) => said.includes(m.words))
        .map((m) => m.entry),
    ),
  ];
  if (named.length <= 1) return named[0];
  // With nothing else to go on, a message pasted word for word is an incident: the error entry's.
  const errors = named.filter((e) => e.kind === 'error');
  return search().hits.find((h) => named.includes(h.entry))?.entry ?? (errors.length === 1 ? errors[0] : undefined);
}

/**
 * An answer must be about the services the question names: a Fargate disk question is not answered by the
 * Lambda /tmp entry because the words overlap. The best hit about a named service goes first when it scores
 * at least half the leader's. (Without one the leader stands: "kafka on lambda?" is answered by where EC2 fits.)
 */
function aboutNamedServices(result: SearchResult, query: Query): SearchResult {
  const named = new Set(query.services.map((s) => s.id));
  const [best] = result.hits;
  if (!best || named.size === 0 || best.entry.services.length === 0) return result;
  // "Can we use Lambda and EC2 in one system?" is about both: an EC2-only entry that shares the word
  // "system" yields to one about both, when it scores at least half as well.
  const covered = (hit: (typeof result.hits)[number]) => hit.entry.services.filter((s) => named.has(s)).length;
  const bestCovers = covered(best);
  if (bestCovers === named.size) return result;
  // A limit question is about the named service's own limits: "max memory for fargate" is never answered by
  // the Lambda out-of-memory entry, however well it scores.
  const floor = query.asks.has('limit') && named.size === 1 ? 0 : best.score / 2;
  const about = result.hits.find((h) => h.score >= floor && covered(h) > bestCovers);
  if (!about) return result;
  return { ...result, hits: [about, ...result.hits.filter((h) => h !== about)] };
}

/**
 * A product of a service's that the question names and one entry is titled by ("Lambda Managed Instances",
 * "SnapStart", "MicroVMs", "Spot Instances") is what the question is about: that entry goes first, over
 * entries that share more of the other words ("default memory / cpu" is not the standard Lambda sizing entry).
 */
/** The sentences of a message that ask ("…, the discounts apply or no?"), or all of it when none ends with "?". */
function questionPart(text: string): string {
  const asking = (text.match(/[^.!?]*\?+/g) ?? []).join(' ');
  return asking.trim() === '' ? text : asking;
}

function aboutNamedProduct(result: SearchResult, query: Query, knowledge: Knowledge): SearchResult {
  const [best] = result.hits;
  if (!best || query.unpriced.length === 0) return result;
  const { generic, products } = namesOf(knowledge);
  for (const phrase of query.unpriced) {
    const said = words(phrase);
    // The phrase is the name, or another form of a name of two words or more ("spot price", "on spot" for Spot
    // Instances): it holds that name's first word, unless that word is generic ("Fargate pricing" is no product).
    const isName = (name: string[]) =>
      said.every((w, i) => name[i] === w) || (name.length >= 2 && !generic.has(name[0] ?? '') && said.includes(name[0] ?? ''));
    const [only, other] = products.filter((p) => p.names.some(isName)).map((p) => p.entry);
    if (!only || other || only === best.entry) continue;
    // Its price asked ("m5.large spot price per month"), the product's entry answers, as no bill can. Otherwise
    // the question itself must name it: in passing ("why does my task get OOM killed? it's on fargate spot")
    // it is not the subject, and a "why" asks after a problem, which its incident entry answers.
    const why = /\bwhy\b/i.test(query.text);
    const asked = ` ${words(questionPart(query.text)).join(' ')} `.includes(` ${said.join(' ')} `);
    if (why || !(query.asks.has('cost') || asked)) continue;
    const hit = result.hits.find((h) => h.entry === only) ?? { entry: only, score: best.score };
    return { ...result, hits: [hit, ...result.hits.filter((h) => h !== hit)] };
  }
  return result;
}

/** The entries' names as the rules above read them, worked out once per knowledge base rather than per message. */
interface Names {
  /** Error messages as printed (capitalised aliases of five words or more), as padded words. */
  messages: { entry: Entry; words: string }[];
  /** Each entry's product names (productNames). */
  products: { entry: Entry; names: string[][] }[];
  /** A name's first word that says no product: a service's, or a stop word ("Lambda on Arm"). */
  generic: ReadonlySet<string>;
}

const namesOf = perKnowledge((knowledge): Names => ({
  messages: knowledge.entries.flatMap((entry) =>
    entry.aliases
      .filter((a) => /^["'“]?[A-Z]/.test(a) && words(a).length >= VERBATIM_WORDS)
      .map((a) => ({ entry, words: ` ${words(a).join(' ')} ` })),
  ),
  products: knowledge.entries.map((entry) => ({ entry, names: productNames(entry.title) })),
  generic: new Set([...knowledge.services.flatMap((s) => [s.id, ...s.aliases].flatMap((n) => words(n))), ...knowledge.lexicon.stopWords]),
}));

/**
 * The product names in an entry's title, as words: before any brackets, each side of "and" or "vs" ("Spot
 * Instances and Fargate Spot" holds two), after a maker's or service's name ("Lambda SnapStart", "Amazon Lightsail").
 */
function productNames(title: string): string[][] {
  return (title.split('(')[0] ?? '').split(/ and | vs /).map((name) => {
    const w = words(name);
    while (['aws', 'amazon', 'lambda'].includes(w[0] ?? '') && w.length > 1) w.shift();
    return w;
  });
}

/** Whether an entry is about an outside product: its title, aliases or answer name it (a Lambda-in-a-VPC entry's answer names RDS); a passing mention in the body does not count. */
export function mentions(entry: Entry, topic: OutsideTopic): boolean {
  const text = ` ${words(`${entry.title} ${entry.aliases.join(' ')} ${entry.answer}`).join(' ')} `;
  return topic.words.some((w) => text.includes(` ${words(String(w)).join(' ')} `));
}
