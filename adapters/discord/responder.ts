/**
 * Discord's HTTP interactions, from a signed body to the response: verifies the Ed25519 signature, then
 * answers PING, `/compute`, autocomplete and buttons, deferring when an answer is slow. Shared by the
 * `POST /discord/interactions` route (http.ts) and the Lambda handler, so it imports neither the HTTP
 * server nor discord.js: the Lambda's cold start loads only this path. Stateless (everything a button
 * needs is in its custom_id), so any number of replicas can run behind a load balancer.
 */
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { Flags, originalMessageRoute, Response } from './api.js';
import { APOLOGY, withChart, type Answer, type DiscordAdvisor } from './answer.js';
import { DEFER_AFTER_MS, withinBudget } from './in-time.js';
import { callbackData, interactionOutcome, messageData } from './interactions.js';
import type { REST } from '@discordjs/rest';
import { freshTimestamp } from '../shared/timestamp.js';
import { readInteraction } from './interaction-shape.js';
import { discordPublicKey, isValidDiscordSignature } from './verify.js';

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
  /** A refused request, in one line (a client's mistake or an attack, not our bug). */
  warn?: (message: string) => void;
  /**
   * Upload the cost chart in an edit after the answer (default true). Off on Lambda, which is frozen once it
   * returns, so the edit would not run.
   */
  charts?: boolean;
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
  // REST is loaded on the first edit only: the Lambda handler never edits (it never defers, and has no charts).
  let client: Promise<REST> | undefined;
  const rest = () => (client ??= import('./rest.js').then(({ discordRest }) => discordRest(options.apiBase)));
  const log = options.log ?? ((message: string) => console.error(message));
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const track = options.track ?? (<T>(work: () => Promise<T>) => work());
  const refuse = (status: number, error: string): SignedResult => {
    warn(`refused a Discord interaction (${status}): ${error}`);
    return { status, body: { error } };
  };
  return async (raw, signature, timestamp) => {
    if (!isValidDiscordSignature(key, signature, timestamp, raw)) return refuse(401, 'invalid request signature');
    // Checked after the signature, so only a request Discord really signed learns that its time is off.
    if (!freshTimestamp(timestamp)) return refuse(401, 'request timestamp is more than 5 minutes from now');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      return refuse(400, 'body is not JSON');
    }
    const read = readInteraction(parsed);
    if (!read.ok) return refuse(400, `malformed interaction: ${read.problem}`);
    const { interaction } = read;
    const outcome = interactionOutcome(interaction, advisor);
    if ('now' in outcome) return { status: 200, body: outcome.now };
    const work = outcome.later.catch((error: unknown): Answer => {
      log('Discord interaction failed', error);
      return APOLOGY;
    });
    const result = await withinBudget(work, options.deferAfterMs ?? DEFER_AFTER_MS);
    const editOriginal = async (answer: Answer) =>
      (await rest()).patch(originalMessageRoute(interaction.application_id, interaction.token), editRequest(answer));
    if (result.done) {
      // The response is JSON: the text goes now, and the chart is drawn after it and follows in an edit.
      const answer = result.value;
      const body: APIInteractionResponse = {
        type: Response.ChannelMessageWithSource,
        data: callbackData(answer.message, answer.ephemeral),
      };
      if (!answer.chart || options.charts === false) return { status: 200, body };
      const after = track(async () => editOriginal(await withChart(answer))).then(
        () => undefined,
        (error: unknown) => log('attaching the chart to a Discord answer failed', error),
      );
      return { status: 200, body, after };
    }
    // Too slow: acknowledge now ("thinking…"), then edit the answer into that same message.
    const after = track(async () => {
      const answer = await result.pending;
      await editOriginal(options.charts === false ? answer : await withChart(answer));
    }).catch((error: unknown) => log('editing a deferred Discord answer failed', error));
    return {
      status: 200,
      body: {
        type: Response.DeferredChannelMessageWithSource,
        data: outcome.ephemeral ? { flags: Flags.Ephemeral } : {},
      },
      after,
    };
  };
}

/** A webhook edit of the answer: JSON, or multipart with the chart as `files[0]` and its alt text. */
function editRequest(answer: Answer): Parameters<REST['patch']>[1] {
  const { file } = answer;
  if (!file) return { body: messageData(answer.message), auth: false };
  return {
    body: { ...messageData(answer.message), attachments: [{ id: 0, filename: file.name, description: file.description }] },
    files: [{ name: file.name, data: file.data, contentType: 'image/png' }],
    auth: false,
  };
}
