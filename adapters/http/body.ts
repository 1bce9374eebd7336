/**
 * Reads a request body into memory up to a cap (MAX_BODY_BYTES), before any route looks at it: no platform
 * sends more than a few kilobytes, so anything bigger is refused without being buffered.
 */
import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/** A request whose body has been read; Bolt's HTTPReceiver uses `rawBody` as it is instead of reading the stream again. */
export type BufferedRequest = IncomingMessage & { rawBody: Buffer };

/** The body, or why it was refused: too large (413), or the client gave up or lied about its length (400). */
export type BodyResult = { ok: true; raw: Buffer } | { ok: false; status: 413 | 400; error: string };

/**
 * Reads at most `maxBytes` (raw-body rejects a declared Content-Length over the cap before reading a byte).
 * A refused body is still read to its end, without keeping it, so the client has finished sending when the
 * answer goes out: closing a socket with unread data on it would reset the connection and lose the 413.
 * The server's request timeout bounds how long that can take.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  try {
    return { ok: true, raw: await getRawBody(req, { limit: maxBytes, length: req.headers['content-length'] ?? null }) };
  } catch (error) {
    const tooLarge = (error as { type?: unknown }).type === 'entity.too.large';
    if (!req.complete && !req.destroyed) {
      req.resume();
      await new Promise<void>((done) => {
        req.once('end', done);
        req.once('close', done);
      });
    }
    return tooLarge
      ? { ok: false, status: 413, error: `request body too large (the limit is ${maxBytes} bytes)` }
      : { ok: false, status: 400, error: 'request body could not be read' };
  }
}
