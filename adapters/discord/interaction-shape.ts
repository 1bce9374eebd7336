/**
 * The parts of an interaction payload the answer code reads, checked before it reads them: a validly signed
 * but malformed body (`null`, a command without `data`) gets a 400 naming the problem instead of a TypeError.
 * Loose objects: Discord adds fields all the time, and only these must have the right shape.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import * as z from '../../src/zod.js';
import { Interaction } from './api.js';

interface Option {
  type: number;
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
  options?: Option[];
}
const option: z.ZodMiniType<Option> = z.lazy(() =>
  z.looseObject({
    type: z.number(),
    name: z.string(),
    value: z.optional(z.union([z.string(), z.number(), z.boolean()])),
    focused: z.optional(z.boolean()),
    options: z.optional(z.array(option)),
  }),
);

const who = z.looseObject({ id: z.string() });
const base = z.looseObject({
  type: z.int(),
  member: z.optional(z.looseObject({ user: who })),
  user: z.optional(who),
  channel: z.optional(who),
  channel_id: z.optional(z.string()),
});
/** What an answer may need later: the ids to edit a deferred answer in. */
const answerable = z.extend(base, { application_id: z.string(), token: z.string() });
const commandData = z.looseObject({ name: z.optional(z.string()), options: z.optional(z.array(option)) });

const byType: Partial<Record<number, z.ZodMiniType>> = {
  [Interaction.ApplicationCommand]: z.extend(answerable, { data: commandData }),
  [Interaction.ApplicationCommandAutocomplete]: z.extend(base, { data: commandData }),
  [Interaction.MessageComponent]: z.extend(answerable, { data: z.looseObject({ component_type: z.number(), custom_id: z.string() }) }),
};

/** The interaction, or what is wrong with it (e.g. "data: expected object"). Types we do not handle pass with the base checks. */
export function readInteraction(value: unknown): { ok: true; interaction: APIInteraction } | { ok: false; problem: string } {
  const head = base.safeParse(value);
  if (!head.success) return { ok: false, problem: describe(head.error) };
  const schema = byType[head.data.type];
  const full = schema ? schema.safeParse(value) : head;
  return full.success ? { ok: true, interaction: value as APIInteraction } : { ok: false, problem: describe(full.error) };
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not an interaction';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
