/**
 * Issue 16's budget: the brief view of every reply kind, the longest knowledge entry and adversarial
 * replies fits one laptop screen as Slack and Discord render it (about 1,200 visible characters, at most
 * 8 Slack blocks), and the full reply keeps everything the brief leaves out.
 */
import { describe, expect, it } from 'vitest';
import { replyToDiscord } from '../../adapters/discord/render.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { BRIEF, replyViews } from '../../src/brief.js';
import { replyToText } from '../../src/render-text.js';
import { discordVisibleChars, slackVisibleChars } from '../../tools/reply-sizes.js';
import { contractReplies } from './renderer-contract.js';

const SCREEN = { chars: 1200, slackBlocks: 8 } as const;

describe('the brief view fits one screen', () => {
  for (const { name, reply } of contractReplies()) {
    describe(name, () => {
      const { brief, hasDetails } = replyViews(reply);
      it('in Slack blocks', () => {
        const { blocks } = replyToBlocks(brief, { command: 'topic x', share: true });
        expect(blocks.length).toBeLessThanOrEqual(SCREEN.slackBlocks);
        expect(slackVisibleChars(blocks)).toBeLessThanOrEqual(SCREEN.chars);
      });
      it('in Discord embeds', () => {
        const { embeds, content } = replyToDiscord(brief, { command: 'topic x', share: true });
        expect(discordVisibleChars(embeds, content)).toBeLessThanOrEqual(SCREEN.chars);
      });
      it('with at most three sources, and says when the full reply holds more', () => {
        expect(brief.sources.length).toBeLessThanOrEqual(BRIEF.sources);
        expect(hasDetails).toBe(replyToText(brief) !== replyToText(reply));
      });
    });
  }

  it('cuts the long comparison and keeps its answer first', () => {
    const card = contractReplies().find((r) => r.name === 'compare card')?.reply;
    if (!card) throw new Error('no compare card');
    const { brief, hasDetails } = replyViews(card);
    expect(hasDetails).toBe(true);
    expect(brief.summary).toBe(card.summary);
    expect(replyToText(brief).length).toBeLessThan(replyToText(card).length / 2);
  });
});
