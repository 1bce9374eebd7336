import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answer, APOLOGY, errorSummary, reportFailure } from './answer.js';
import { ACTION, decodeButtonValue, type ButtonPayload } from './button-value.js';
import { recommendModal } from './modal.js';

/** Opens the recommend form from a button (the Home tab's "Recommend…"). */
export const OPEN_RECOMMEND = 'compute_open_recommend';

type Body = BlockAction<ButtonAction>;

/** Where the pressed button was: an ephemeral answer, a message in a channel/thread, or a view (Home tab). */
function origin(body: Body): { ephemeral: boolean; channel?: string; threadTs?: string } {
  const container = body.container as { is_ephemeral?: boolean; thread_ts?: string; channel_id?: string };
  const threadTs = container.thread_ts ?? (body.message?.thread_ts as string | undefined);
  const channel = body.channel?.id ?? container.channel_id;
  return { ephemeral: container.is_ephemeral === true, ...(channel ? { channel } : {}), ...(threadTs ? { threadTs } : {}) };
}

/**
 * A button's command (did-you-mean, follow-up, "More") runs for the person who pressed it and is shown
 * to them alone, with "Share in channel": beside an ephemeral answer through response_url, in a thread
 * or channel as an ephemeral message, and from the Home tab in the app's DM.
 */
async function runForPresser(
  advisor: Advisor,
  body: Body,
  payload: ButtonPayload,
  respond: RespondFn,
  client: App['client'],
): Promise<void> {
  const where = origin(body);
  const threadTs = payload.threadTs ?? where.threadTs;
  const message = answer(
    advisor,
    payload.command,
    { user: body.user.id, ...(where.channel ? { channel: where.channel } : {}) },
    {
      share: Boolean(where.channel),
      ...(payload.page ? { page: payload.page } : {}),
      ...(threadTs ? { threadTs } : {}),
    },
  );
  if (where.ephemeral) await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  else if (where.channel)
    await client.chat.postEphemeral({
      channel: where.channel,
      user: body.user.id,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...message,
    });
  else await client.chat.postMessage({ channel: body.user.id, ...message });
}

/** "Share in channel": the same answer posted visibly (in its thread if it had one), then the private copy removed. */
async function share(advisor: Advisor, body: Body, payload: ButtonPayload, respond: RespondFn, client: App['client']): Promise<void> {
  const where = origin(body);
  const message = answer(
    advisor,
    payload.command,
    { user: body.user.id, ...(where.channel ? { channel: where.channel } : {}) },
    {
      note: `Shared by <@${body.user.id}> · \`/compute\` to ask your own`,
      ...(payload.page ? { page: payload.page } : {}),
      ...(payload.threadTs ? { threadTs: payload.threadTs } : {}),
    },
  );
  if (payload.threadTs && where.channel) await client.chat.postMessage({ channel: where.channel, thread_ts: payload.threadTs, ...message });
  // response_url posts work in any channel, even one the bot was never invited to.
  else await respond({ response_type: 'in_channel', replace_original: false, ...message });
  if (where.ephemeral) await respond({ delete_original: true });
}

export function registerActions(app: App, advisor: Advisor): void {
  const handlers = [
    [new RegExp(`^${ACTION.run}(:|$)`), runForPresser],
    [new RegExp(`^${ACTION.more}$`), runForPresser],
    [new RegExp(`^${ACTION.share}$`), share],
  ] as const;
  for (const [actionId, handle] of handlers) {
    app.action<Body>({ type: 'block_actions', action_id: actionId }, async ({ ack, body, action, respond, client, logger }) => {
      await ack();
      const payload = decodeButtonValue(action.value);
      if (!payload) {
        logger.warn(`ignored a button with an unreadable value (action ${action.action_id})`);
        return;
      }
      try {
        await handle(advisor, body, payload, respond, client);
      } catch (error) {
        const apologise = body.response_url
          ? () => respond({ response_type: 'ephemeral', replace_original: false, ...APOLOGY })
          : undefined;
        await reportFailure(`button ${action.action_id} failed (user ${body.user.id})`, error, logger, apologise);
      }
    });
  }
  app.action<Body>({ type: 'block_actions', action_id: OPEN_RECOMMEND }, async ({ ack, body, client, logger }) => {
    await ack();
    await client.views
      .open({ trigger_id: body.trigger_id, view: recommendModal({}) })
      .catch((error: unknown) => logger.error(`views.open failed: ${errorSummary(error)}`));
  });
}
