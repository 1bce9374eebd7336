import { describe, expect, it } from 'vitest';
import { reviewInput, reviewNote } from '../../adapters/slack/review.js';

const ctx = { botUserId: 'UBOT', botId: 'BBOT', triggerTs: '9.0' };

describe('reviewInput', () => {
  it('joins what people wrote, skipping the bot, joins and the bare "review" request', () => {
    const input = reviewInput(
      [
        { ts: '1.0', user: 'U1', text: 'Batch job, 40 minutes per run' },
        { ts: '2.0', user: 'UBOT', text: 'my own answer' },
        { ts: '3.0', bot_id: 'BOTHER', text: 'another bot' },
        { ts: '4.0', user: 'U2', subtype: 'channel_join', text: '<@U2> has joined' },
        { ts: '5.0', user: 'U2', text: 'needs <@UBOT> a GPU!' },
        { ts: '9.0', user: 'U1', text: '<@UBOT> review: stateless too' },
      ],
      ctx,
    );
    expect(input).toEqual({
      command: 'recommend Batch job, 40 minutes per run. needs a GPU! stateless too.',
      used: [{ ts: '1.0', user: 'U1' }, { ts: '5.0', user: 'U2' }, { ts: '9.0', user: 'U1' }],
      skipped: 0,
    });
  });

  it('stays within the advisor input limit, leaving out what does not fit and saying so', () => {
    const input = reviewInput([{ ts: '1.0', user: 'U1', text: 'a'.repeat(1500) }, { ts: '2.0', user: 'U2', text: 'b'.repeat(1500) }, { ts: '3.0', user: 'U3', text: 'gpu' }], ctx);
    expect(input.command.length).toBeLessThanOrEqual(2000);
    expect(input.used.map((m) => m.ts)).toEqual(['1.0', '3.0']);
    expect(reviewNote(input, 'C1', '1.0')).toBe(
      'Drawn from 2 messages in this thread: <https://slack.com/archives/C1/p10?thread_ts=1.0&amp;cid=C1|message 1> by <@U1>, <https://slack.com/archives/C1/p30?thread_ts=1.0&amp;cid=C1|message 2> by <@U3>. 1 message was left out (too much text for one review).',
    );
  });

  it('returns no command when nobody described anything', () => {
    expect(reviewInput([{ ts: '9.0', user: 'U1', text: '<@UBOT> review' }], ctx)).toEqual({ command: '', used: [], skipped: 0 });
  });
});
