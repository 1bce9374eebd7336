/** Value parsers settings are built from: yes/no, a choice, a plain number, and a range check around any of them. */
import { fail, ok, UserError, type Result } from '../errors.js';

/** yes/no, true/false, on/off, 1/0. */
export function parseYesNo(value: string): Result<boolean> {
  const v = value.toLowerCase();
  if (['yes', 'y', 'true', 'on', '1'].includes(v)) return ok(true);
  if (['no', 'n', 'false', 'off', '0', 'none'].includes(v)) return ok(false);
  return fail(new UserError('bad-yes-no', `"${value}" is not yes or no.`, 'Use yes or no.'));
}

/** One of a fixed set of words (case-insensitive), with accepted spellings mapped to a canonical value. */
export function oneOf<T extends string>(choices: Record<string, T>): (value: string) => Result<T> {
  return (value) => {
    const found = choices[value.toLowerCase()];
    if (found) return ok(found);
    const listed = [...new Set(Object.values(choices))].join(', ');
    return fail(new UserError('bad-choice', `"${value}" is not one of the choices.`, `Use one of: ${listed}.`));
  };
}

/** Wraps a parser with an inclusive range check that names the valid range (and why, when given). */
export function inRange(
  parse: (v: string) => Result<number>,
  min: number,
  max: number,
  describe: (n: number) => string,
  why = '',
): (value: string) => Result<number> {
  return (value) => {
    const r = parse(value);
    if (!r.ok) return r;
    if (r.value < min || r.value > max || !Number.isFinite(r.value)) {
      return fail(
        new UserError(
          'out-of-range',
          `${describe(r.value)} is out of range.`,
          `Use ${describe(min)} to ${describe(max)}${why ? ` (${why})` : ''}.`,
        ),
      );
    }
    return r;
  };
}

/** A plain positive number ("2", "0.5"). */
export function parseNumber(value: string): Result<number> {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    return fail(new UserError('bad-number', `"${value}" is not a number.`, 'Use a number such as 2 or 0.5.'));
  return ok(n);
}
