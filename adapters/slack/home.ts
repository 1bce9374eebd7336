import type { App } from '@slack/bolt';
import type { KnownBlock, View } from '@slack/types';
import type { Advisor } from '../../src/advisor.js';
import { OPEN_RECOMMEND } from './actions.js';
import { errorSummary } from './answer.js';
import { replyToBlocks } from './render.js';

const intro = (advisor: Advisor) =>
  [
    `I help you pick AWS compute — ${advisor.servicesInProse('or')} — from a sourced knowledge base.`,
    '*Privately:* `/compute ec2-vs-lambda`, `/compute limits lambda`, `/compute cost requests=3M duration=120ms memory=512mb`',
    '*In a thread:* `@compute-advisor why does my lambda time out` — or `@compute-advisor review` to get a recommendation from what the thread says about the workload.',
  ].join('\n\n');

/** The Home tab: what the bot does, examples, a button for the recommend form, and the help reply. */
export function homeView(advisor: Advisor): View {
  const help = replyToBlocks(advisor.handle('help', { platform: 'slack' })).blocks;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'compute-advisor' } },
    { type: 'section', text: { type: 'mrkdwn', text: intro(advisor) } },
    {
      type: 'actions',
      elements: [{ type: 'button', action_id: OPEN_RECOMMEND, style: 'primary', text: { type: 'plain_text', text: 'Recommend compute…' } }],
    },
    { type: 'divider' },
    ...help,
  ];
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

/** Publishes the Home tab when a user opens it. */
export function registerHome(app: App, advisor: Advisor): void {
  const view = homeView(advisor);
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== 'home') return;
    await client.views
      .publish({ user_id: event.user, view })
      .catch((error: unknown) => logger.error(`views.publish failed: ${errorSummary(error)}`));
  });
}
