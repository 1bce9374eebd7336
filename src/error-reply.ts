import type { UserError } from './errors.js';
import { makeReply, type Reply } from './reply.js';
import { withoutMentions } from './sanitize.js';

/** A user mistake as a reply: what was wrong, how to fix it, and one-click fixes. */
export function userErrorReply(error: UserError): Reply {
  // A suggestion is the user's line with a fix, so it carries their words: no mention in it may ping anyone.
  const suggestions = error.suggestions.map(withoutMentions);
  return makeReply({
    kind: 'error',
    title: error.code === 'unknown-command' || suggestions.length > 0 ? 'Did you mean…' : "That didn't work",
    summary: error.message,
    blocks: [
      ...(error.hint ? [{ type: 'section' as const, markdown: error.hint }] : []),
      ...(suggestions.length > 0
        ? [{ type: 'actions' as const, buttons: suggestions.slice(0, 5).map((s) => ({ label: s, command: s })) }]
        : []),
    ],
    data: { error: { code: error.code }, ...(suggestions.length ? { suggestions } : {}) },
  });
}
