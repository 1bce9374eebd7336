import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { encodePng, tableCrc32 } from '../../adapters/shared/png.js';

/** The chunks of a PNG, each with its CRC checked against zlib's. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typed));
    out.push({ type: typed.subarray(0, 4).toString('latin1'), data: typed.subarray(4) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes IHDR, IDAT and IEND with valid CRCs, and rows of straight RGBA behind filter byte 0', async () => {
    // 2 × 2 premultiplied: opaque red, half-transparent white (128,128,128,128), fully transparent, opaque blue.
    const pixels = Buffer.from([255, 0, 0, 255, 128, 128, 128, 128, 0, 0, 0, 0, 0, 0, 255, 255]);
    const parts = chunks(await encodePng(2, 2, pixels));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([2, 2, 8, 6, 0, 0, 0]);
    expect([...inflateSync(parts[1]!.data)]).toEqual([0, 255, 0, 0, 255, 255, 255, 255, 128, 0, 0, 0, 0, 0, 0, 0, 255, 255]);
  });

  it('has a CRC-32 of its own for Node before 20.15 that agrees with zlib on every length', () => {
    for (const length of [0, 1, 3, 4, 255, 4096, 40_000]) {
      const bytes = randomBytes(length);
      expect(tableCrc32(bytes), `${length} bytes`).toBe(crc32(bytes));
    }
  });

  it('refuses a pixel buffer of the wrong size', async () => {
    await expect(encodePng(2, 2, Buffer.alloc(15))).rejects.toThrow(/expected 16 bytes/);
  });
});
