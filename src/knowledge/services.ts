import Fuse from 'fuse.js';
import { fail, ok, UserError, type Result } from '../errors.js';
import { quoteUserText } from '../sanitize.js';
import type { Service } from './schema.js';

/** Finds services by id, name or alias ("serverless" → lambda), with "did you mean" for typos. */
export interface ServiceDirectory {
  all: Service[];
  resolve(name: string): Result<Service>;
  /** The short names as running prose, in table order: "Lambda, EC2, … and Batch" (or "… or Batch"). */
  listInProse(conjunction: 'and' | 'or'): string;
}

/** Builds the lookup once per process from `tables/services.yaml`. */
export function createServiceDirectory(services: Service[]): ServiceDirectory {
  const names = new Map<string, Service>();
  for (const s of services) {
    for (const n of [s.id, s.name, s.short, ...s.aliases]) names.set(normalise(n), s);
  }
  const fuse = new Fuse(
    [...names.keys()].map((name) => ({ name })),
    { keys: ['name'], threshold: 0.4, includeScore: true },
  );
  const shortNames = services.map((s) => s.short);
  return {
    all: services,
    listInProse: (conjunction) => joinInProse(shortNames, conjunction),
    resolve(name) {
      const exact = names.get(normalise(name));
      if (exact) return ok(exact);
      const guesses = [...new Set(fuse.search(normalise(name)).slice(0, 5).map((r) => names.get(r.item.name)?.id))].filter(
        (id): id is string => id !== undefined,
      );
      const known = services.map((s) => s.id).join(', ');
      return fail(
        new UserError(
          'unknown-service',
          guesses.length > 0
            ? `I don't know the service ${quoteUserText(name, 40)}. Did you mean ${guesses.slice(0, 3).map((g) => `**${g}**`).join(' or ')}?`
            : `I don't know the service ${quoteUserText(name, 40)}.`,
          `Services I know: ${known}.`,
          guesses.slice(0, 3),
        ),
      );
    },
  };
}

/** "A", "A or B", "A, B or C". */
function joinInProse(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/^amazon |^aws /, '').replace(/[\s_]+/g, ' ').trim();
}
