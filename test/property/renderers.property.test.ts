/**
 * Property-based tests of the renderers: any text through `handle()`, and any Reply document built
 * directly, renders within Slack's and Discord's limits, passes discord.js's builder validation, and
 * shows no live mass mention.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { subcommandOptions } from '../../adapters/discord/commands.js';
import { recommendCommand } from '../../src/commands/recommend.js';
import { commandLine } from '../../src/router.js';
import { replyToDiscord } from '../../adapters/discord/render.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import type { Reply } from '../../src/reply.js';
import { assertDiscordLimits, discordTexts } from '../discord/discord-limits.js';
import { advisor } from '../helpers.js';
import { assertSlackLimits, blockTexts } from '../slack/slack-limits.js';
import { anyReply, anyText } from './arbitraries.js';

const LIVE_MENTION = /(^|[^\u200b])@(everyone|here|channel)\b|<[!@#]/i;

function checkBoth(reply: Reply, command: string): void {
  const slack = replyToBlocks(reply, { command, share: true });
  assertSlackLimits(slack);
  expect(blockTexts(slack.blocks).join('\n')).not.toMatch(/(^|[^\u200b])@(everyone|here|channel)\b/i);
  const discord = replyToDiscord(reply, { command, share: true });
  assertDiscordLimits(discord);
  expect(discordTexts(discord).join('\n')).not.toMatch(LIVE_MENTION);
}

describe('renderers on any input', () => {
  it("any text through handle() renders within both platforms' limits", () => {
    fc.assert(
      fc.property(anyText, (text) => checkBoth(advisor().handle(text), text)),
      { numRuns: 200 },
    );
  });

  it("any Reply document renders within both platforms' limits, every page of it", () => {
    fc.assert(
      fc.property(anyReply, fc.integer({ min: 0, max: 30 }), (reply, page) => {
        checkBoth(reply, 'topic x');
        assertDiscordLimits(replyToDiscord(reply, { command: 'topic x', page }));
        assertSlackLimits(replyToBlocks(reply, { command: 'topic x', page }));
      }),
      { numRuns: 150 },
    );
  });

  it('any Discord option values make a command the core answers, rendered within limits', () => {
    const names = subcommandOptions(recommendCommand).map((o) => o.name);
    const options = fc.array(fc.record({ name: fc.constantFrom(...names), value: anyText }), { maxLength: 6 });
    fc.assert(
      fc.property(options, (opts) => {
        const values = Object.fromEntries(opts.map((o) => [o.name, o.value]));
        checkBoth(advisor().run('recommend', values), commandLine('recommend', values));
      }),
      { numRuns: 150 },
    );
  });
});
