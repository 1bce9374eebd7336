/**
 * Discord HTTP interactions on AWS Lambda behind a function URL (deploy/template.yaml). The same verify →
 * decide → answer path as `POST /discord/interactions`. Answers are computed before returning: a Lambda is
 * frozen once it returns, so it never defers (answers take milliseconds, far inside Discord's 3 seconds).
 */
import { readConfig } from '../config.js';
import { loadAdvisor } from '../../src/load.js';
import { createInteractionResponder } from './responder.js';

/** The parts of a Lambda function URL (payload 2.0) event this handler reads. */
export interface FunctionUrlEvent {
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | undefined>;
}

export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

let responder: ReturnType<typeof createInteractionResponder> | undefined;

async function init(): Promise<ReturnType<typeof createInteractionResponder>> {
  const result = readConfig();
  if (!result.ok) throw new Error(`configuration: ${result.problems.join('; ')}`);
  if (!result.config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY is required for Discord interactions');
  const advisor = await loadAdvisor({
    onError: (error) => console.error('compute-advisor: internal error', error instanceof Error ? error.message : error),
  });
  return createInteractionResponder(advisor, {
    publicKey: result.config.DISCORD_PUBLIC_KEY,
    deferAfterMs: Number.POSITIVE_INFINITY,
    charts: false,
  });
}

/** The Lambda entry point (bundled as `dist/lambda/discord.handler`). Header names arrive lower-cased. */
export async function handler(event: FunctionUrlEvent): Promise<FunctionUrlResult> {
  responder ??= await init();
  const raw = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  const result = await responder(raw, event.headers?.['x-signature-ed25519'], event.headers?.['x-signature-timestamp']);
  return { statusCode: result.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result.body) };
}
