import type { UserError } from './errors.js';
import { makeReply, type Reply } from './reply.js';

/** A user mistake as a reply: what was wrong, how to fix it, and one-click fixes. */
export function userErrorReply(error: UserError): Reply {
  return makeReply({
    kind: 'error',
    title: error.code === 'unknown-command' || error.suggestions.length > 0 ? 'Did you mean…' : "That didn't work",
    summary: error.message,
    blocks: [
      ...(error.hint ? [{ type: 'section' as const, markdown: error.hint }] : []),
      ...(error.suggestions.length > 0
        ? [{ type: 'actions' as const, buttons: error.suggestions.slice(0, 5).map((s) => ({ label: s, command: s })) }]
        : []),
    ],
    data: { error: { code: error.code }, ...(error.suggestions.length ? { suggestions: error.suggestions } : {}) },
  });
}
