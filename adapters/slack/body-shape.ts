/**
 * The parts of a Slack request body that Bolt's routing and our listeners read, checked before either
 * reads them: a validly signed but malformed body (`null`, an `event_callback` with `event: null`, a
 * button press without `user`) gets a 400 naming the problem instead of a TypeError — which, for some
 * shapes, Bolt's HTTPReceiver throws where nothing catches it, taking the whole process down. Loose
 * objects: Slack adds fields all the time, and only these must have the right shape.
 */
import { z } from 'zod';

const id = z.looseObject({ id: z.string() });
const text = z.string();

/** Every kind of body: Bolt works out the team, enterprise and user from these wherever they appear. */
const common = z.looseObject({
  team: z.looseObject({ id: z.string().optional(), enterprise_id: z.string().nullish() }).nullish(),
  enterprise: id.nullish(),
  channel: id.optional(),
  user: z.looseObject({ id: z.string(), team_id: z.string().optional() }).optional(),
  authorizations: z.array(z.looseObject({ team_id: z.string().nullish(), enterprise_id: z.string().nullish() })).optional(),
  token: z.string().optional(),
});
/** Interactions (buttons, forms, shortcuts, menus): Bolt falls back on `user.team_id`, our listeners on `user.id`. */
const interaction = common.extend({ user: common.shape.user.unwrap() });

const eventShapes: Record<string, z.ZodType> = {
  app_mention: z.looseObject({ channel: text, ts: text, text, user: text.optional(), thread_ts: text.optional() }),
  app_home_opened: z.looseObject({ user: text, tab: text.optional() }),
};
const event = z
  .looseObject({
    type: text,
    channel: z.union([text, z.looseObject({})]).optional(),
    channel_id: text.optional(),
    item: z.looseObject({}).optional(),
  })
  .superRefine((value, ctx) => {
    const shape = eventShapes[value.type]?.safeParse(value);
    if (shape && !shape.success) for (const issue of shape.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  });

const viewValues = z.record(
  z.string(),
  z.record(z.string(), z.looseObject({ value: text.nullish(), selected_option: z.looseObject({ value: text }).nullish() })),
);

/** The kinds of body the app answers, in the order Bolt tells them apart. */
const kinds: [string, (body: Record<string, unknown>) => boolean, z.ZodType][] = [
  ['event', (b) => b.event !== undefined, common.extend({ event, event_id: text.optional() })],
  [
    'command',
    (b) => b.command !== undefined,
    common.extend({ command: text, text, user_id: text, channel_id: text, trigger_id: text.optional(), response_url: text.optional() }),
  ],
  ['options', (b) => b.name !== undefined || b.type === 'block_suggestion', interaction.extend({ value: text.optional() })],
  [
    'action',
    (b) => b.actions !== undefined || b.type === 'dialog_submission' || b.type === 'workflow_step_edit',
    interaction.extend({
      actions: z.array(z.looseObject({ action_id: text, type: text.optional(), value: text.optional() })).min(1),
      container: z.looseObject({}),
      message: z.looseObject({ thread_ts: text.optional() }).optional(),
      trigger_id: text.optional(),
      response_url: text.optional(),
    }),
  ],
  ['shortcut', (b) => b.type === 'shortcut' || b.type === 'message_action', interaction],
  [
    'view',
    (b) => b.type === 'view_submission' || b.type === 'view_closed',
    interaction.extend({
      view: z.looseObject({
        callback_id: text,
        private_metadata: text.optional(),
        app_installed_team_id: text.optional(),
        state: z.looseObject({ values: viewValues }).optional(),
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
