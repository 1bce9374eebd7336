import { replyToBlocks, type SlackMessage } from '../../adapters/slack/render.js';
import { rendererContract } from '../contract/renderer-contract.js';
import { assertSlackLimits, blockTexts } from './slack-limits.js';

rendererContract<SlackMessage>({
  name: 'Slack Block Kit',
  render: (reply) => replyToBlocks(reply, { command: 'topic x', share: true }),
  visibleText: (message) => [...blockTexts(message.blocks), message.text].join('\n'),
  withinLimits: (message) => assertSlackLimits(message),
});

// Page 1: the full reply behind "Details" keeps within the limits too.
rendererContract<SlackMessage>({
  name: 'details of Slack Block Kit',
  render: (reply) => replyToBlocks(reply, { command: 'topic x', share: true, page: 1 }),
  visibleText: (message) => [...blockTexts(message.blocks), message.text].join('\n'),
  withinLimits: (message) => assertSlackLimits(message),
});
