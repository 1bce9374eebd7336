import type { Advisor } from '../../src/advisor.js';
import { replyToBlocks, type RenderOptions, type SlackMessage } from './render.js';

/** Who asked and where, as the advisor's context wants it. */
export interface Asker {
  user?: string;
  channel?: string;
}

/** Runs one command through the advisor and renders the answer (part `page`) for Slack. */
export function answer(advisor: Advisor, command: string, asker: Asker, options: Omit<RenderOptions, 'command'> = {}): SlackMessage {
  const reply = advisor.handle(command, { platform: 'slack', ...asker });
  return replyToBlocks(reply, { ...options, command });
}

/** The message shown when something on our side failed after the request was acknowledged. */
export const APOLOGY: SlackMessage = {
  text: 'Sorry — that broke on my side. It has been logged; please try again.',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Sorry — that broke on my side. It has been logged; please try again.' } }],
};

/**
 * An error as one log line: code, message and stack only. Never the error object itself: a Web API
 * request error carries the HTTP request, whose headers hold the bot token.
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.stack ?? error.message}`;
}
