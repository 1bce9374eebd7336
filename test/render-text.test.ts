import { describe, expect, it } from 'vitest';
import { replyViews } from '../src/brief.js';
import { replyToText, sameText } from '../src/render-text.js';
import { makeReply, type Reply } from '../src/reply.js';
import { contractReplies } from './contract/renderer-contract.js';

const section = (markdown: string) => ({ type: 'section' as const, markdown });
const reply = (blocks: Reply['blocks'], summary?: string): Reply =>
  makeReply({ kind: 'topic', title: 'T', ...(summary ? { summary } : {}), blocks });

describe('sameText: whether two replies read the same, without writing both out', () => {
  it('agrees with comparing their text, for every pair of the renderer contract replies and their briefs', () => {
    const replies = contractReplies().flatMap(({ reply: r }) => [r, replyViews(r).brief]);
    let same = 0;
    for (const a of replies)
      for (const b of replies) {
        const expected = replyToText(a) === replyToText(b);
        expect(sameText(a, b)).toBe(expected);
        if (expected) same++;
      }
    expect(same).toBeGreaterThan(replies.length); // some pairs besides each reply with itself read the same
  });

  it('compares the text, not how it is cut into blocks', () => {
    expect(sameText(reply([section('x\n\ny')]), reply([section('x'), section('y')]))).toBe(true);
    expect(sameText(reply([section('y')], 'x'), reply([section('x'), section('y')]))).toBe(true);
    expect(sameText(reply([section('x'), section('')]), reply([section('x')]))).toBe(true);
  });

  it('tells a text from one that goes on, or differs in one character', () => {
    expect(sameText(reply([section('x')]), reply([section('x'), section('y')]))).toBe(false);
    expect(sameText(reply([section('x'), section('y')]), reply([section('x')]))).toBe(false);
    expect(sameText(reply([section('x y')]), reply([section('x z')]))).toBe(false);
    expect(sameText(reply([section('x')]), reply([section('x\n\n')]))).toBe(false);
  });
});
