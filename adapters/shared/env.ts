/** zod building blocks for environment variables, shared by the general and the per-platform schemas. */
import * as z from '../../src/zod.js';

/** An optional variable: trimmed, and empty counts as unset. */
export const optional = z.optional(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((v: string) => (v === '' ? undefined : v)),
  ),
);

/** An optional variable that must pass `test` when set, with `message` naming what it should be. */
export const optionalWhere = (test: (value: string) => boolean, message: string) =>
  optional.check(z.refine((v) => v === undefined || test(v), { message }));

/** An optional secret that must match `shape` when set; the message names the shape, never the value. */
export const optionalToken = (shape: RegExp, expected: string) =>
  optionalWhere((v) => shape.test(v), `should look like ${expected} (check for a copy-paste slip)`);

/** An optional http(s) URL (an API base a test or proxy points the bot at). */
export const optionalUrl = (example: string) =>
  optionalWhere((v) => /^https?:\/\/[^\s]+$/.test(v), `should be an http(s) URL such as ${example}`);

/** An optional on/off switch (1/0, true/false, yes/no, on/off); unset is off. */
export const flag = (name: string) =>
  z.pipe(
    optionalWhere((v) => /^(0|false|no|off|1|true|yes|on)$/i.test(v), `should be true or false (${name})`),
    z.transform((v) => v !== undefined && /^(1|true|yes|on)$/i.test(v)),
  );

/** An optional number with a default, in the shape `number` checks; an empty value counts as unset. */
export const optionalNumber = <T extends z.ZodMiniType<number, number>>(fallback: number, number: T) =>
  z.pipe(
    z.pipe(
      optional,
      z.transform((v) => (v === undefined ? fallback : Number(v))),
    ),
    number,
  );

/** Reads one raw variable, trimmed, for the checks that span several variables. */
export type RawVariable = (name: string) => string | undefined;
