/**
 * Lines of a text stream ended by LF or CRLF only. readline also ends a line at a bare CR, so an input line
 * holding one came out as two answers and anything pairing inputs with outputs got out of step.
 */
import { StringDecoder } from 'node:string_decoder';

/** Each line without its LF or CRLF; a last line without an ending counts if it is not empty. */
export async function* lfLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let end: number;
    while ((end = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}
