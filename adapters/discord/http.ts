/**
 * HTTP interactions mode: `POST /discord/interactions` on the shared server. Verifies Discord's Ed25519
 * signature, then answers PING, `/compute`, autocomplete and buttons. Stateless (everything a button needs
 * is in its custom_id), so any number of replicas can run behind a load balancer.
 */
import type { IncomingMessage } from 'node:http';
import { InteractionResponseType, MessageFlags, Routes, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import { sendJson, type RouteHandler } from '../http/server.js';
import { APOLOGY, type Answer, type DiscordAdvisor } from './answer.js';
import { DEFER_AFTER_MS, withinBudget } from './in-time.js';
import { callbackData, interactionOutcome, messageData } from './interactions.js';
import { discordRest } from './rest.js';
import { discordPublicKey, isValidDiscordSignature } from './verify.js';

/** The Discord interactions path on the shared HTTP port. */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/** Interaction payloads are small; anything bigger is not from Discord. */
const MAX_BODY_BYTES = 256 * 1024;

export interface InteractionsOptions {
  /** The application's public key, 64 hex characters (DISCORD_PUBLIC_KEY). */
  publicKey: string;
  /** REST base URL for editing deferred answers (DISCORD_API_URL); Discord's own by default. */
  apiBase?: string;
  /** Defer answers not ready after this long (ms). */
  deferAfterMs?: number;
  /** Counts deferred edits so shutdown can wait for them. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
  log?: (message: string, error?: unknown) => void;
}

/** What a signed request gets: a status and a JSON body, plus any work that continues after the response. */
export interface SignedResult {
  status: number;
  body: unknown;
  after?: Promise<void>;
}

/** The shared path of the HTTP route and the Lambda handler: verify, decide, answer or defer. */
export function createInteractionResponder(
  advisor: DiscordAdvisor,
  options: InteractionsOptions,
): (raw: Buffer, signature?: string, timestamp?: string) => Promise<SignedResult> {
  const key = discordPublicKey(options.publicKey);
  const rest = discordRest(options.apiBase);
  const log = options.log ?? ((message: string) => console.error(message));
  const track = options.track ?? (<T>(work: () => Promise<T>) => work());
  return async (raw, signature, timestamp) => {
    if (!isValidDiscordSignature(key, signature, timestamp, raw)) return { status: 401, body: { error: 'invalid request signature' } };
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
    } catch {
      return { status: 400, body: { error: 'body is not JSON' } };
    }
    const outcome = interactionOutcome(interaction, advisor);
    if ('now' in outcome) return { status: 200, body: outcome.now };
    const work = outcome.later.catch((error: unknown): Answer => {
      log('Discord interaction failed', error);
      return APOLOGY;
    });
    const result = await withinBudget(work, options.deferAfterMs ?? DEFER_AFTER_MS);
    if (result.done) {
      const body: APIInteractionResponse = {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: callbackData(result.value.message, result.value.ephemeral),
      };
      return { status: 200, body };
    }
    // Too slow: acknowledge now ("thinking…"), then edit the answer into that same message.
    const after = track(async () => {
      const answer = await result.pending;
      await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token, '@original'), {
        body: messageData(answer.message),
        auth: false,
      });
    }).catch((error: unknown) => log('editing a deferred Discord answer failed', error));
    return {
      status: 200,
      body: {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: outcome.ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      },
      after,
    };
  };
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The `POST /discord/interactions` route handler. */
export function createInteractionsHandler(advisor: DiscordAdvisor, options: InteractionsOptions): RouteHandler {
  const respond = createInteractionResponder(advisor, options);
  return async (req, res) => {
    const raw = await readBody(req);
    if (!raw) return sendJson(res, 413, { error: 'request body too large' });
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const result = await respond(raw, header('x-signature-ed25519'), header('x-signature-timestamp'));
    sendJson(res, result.status, result.body);
  };
}
