/**
 * The parts of a Slack request body that Bolt's routing and our listeners read, checked before either
 * reads them: a validly signed but malformed body (`null`, an `event_callback` with `event: null`, a
 * button press without `user`) gets a 400 naming the problem instead of a TypeError — which, for some
 * shapes, Bolt's HTTPReceiver throws where nothing catches it, taking the whole process down. Loose
 * objects: Slack adds fields all the time, and only these must have the right shape.
 */
import * as z from '../../src/zod.js';

const id = z.looseObject({ id: z.string() });
const text = z.string();

/** Every kind of body: Bolt works out the team, enterprise and user from these wherever they appear. */
const user = z.looseObject({ id: z.string(), team_id: z.optional(z.string()) });
const common = z.looseObject({
  team: z.nullish(z.looseObject({ id: z.optional(z.string()), enterprise_id: z.nullish(z.string()) })),
  enterprise: z.nullish(id),
  channel: z.optional(id),
  user: z.optional(user),
  authorizations: z.optional(z.array(z.looseObject({ team_id: z.nullish(z.string()), enterprise_id: z.nullish(z.string()) }))),
  token: z.optional(z.string()),
});
/** Interactions (buttons, forms, shortcuts, menus): Bolt falls back on `user.team_id`, our listeners on `user.id`. */
const interaction = z.extend(common, { user });

const eventShapes: Record<string, z.ZodMiniType> = {
  app_mention: z.looseObject({ channel: text, ts: text, text, user: z.optional(text), thread_ts: z.optional(text) }),
  app_home_opened: z.looseObject({ user: text, tab: z.optional(text) }),
};
const event = z
  .looseObject({
    type: text,
    channel: z.optional(z.union([text, z.looseObject({})])),
    channel_id: z.optional(text),
    item: z.optional(z.looseObject({})),
  })
  .check(
    z.superRefine((value, ctx) => {
      const shape = eventShapes[value.type]?.safeParse(value);
      if (shape && !shape.success) for (const issue of shape.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
    }),
  );

const viewValues = z.record(
  z.string(),
  z.record(z.string(), z.looseObject({ value: z.nullish(text), selected_option: z.nullish(z.looseObject({ value: text })) })),
);

/** The kinds of body the app answers, in the order Bolt tells them apart. */
const kinds: [string, (body: Record<string, unknown>) => boolean, z.ZodMiniType][] = [
  ['event', (b) => b.event !== undefined, z.extend(common, { event, event_id: z.optional(text) })],
  [
    'command',
    (b) => b.command !== undefined,
    z.extend(common, {
      command: text,
      text,
      user_id: text,
      channel_id: text,
      trigger_id: z.optional(text),
      response_url: z.optional(text),
    }),
  ],
  ['options', (b) => b.name !== undefined || b.type === 'block_suggestion', z.extend(interaction, { value: z.optional(text) })],
  [
    'action',
    (b) => b.actions !== undefined || b.type === 'dialog_submission' || b.type === 'workflow_step_edit',
    z.extend(interaction, {
      actions: z.array(z.looseObject({ action_id: text, type: z.optional(text), value: z.optional(text) })).check(z.minLength(1)),
      container: z.looseObject({}),
      message: z.optional(z.looseObject({ thread_ts: z.optional(text) })),
      trigger_id: z.optional(text),
      response_url: z.optional(text),
    }),
  ],
  ['shortcut', (b) => b.type === 'shortcut' || b.type === 'message_action', interaction],
  [
    'view',
    (b) => b.type === 'view_submission' || b.type === 'view_closed',
    z.extend(interaction, {
      view: z.looseObject({
        callback_id: text,
        private_metadata: z.optional(text),
        app_installed_team_id: z.optional(text),
        state: z.optional(z.looseObject({ values: viewValues })),
      }),
    }),
  ],
  ['url_verification', (b) => b.type === 'url_verification', z.looseObject({ challenge: text })],
];

export type SlackBody = { ok: true; kind: string; body: Record<string, unknown> } | { ok: false; problem: string };

/** The body's kind, or what is wrong with it (e.g. "event: expected object, received null"). */
export function readSlackBody(value: unknown): SlackBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      problem: `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    };
  const body = value as Record<string, unknown>;
  const kind = kinds.find(([, is]) => is(body));
  if (!kind) return { ok: false, problem: 'not a kind of Slack request this app handles (no event, command, actions or view)' };
  const parsed = kind[2].safeParse(body);
  if (parsed.success) return { ok: true, kind: kind[0], body };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${kind[0]}: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'malformed'}` };
}
