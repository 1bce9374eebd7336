import type { Lexicon } from './schema.js';

/**
 * A deliberately small stemmer: folds the plural and verb endings that make "timeouts", "timing out" and
 * "timed out" miss each other. Applied the same way to documents and questions, so it only has to be
 * consistent, not linguistically right.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // "manage", "managed" and "manages" all end up as "manag".
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Lower-cases and splits text into words, keeping "m5.large", "ec2" and "10gb" whole. A possessive is its
 * word ("lightsail's plan" names Lightsail); other apostrophes go ("don't" → "dont").
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter((w) => w.length > 0);
}

/**
 * Rewrites a question with the lexicon: phrases first (longest wins), then single words; drops stop words
 * and repeats (a word typed twice should not weigh twice).
 */
export function normaliseQuestion(text: string, lexicon: Lexicon): string[] {
  let joined = ` ${words(text).join(' ')} `;
  const phrases = Object.keys(lexicon.synonyms).sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    joined = joined.split(` ${phrase} `).join(` ${lexicon.synonyms[phrase]} `);
  }
  const stop = new Set(lexicon.stopWords);
  // An instance type is asked about by its family too: "g4dn.xlarge vs g5.xlarge" is the entry on g4dn vs g5.
  const withFamilies = joined.split(' ').flatMap((w) => [w, ...(/^[a-z][a-z0-9-]*\d[a-z0-9-]*\.[a-z0-9]+$/.test(w) ? [w.slice(0, w.indexOf('.'))] : [])]);
  return [...new Set(withFamilies.filter((w) => w.length > 0 && !stop.has(w)))];
}

/** Two swapped letters are read only in words this long: in shorter ones a swap too often makes another word. */
const MIN_SWAP_LENGTH = 4;

/**
 * `word` with two neighbouring letters swapped back ("tiemout" → "timeout", "Isntance" → "Instance"), when
 * exactly one such swap makes a word `isWord` knows (it is given the swap in lower case); only in words of
 * four letters or more. Letter case stays where it was typed.
 */
export function swappedInto(word: string, isWord: (lower: string) => boolean): string | undefined {
  if (word.length < MIN_SWAP_LENGTH) return undefined;
  const lower = word.toLowerCase();
  let found: string | undefined;
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1] || !isWord(swapAt(lower, i))) continue;
    if (found !== undefined) return undefined;
    found = swapAt(word, i);
  }
  return found;
}

const swapAt = (w: string, i: number) => `${w.slice(0, i)}${w.charAt(i + 1)}${w.charAt(i)}${w.slice(i + 2)}`;
