import { replyToDiscord, type DiscordMessage } from '../../adapters/discord/render.js';
import { rendererContract } from '../contract/renderer-contract.js';
import { assertDiscordLimits, discordTexts } from './discord-limits.js';

rendererContract<DiscordMessage>({
  name: 'Discord embeds',
  render: (reply) => replyToDiscord(reply, { command: 'topic x', share: true }),
  visibleText: (message) => discordTexts(message).join('\n'),
  withinLimits: (message) => assertDiscordLimits(message),
});

// Page 1: the full reply behind "Details" keeps within the limits too.
rendererContract<DiscordMessage>({
  name: 'details of Discord embeds',
  render: (reply) => replyToDiscord(reply, { command: 'topic x', share: true, page: 1 }),
  visibleText: (message) => discordTexts(message).join('\n'),
  withinLimits: (message) => assertDiscordLimits(message),
});
