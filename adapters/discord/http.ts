/**
 * HTTP interactions mode: `POST /discord/interactions` on the shared server, answered by the responder
 * (responder.ts) from the body the server has read and capped.
 */
import { sendJson, type RouteHandler } from '../http/server.js';
import type { DiscordAdvisor } from './answer.js';
import { createInteractionResponder, type InteractionsOptions } from './responder.js';

export type { InteractionsOptions };

/** The Discord interactions path on the shared HTTP port. */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/** The `POST /discord/interactions` route handler; the shared server has read (and capped) the body. */
export function createInteractionsHandler(advisor: DiscordAdvisor, options: InteractionsOptions): RouteHandler {
  const respond = createInteractionResponder(advisor, options);
  return async (req, res) => {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const result = await respond(req.rawBody, header('x-signature-ed25519'), header('x-signature-timestamp'));
    sendJson(res, result.status, result.body);
  };
}
