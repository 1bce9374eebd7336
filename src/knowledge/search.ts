import MiniSearch from 'minisearch';
import type { Entry, Knowledge } from './schema.js';
import { domainWordsOf, namesOfService } from './domain-words.js';
import { normaliseQuestion, stem, words } from './text.js';

/** How sure the search is about its best hit. */
export type Confidence = 'high' | 'low' | 'none';

export interface Hit {
  entry: Entry;
  score: number;
}

export interface SearchResult {
  hits: Hit[];
  confidence: Confidence;
  /** The question's words after synonyms and stop words, for explaining a miss. */
  terms: string[];
  /** What the confidence was decided on (for calibration): share of terms the best hit matched, its lead over the next, its score. */
  signals?: { coverage: number; lead: number; score: number };
}

/**
 * Calibration, measured on the sample questions (npm run eval): an answer is given when the best hit
 * matches at least half of the question's words and clearly leads the best hit on a different topic;
 * otherwise "did you mean".
 */
const MIN_COVERAGE = 0.5;
const MIN_LEAD = 1.1;
/** Coverage still needed when the best hit accounts for every domain word: a third of the words. */
const MIN_KEY_COVERAGE = 0.3;
/**
 * A question that covers less than half its words (chatter around it, a postmortem's ticket numbers and
 * times) is still answered when its best hit leads the next topic this much, at this coverage or more.
 * Measured on the phrasing samples: no new confident wrong answers or off-topic accepts.
 */
const MIN_CLEAR_LEAD = 2;
const MIN_CLEAR_LEAD_COVERAGE = 0.35;
/** A one-word question ("cost") is vague: answer only when one entry clearly owns the word. */
const MIN_LEAD_ONE_WORD = 1.5;

/** Field boosts: what an entry is called weighs more than words that merely appear in its body. */
const BOOST = { title: 4, aliases: 3, tags: 2, services: 1.5, answer: 1.5, body: 1 };

interface Doc {
  id: string;
  title: string;
  aliases: string;
  tags: string;
  services: string;
  answer: string;
  body: string;
}

const INDEX_OPTIONS = {
  fields: ['title', 'aliases', 'tags', 'services', 'answer', 'body'],
  tokenize: (text: string) => words(text),
  processTerm: (term: string) => stem(term),
  searchOptions: { boost: BOOST },
};

function serviceNamesOf(knowledge: Knowledge): Map<string, string> {
  return new Map(knowledge.services.map((s) => [s.id, namesOfService(s)]));
}

/** Indexes every entry; done once at build time (the snapshot) or at start-up when there is none. */
export function buildIndex(knowledge: Knowledge): MiniSearch<Doc> {
  const serviceNames = serviceNamesOf(knowledge);
  const index = new MiniSearch<Doc>(INDEX_OPTIONS);
  index.addAll(
    knowledge.entries.map((e) => ({
      id: e.id,
      title: e.title,
      aliases: e.aliases.join(' ; '),
      tags: e.tags.join(' ').replace(/-/g, ' '),
      services: e.services.map((s) => serviceNames.get(s) ?? s).join(' '),
      answer: e.answer,
      body: e.body,
    })),
  );
  return index;
}

/** BM25 search over the knowledge entries; `savedIndex` is a snapshot's serialised index for the same knowledge. */
export function createSearch(
  knowledge: Knowledge,
  savedIndex?: unknown,
): { search: (question: string, limit?: number) => SearchResult; knows: (word: string) => boolean } {
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  const index = savedIndex ? MiniSearch.loadJS<Doc>(savedIndex as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS) : buildIndex(knowledge);
  // A question is on topic only if it uses a word that belongs to the domain: a curated domain word, a
  // service name or a topic tag. Words that merely occur in entries ("make", "name", "times") do not count.
  const domain = new Set([...domainWordsOf(knowledge)].map(stem));
  for (const w of knowledge.lexicon.stopWords) domain.delete(stem(w));
  // Fuzzy matching is what search spends most on (long chat questions); a word the entries use as written
  // needs none, so only words the index does not hold are looked up fuzzily (typos, rare spellings).
  // The terms come from the index's own serialised form (MiniSearch's documented toJSON/loadJS format),
  // which a snapshot already holds: listing them costs nothing at start-up.
  const serialised = (savedIndex ?? index.toJSON()) as { index: [string, unknown][] };
  const vocabulary = new Set(serialised.index.map(([term]) => term));


  return {
    // A word the entries use, in any of the forms the stemmer folds together ("requests", "request").
    knows: (word) => vocabulary.has(stem(word.toLowerCase())),
    search(question, limit = 5) {
      const terms = normaliseQuestion(question, knowledge.lexicon);
      if (terms.length === 0) return { hits: [], confidence: 'none', terms };
      const results = index.search(terms.join(' '), {
        combineWith: 'OR',
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 5 && !vocabulary.has(term) ? 0.2 : false),
      });
      const hits = results
        .slice(0, limit)
        .flatMap((r) => {
          const entry = byId.get(String(r.id));
          return entry ? [{ entry, score: r.score }] : [];
        });
      const onTopic = terms.some((t) => domain.has(stem(t)));
      const best = results[0];
      if (!best || !onTopic) return { hits: onTopic ? hits : [], confidence: 'none', terms };
      const coverage = new Set(best.queryTerms).size / new Set(terms.map(stem)).size;
      // Chat wraps a clear question in chatter ("lambda do gpu now? i heard something at re:invent"): the
      // best hit may miss the filler as long as it accounts for every domain word the question uses.
      const keyTerms = [...new Set(terms.map(stem).filter((t) => domain.has(t)))];
      const matched = new Set(best.queryTerms.map(stem));
      const accountsForKeyTerms = keyTerms.length >= 2 && keyTerms.every((t) => matched.has(t)) && coverage >= MIN_KEY_COVERAGE;
      // Two top hits about the same topic are not an ambiguity worth asking about: measure the lead over
      // the best hit that shares no topic tag with the first and is not one of its related entries.
      const top = byId.get(String(best.id));
      const rival = results.slice(1).find((r) => {
        const other = byId.get(String(r.id));
        return !(top && other && (top.tags.some((t) => other.tags.includes(t)) || top.related.includes(other.id) || other.related.includes(top.id)));
      });
      const lead = best.score / (rival?.score ?? best.score / 2);
      const owned = terms.length > 1 || best.score / (results[1]?.score ?? 0) >= MIN_LEAD_ONE_WORD;
      // A long question (a postmortem, a pasted log, then "why?") covers less of its words, but a clear lead still
      // says which entry it is about. A statement is not held to this: it may describe a workload to place instead.
      const clearLead = question.includes('?') && lead >= MIN_CLEAR_LEAD && coverage >= MIN_CLEAR_LEAD_COVERAGE;
      const confident = (coverage >= MIN_COVERAGE || accountsForKeyTerms || clearLead) && lead >= MIN_LEAD && owned;
      return { hits, confidence: confident ? 'high' : 'low', terms, signals: { coverage, lead, score: best.score } };
    },
  };
}
