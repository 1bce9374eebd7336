/**
 * Typos read as the words meant, against the knowledge base's own vocabulary: service names, domain and ask
 * words, outside products and priced instance types, for questions (understand/read-query.ts). A workload
 * typed after `recommend` is not respelled: without the search index's words to tell ordinary words from
 * typos ("players" is not "layers", "scheduler" not "scheduled"), it would misread more than it mends.
 */
import { domainWordsOf } from './domain-words.js';
import type { Knowledge } from './schema.js';
import { swappedInto, words } from './text.js';
import { SPELLED_MULTIPLIERS } from '../parse/units.js';
import { perKnowledge } from './per-knowledge.js';

/** The words a typo is read against, normalised once per knowledge base rather than per message. */
interface Spelling {
  /** One-word service names long enough to read a typo of. */
  typoNames: readonly string[];
  /**
   * The words a typo is read against beside the entries' own: the domain's, and the names of products outside
   * it, so that "auzre" is declined as Azure rather than answered as something of ours.
   */
  knownWords: ReadonlySet<string>;
  /** Words of six letters or more that say what is asked or name the domain, read through one typo ("montly"). */
  typoWords: readonly string[];
  instanceTypes: ReadonlySet<string>;
}

const spellingOf = perKnowledge((knowledge): Spelling => {
  const { lexicon } = knowledge;
  const names = knowledge.services.flatMap((s) => [s.id, s.name, s.short, ...s.aliases].map((n) => words(n).join(' ')));
  const spelling: Spelling = {
    typoNames: names.filter((n) => n.length >= 6 && !n.includes(' ')),
    knownWords: new Set([...domainWordsOf(knowledge), ...lexicon.outside.flatMap((o) => o.words.flatMap((w) => words(String(w))))]),
    // The products priced apart ("managd instances") too: read as a Lambda bill, a typo there is a wrong price.
    typoWords: [
      ...new Set([
        ...domainWordsOf(knowledge),
        ...Object.values(lexicon.asks).flat().map(String),
        ...lexicon.notCalculated.flatMap((p) => words(String(p))),
      ]),
    ].filter((w) => w.length >= 6 && /^[a-z]+$/.test(w)),
    instanceTypes: new Set(knowledge.prices.flatMap((r) => r.ec2.instances.map((i) => i.type))),
  };
  return spelling;
});

/**
 * The text as it was meant, the one respelling that questions and described workloads are read through ("whats the lamdba max tiemout" → "… lambda max timeout"), its instance types'
 * sizes first (withInstanceSizesRespelled), then its words in three steps, each taken only when exactly one
 * word fits:
 * - a word of six letters or more one edit from a service name or a spelled-out multiplier ("milion");
 * - a word of four or more that neither the domain, the outside products nor the entries know, but one of
 *   them holds with two neighbouring letters swapped ("tiemout");
 * - a word of six or more one edit from a domain word or an ask word ("montly"). Not from every word the
 *   entries use: a wider net reads too many ordinary words as domain ones, and search already forgives one
 *   wrong, missing or extra letter in a long word.
 */
export function respelled(text: string, knowledge: Knowledge, knows: (word: string) => boolean = () => false): string {
  const v = spellingOf(knowledge);
  const known = (lower: string) => v.knownWords.has(lower) || knows(lower);
  return withInstanceSizesRespelled(text, v.instanceTypes).replace(/[A-Za-z][A-Za-z0-9]{3,}/g, (word) => {
    const lower = word.toLowerCase();
    if (lower.length >= 6) {
      // A name as written, or a plural of one ("instance", "functions"), is no typo.
      if (v.typoNames.some((n) => n === lower || n === `${lower}s` || `${n}s` === lower)) return word;
      const name = v.typoNames.find((n) => oneEditApart(lower, n));
      if (name) return name;
      // "3 milion invocations" read as 3 would be a silent wrong answer; "million" is one edit from "billion"
      // too, so a multiplier as written stays, and a typo close to two is not guessed.
      // "thousands of samples" is a plural, not a typo of "thousand".
      if (SPELLED_MULTIPLIERS.includes(lower) || SPELLED_MULTIPLIERS.includes(lower.replace(/s$/, ''))) return word;
      const multipliers = SPELLED_MULTIPLIERS.filter((m) => oneEditApart(lower, m));
      if (multipliers.length === 1) return multipliers[0] ?? word;
    }
    if (known(lower)) return word;
    const swapped = swappedInto(word, known);
    if (swapped || lower.length < 6) return swapped ?? word;
    // A singular or plural of a word is that word, not a typo of it ("window" is no "windows").
    const close = v.typoWords.filter((w) => oneEditApart(lower, w) && w !== `${lower}s` && lower !== `${w}s`);
    return close.length === 1 ? (close[0] ?? word) : word;
  });
}

/** The sizes EC2 instance types come in ("nano" … "metal", "2xlarge", "metal-24xl"). */
const INSTANCE_SIZE = /^(?:nano|micro|small|medium|large|\d*xlarge|metal(?:-\d+xl)?)$/i;

/** A family, a dot and a word of three or more: an instance type as typed ("t3.smal"), not a runtime ("nodejs20.x"). */
export const TYPED_INSTANCE = /(?<![\w.])([a-z][a-z0-9-]*\d[a-z0-9-]*)\.([a-z0-9]{3,})\b/gi;

/**
 * Instance types whose size has a typo ("t3.smal", "m5.lagre") read as the one type of that family the price
 * table has at one edit. Only the size is read: families are open-ended, and "c5a.large" is a real type one
 * edit from "c5.large" that the table lacks, which must not be priced as another.
 */
function withInstanceSizesRespelled(text: string, types: ReadonlySet<string>): string {
  return text.replace(TYPED_INSTANCE, (typed: string, family: string, size: string) => {
    // A real size is no typo: "m5.xlarge" and "c5.2xlarge" are other types than "m5.large" and "c5.xlarge".
    if (types.has(typed.toLowerCase()) || INSTANCE_SIZE.test(size)) return typed;
    const prefix = `${family.toLowerCase()}.`;
    const close = [...types].filter((t) => t.startsWith(prefix) && oneEditApart(size.toLowerCase(), t.slice(prefix.length)));
    return close.length === 1 ? (close[0] ?? typed) : typed;
  });
}

/** One insertion, deletion, substitution or swap of neighbours: the typos people make in a name they know. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i);
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? tail(a, b) : tail(b, a);
}
