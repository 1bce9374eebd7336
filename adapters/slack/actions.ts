import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answer, APOLOGY, errorSummary, reportFailure } from './answer.js';
import { ACTION, decodeButtonValue, type ButtonPayload } from './button-value.js';
import { followWithChart, type ChartTools, type Post } from './chart.js';
import type { SlackMessage } from './render.js';
import { recommendModal } from './modal.js';

/** Opens the recommend form from a button (the Home tab's "Recommend…"). */
export const OPEN_RECOMMEND = 'compute_open_recommend';

type Body = BlockAction<ButtonAction>;

/** What a button's handler needs besides the press: how to answer, and what its cost chart needs. */
interface Tools extends ChartTools {
  respond: RespondFn;
}

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
 * or channel as an ephemeral message, and from the Home tab in the app's DM. A cost chart follows the same way.
 */
async function runForPresser(advisor: Advisor, body: Body, payload: ButtonPayload, tools: Tools): Promise<void> {
  const { respond, client } = tools;
  const where = origin(body);
  const threadTs = payload.threadTs ?? where.threadTs;
  const reply = answer(
    advisor,
    payload.command,
    { user: body.user.id, ...(where.channel ? { channel: where.channel } : {}) },
    {
      share: Boolean(where.channel),
      ...(payload.page ? { page: payload.page } : {}),
      ...(threadTs ? { threadTs } : {}),
    },
  );
  const channel = where.channel;
  const post: Post = where.ephemeral
    ? (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message })
    : channel
      ? (message) => client.chat.postEphemeral({ channel, user: body.user.id, ...(threadTs ? { thread_ts: threadTs } : {}), ...message })
      : (message) => client.chat.postMessage({ channel: body.user.id, ...message });
  await post(reply.message);
  await followWithChart(reply.chart, post, tools);
}

/**
 * "Share in channel": the same answer posted visibly (in its thread if it had one), then the private copy
 * removed, then the cost chart posted where the answer went (the removal first: a response_url accepts five
 * posts, and the chart may take three).
 */
async function share(advisor: Advisor, body: Body, payload: ButtonPayload, tools: Tools): Promise<void> {
  const { respond, client } = tools;
  const where = origin(body);
  const reply = answer(
    advisor,
    payload.command,
    { user: body.user.id, ...(where.channel ? { channel: where.channel } : {}) },
    {
      note: `Shared by <@${body.user.id}> · \`/compute\` to ask your own`,
      ...(payload.page ? { page: payload.page } : {}),
      ...(payload.threadTs ? { threadTs: payload.threadTs } : {}),
    },
  );
  const [channel, threadTs] = [where.channel, payload.threadTs];
  const post: Post =
    threadTs && channel
      ? (message: SlackMessage) => client.chat.postMessage({ channel, thread_ts: threadTs, ...message })
      : // response_url posts work in any channel, even one the bot was never invited to.
        (message: SlackMessage) => respond({ response_type: 'in_channel', replace_original: false, ...message });
  await post(reply.message);
  if (where.ephemeral) await respond({ delete_original: true });
  await followWithChart(reply.chart, post, tools);
}

/**
 * Every button, through one Bolt listener that routes on action_id inside: Bolt runs each listener's
 * middleware for every incoming event, so one listener instead of four saves that work on every command.
 */
export function registerActions(app: App, advisor: Advisor): void {
  const handlers = [
    [new RegExp(`^${ACTION.run}(:|$)`), runForPresser],
    [new RegExp(`^${ACTION.more}$`), runForPresser],
    [new RegExp(`^${ACTION.share}$`), share],
  ] as const;
  app.action<Body>({ type: 'block_actions' }, async ({ ack, body, action, respond, client, logger, context }) => {
    await ack();
    if (action.action_id === OPEN_RECOMMEND) {
      await client.views
        .open({ trigger_id: body.trigger_id, view: recommendModal({}) })
        .catch((error: unknown) => logger.error(`views.open failed: ${errorSummary(error)}`));
      return;
    }
    const handle = handlers.find(([id]) => id.test(action.action_id))?.[1];
    if (!handle) return; // Not a button of ours (an input in the recommend form): acknowledged, nothing to do.
    const payload = decodeButtonValue(action.value);
    if (!payload) {
      logger.warn(`ignored a button with an unreadable value (action ${action.action_id})`);
      return;
    }
    try {
      await handle(advisor, body, payload, { respond, client, logger, context });
    } catch (error) {
      const apologise = body.response_url ? () => respond({ response_type: 'ephemeral', replace_original: false, ...APOLOGY }) : undefined;
      await reportFailure(`button ${action.action_id} failed (user ${body.user.id})`, error, logger, apologise);
    }
  });
}
