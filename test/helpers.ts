import type { Advisor } from '../src/advisor.js';
import { loadAdvisor } from '../src/load.js';
import type { Reply } from '../src/reply.js';
import { replyToText } from '../src/render-text.js';

let shared: Advisor | undefined;

/** One advisor over the real knowledge base, shared by a test file (loading it is the slow part). */
export function advisor(): Advisor {
  shared ??= loadAdvisor({
    onError: (error) => {
      throw error;
    },
  });
  return shared;
}

/** Handles a message and returns the reply with its plain text, for whole-output assertions. */
export function ask(text: string): Reply & { text: string } {
  const reply = advisor().handle(text);
  return { ...reply, text: replyToText(reply) };
}
