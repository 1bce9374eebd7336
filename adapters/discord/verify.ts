/**
 * Discord's request signature for HTTP interactions: Ed25519 over `timestamp + raw body`, checked against
 * the application's public key (hex, from the developer portal) with Node's crypto. Pure and synchronous.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The public key from its 64-character hex form (DISCORD_PUBLIC_KEY). Throws on a malformed key. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY should be 64 hexadecimal characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** True when `signature` (hex, X-Signature-Ed25519) signs `timestamp` (X-Signature-Timestamp) + `body`. */
export function isValidDiscordSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer | string,
): boolean {
  if (!signature || !timestamp || !/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  try {
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp), Buffer.isBuffer(body) ? body : Buffer.from(body)]),
      key,
      Buffer.from(signature, 'hex'),
    );
  } catch {
    return false;
  }
}
