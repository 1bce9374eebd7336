/**
 * The parts of an interaction payload the answer code reads, checked before it reads them: a validly signed
 * but malformed body (`null`, a command without `data`) gets a 400 naming the problem instead of a TypeError.
 * Loose objects: Discord adds fields all the time, and only these must have the right shape.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { Interaction } from './api.js';
import { z } from 'zod';

interface Option {
  type: number;
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
  options?: Option[];
}
const option: z.ZodType<Option> = z.lazy(() =>
  z.looseObject({
    type: z.number(),
    name: z.string(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(option).optional(),
  }),
);

const who = z.looseObject({ id: z.string() });
const base = z.looseObject({
  type: z.number().int(),
  member: z.looseObject({ user: who }).optional(),
  user: who.optional(),
  channel: who.optional(),
  channel_id: z.string().optional(),
});
/** What an answer may need later: the ids to edit a deferred answer in. */
const answerable = base.extend({ application_id: z.string(), token: z.string() });
const commandData = z.looseObject({ name: z.string().optional(), options: z.array(option).optional() });

const byType: Partial<Record<number, z.ZodType>> = {
  [Interaction.ApplicationCommand]: answerable.extend({ data: commandData }),
  [Interaction.ApplicationCommandAutocomplete]: base.extend({ data: commandData }),
  [Interaction.MessageComponent]: answerable.extend({ data: z.looseObject({ component_type: z.number(), custom_id: z.string() }) }),
};

/** The interaction, or what is wrong with it (e.g. "data: expected object"). Types we do not handle pass with the base checks. */
export function readInteraction(value: unknown): { ok: true; interaction: APIInteraction } | { ok: false; problem: string } {
  const head = base.safeParse(value);
  if (!head.success) return { ok: false, problem: describe(head.error) };
  const schema = byType[head.data.type];
  const full = schema ? schema.safeParse(value) : head;
  return full.success ? { ok: true, interaction: value as APIInteraction } : { ok: false, problem: describe(full.error) };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not an interaction';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
