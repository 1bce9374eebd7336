import type { App } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answerValues, reportFailure } from './answer.js';
import { formValues, readOrigin, RECOMMEND_VIEW } from './modal.js';
import { postToResponseUrl } from './retry-after.js';

/**
 * The recommend form's submission: bad durations or sizes are shown beside their inputs (the form stays
 * open); otherwise the form closes and the recommendation goes where `/compute` answers (privately, with
 * "Share in channel"), or to the app's DM when the form was opened from the Home tab.
 */
export function registerViews(app: App, advisor: Advisor, timeoutMs: number): void {
  app.view(RECOMMEND_VIEW, async ({ ack, view, body, client, logger }) => {
    const result = formValues(view.state.values);
    if ('errors' in result) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    await ack();
    const origin = readOrigin(view.private_metadata);
    const user = body.user.id;
    const message = answerValues(
      advisor,
      'recommend',
      result.values,
      { user, ...(origin.channel ? { channel: origin.channel } : {}) },
      { share: Boolean(origin.responseUrl) },
    );
    try {
      if (origin.responseUrl) {
        const res = await postToResponseUrl(
          origin.responseUrl,
          { response_type: 'ephemeral', replace_original: false, ...message },
          timeoutMs,
        );
        if (!res.ok) throw new Error(`response_url answered HTTP ${res.status}`);
      } else {
        await client.chat.postMessage({ channel: user, ...message });
      }
    } catch (error) {
      await reportFailure(`recommend form answer failed (user ${user})`, error, logger);
    }
  });
}
