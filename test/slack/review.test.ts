import { describe, expect, it } from 'vitest';
import { reviewMessages, reviewNote } from '../../adapters/slack/review.js';

const ctx = { channel: 'C1', threadTs: '1.0', triggerTs: '9.0', botUserId: 'UBOT', botId: 'BBOT' };
const link = (ts: string) => `https://slack.com/archives/C1/p${ts.replace('.', '')}?thread_ts=1.0&cid=C1`;

describe('reviewMessages', () => {
  it('passes on what people wrote, skipping the bot, other bots, joins and the bare "review" request', () => {
    const input = reviewMessages(
      [
        { ts: '1.0', user: 'U1', text: 'Batch job, 40 minutes per run &amp; 12 GB' },
        { ts: '2.0', user: 'UBOT', text: 'my own answer' },
        { ts: '3.0', bot_id: 'BOTHER', text: 'another bot' },
        { ts: '4.0', user: 'U2', subtype: 'channel_join', text: '<@U2> has joined' },
        { ts: '5.0', user: 'U2', text: 'needs <@UBOT> a GPU!' },
        { ts: '9.0', user: 'U1', text: '<@UBOT> review: stateless too' },
      ],
      ctx,
    );
    expect(input).toEqual({
      messages: [
        { ref: `[message 1](${link('1.0')})`, text: 'Batch job, 40 minutes per run & 12 GB' },
        { ref: `[message 2](${link('5.0')})`, text: 'needs a GPU!' },
        { ref: `[message 3](${link('9.0')})`, text: 'stateless too' },
      ],
      used: [
        { ts: '1.0', user: 'U1' },
        { ts: '5.0', user: 'U2' },
        { ts: '9.0', user: 'U1' },
      ],
    });
    expect(reviewNote(input, 'C1', '1.0')).toBe(
      `Read 3 messages in this thread: <${link('1.0').replace('&', '&amp;')}|message 1> by <@U1>, <${link('5.0').replace('&', '&amp;')}|message 2> by <@U2>, <${link('9.0').replace('&', '&amp;')}|message 3> by <@U1>.`,
    );
  });

  it('returns nothing when nobody described anything', () => {
    expect(reviewMessages([{ ts: '9.0', user: 'U1', text: '<@UBOT> review' }], ctx)).toEqual({ messages: [], used: [] });
  });
});
