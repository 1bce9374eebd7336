/** zod building blocks for environment variables, shared by the general and the per-platform schemas. */
import { z } from 'zod';

/** An optional variable: trimmed, and empty counts as unset. */
export const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An optional secret that must match `shape` when set; the message names the shape, never the value. */
export const optionalToken = (shape: RegExp, expected: string) =>
  optional.refine((v) => v === undefined || shape.test(v), { message: `should look like ${expected} (check for a copy-paste slip)` });

/** An optional http(s) URL (an API base a test or proxy points the bot at). */
export const optionalUrl = (example: string) =>
  optional.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: `should be an http(s) URL such as ${example}` });

/** An optional on/off switch (1/0, true/false, yes/no, on/off); unset is off. */
export const flag = (name: string) =>
  optional.transform((v, ctx) => {
    if (v === undefined || /^(0|false|no|off)$/i.test(v)) return false;
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    ctx.addIssue({ code: 'custom', message: `should be true or false (${name})` });
    return z.NEVER;
  });

/** Reads one raw variable, trimmed, for the checks that span several variables. */
export type RawVariable = (name: string) => string | undefined;
