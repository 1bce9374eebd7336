import { describe, expect, it } from 'vitest';
import { replyToText } from '../../src/render-text.js';
import { advisor } from '../helpers.js';

const thread = [
  { ref: 'message 1', author: 'ana', text: 'Proposal: move the nightly invoice export off the cron box.' },
  { ref: 'message 2', author: 'ben', text: 'It takes about 12 minutes and needs 3 GB.' },
  { ref: 'message 3', author: 'ana', text: 'Lunch anyone?' },
  { ref: 'message 4', author: 'cy', text: 'Correction: with the new customers it takes 40 minutes now.' },
];

describe('thread review', () => {
  it('recommends from traits spread over several messages and says which messages it drew on', () => {
    const reply = advisor().review(thread);
    const rec = reply.data?.recommendation as { service: string; workload: Record<string, unknown>; assumptions: string[] };
    expect(reply.kind).toBe('recommend');
    expect(reply.title).toMatch(/^Thread review — Recommendation: /);
    expect(rec.workload).toMatchObject({ traffic: 'scheduled', memory: 3072, duration: 2400 });
    expect(rec.service).not.toBe('lambda');
    expect(rec.assumptions).toEqual(
      expect.arrayContaining([
        'Read 3 of 4 messages in the thread.',
        expect.stringMatching(/^From `ben` \(message 2\): "3 GB" → memory=3 GB\.$/),
        expect.stringMatching(/^duration: "12 minutes" \(`ben` \(message 2\)\) was replaced by "40 minutes" \(`cy` \(message 4\)\)\.$/),
      ]),
    );
    expect(rec.assumptions.join(' ')).not.toContain('message 3');
  });

  it('says so when the thread has nothing about the workload', () => {
    const reply = advisor().review([
      { ref: 'm1', text: 'Lunch anyone?' },
      { ref: 'm2', text: 'sure' },
    ]);
    expect(reply.kind).toBe('error');
    expect(replyToText(reply)).toContain('I read 2 messages and found nothing about the workload');
  });

  it('does not pick a service from traits that favour none', () => {
    const reply = advisor().review([{ ref: 'm1', text: 'it needs 2 GB' }]);
    expect(reply.kind).toBe('error');
    expect(replyToText(reply)).toContain('too little to choose');
  });

  it('never echoes a mass mention from an author name', () => {
    const text = replyToText(advisor().review([{ ref: 'm1', author: '@everyone', text: 'it runs for 3 hours every night' }]));
    expect(text).not.toContain('@everyone');
  });
});
