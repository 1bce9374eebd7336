import { fail, ok, UserError, type Result } from '../errors.js';

/**
 * Splits a command line into words, keeping "quoted phrases" (straight or curly quotes) together.
 * An opening quote with no closing one is a user error rather than a silent guess.
 */
export function tokenize(line: string): Result<string[]> {
  const tokens: string[] = [];
  const re = /"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (m[4] !== undefined && /^["“”]|["“”]$/.test(word)) {
      return fail(
        new UserError(
          'unbalanced-quotes',
          'A quote is opened but never closed.',
          'Close the quote, or leave quotes out: they are only needed around phrases with spaces.',
        ),
      );
    }
    if (word) tokens.push(word);
  }
  return ok(tokens);
}
