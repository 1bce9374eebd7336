import type { App } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answerValues, reportFailure } from './answer.js';
import { followWithChart, type Post } from './chart.js';
import { formValues, readOrigin, RECOMMEND_VIEW } from './modal.js';
import { postToResponseUrl } from './retry-after.js';

/**
 * The recommend form's submission: bad durations or sizes are shown beside their inputs (the form stays
 * open); otherwise the form closes and the recommendation goes where `/compute` answers (privately, with
 * "Share in channel"), or to the app's DM when the form was opened from the Home tab. A cost chart follows
 * the same way.
 */
export function registerViews(app: App, advisor: Advisor, timeoutMs: number): void {
  app.view(RECOMMEND_VIEW, async ({ ack, view, body, client, logger, context }) => {
    const result = formValues(view.state.values);
    if ('errors' in result) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    await ack();
    const origin = readOrigin(view.private_metadata);
    const user = body.user.id;
    const reply = answerValues(
      advisor,
      'recommend',
      result.values,
      { user, ...(origin.channel ? { channel: origin.channel } : {}) },
      { share: Boolean(origin.responseUrl) },
    );
    const responseUrl = origin.responseUrl;
    const post: Post = responseUrl
      ? async (message) => {
          const res = await postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, ...message }, timeoutMs);
          // Slack's answer says why (e.g. invalid_blocks), which chart.ts reads to try again.
          if (!res.ok) throw new Error(`response_url answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
        }
      : (message) => client.chat.postMessage({ channel: user, ...message });
    try {
      await post(reply.message);
      await followWithChart(reply.chart, post, { client, logger, context });
    } catch (error) {
      await reportFailure(`recommend form answer failed (user ${user})`, error, logger);
    }
  });
}
