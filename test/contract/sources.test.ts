/**
 * Issue 16, "sources a reader can open": whatever Slack, Discord or the terminal shows of any reply — every
 * reply kind, every knowledge entry's topic, adversarial replies — never names a bundled note's file; the
 * brief shows at most three source lines, none twice; a bundled note cites the entry as a command; and
 * `--json` keeps `sources` as data.
 */
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { replyToTerminal } from '../../adapters/cli/render.js';
import { replyToJsonLine, type JsonLine } from '../../adapters/cli/json-line.js';
import { replyToDiscord, type DiscordMessage } from '../../adapters/discord/render.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { BRIEF, replyViews } from '../../src/brief.js';
import { isPublicRef } from '../../src/source-view.js';
import type { Reply } from '../../src/reply.js';
import { advisor } from '../helpers.js';
import { contractReplies } from './renderer-contract.js';

/** A bundled note's file, as the knowledge base names them (seeds/000_….txt, shared/compute-facts.md). */
const FILE_NAME = /seeds\/|[\w-]+\.txt\b|compute-facts/i;

function slackText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks.map((b) => ('elements' in b || 'text' in b || 'fields' in b ? { ...b, block_id: undefined } : b)));
}

function discordText(message: DiscordMessage): string {
  return JSON.stringify([message.content ?? '', message.embeds, message.components]);
}

/** Every page a platform renders of a reply: page 0 (the brief when there are details) and on until the last. */
function pages<T>(render: (page: number) => T): T[] {
  const out: T[] = [];
  for (let page = 0; page < 40; page += 1) {
    const next = render(page);
    if (out.length > 0 && JSON.stringify(next) === JSON.stringify(out[out.length - 1])) break;
    out.push(next);
  }
  return out;
}

/** The lines under a "Sources" heading, without their bullets. */
function linesUnder(text: string, heading: string, bullet: string): string[] {
  const at = text.indexOf(`${heading}\n`);
  if (at < 0) return [];
  const rest = text.slice(at + heading.length + 1).split('\n');
  const lines: string[] = [];
  for (const line of rest) {
    if (!line.startsWith(bullet)) break;
    lines.push(line.slice(bullet.length));
  }
  return lines;
}

function slackSourceLines(blocks: KnownBlock[]): string[] {
  const context = blocks.flatMap((b) => (b.type === 'context' ? b.elements : [])).find((e) => 'text' in e && e.text.startsWith('Sources:'));
  return context && 'text' in context ? linesUnder(context.text, 'Sources:', '• ') : [];
}

function discordSourceLines(message: DiscordMessage): string[] {
  return message.embeds.flatMap((e) => linesUnder(e.description ?? '', '**Sources**', '- '));
}

const terminalSourceLines = (text: string) => linesUnder(text, 'Sources:', '- ');

/** Every reply the renderer contract runs, every entry's topic reply, and prices resting on bundled notes. */
function replies(): { name: string; reply: Reply }[] {
  const entries = advisor().context.knowledge.entries.map((e) => ({ name: `topic ${e.id}`, reply: advisor().handle(`topic ${e.id}`) }));
  const more = ['how much is a c5.xlarge', 'limits fargate', 'cost requests=3M duration=1s memory=2gb instance=c5.xlarge'].map((input) => ({
    name: input,
    reply: advisor().handle(input),
  }));
  return [...contractReplies(), ...entries, ...more];
}

describe('sources a reader can open', () => {
  const all = replies();

  it('covers every reply kind and replies that rest on bundled notes', () => {
    const kinds = new Set(all.map((r) => r.reply.kind));
    for (const kind of ['compare', 'recommend', 'cost', 'answer', 'limits', 'topic', 'help', 'unknown', 'error'])
      expect(kinds).toContain(kind);
    expect(all.filter((r) => r.reply.sources.some((s) => !isPublicRef(s.ref))).length).toBeGreaterThan(20);
  });

  for (const { name, reply } of all) {
    describe(name, () => {
      const { brief } = replyViews(reply);
      const slack = pages((page) => replyToBlocks(reply, { command: 'x', share: true, page }).blocks);
      const discord = pages((page) => replyToDiscord(reply, { command: 'x', share: true, page }));
      const terminal = [replyToTerminal(brief, false), replyToTerminal(reply, false)];

      it('never shows a bundled note’s file name, in Slack, Discord or the terminal', () => {
        for (const blocks of slack) expect(slackText(blocks)).not.toMatch(FILE_NAME);
        for (const message of discord) expect(discordText(message)).not.toMatch(FILE_NAME);
        for (const text of terminal) expect(text).not.toMatch(FILE_NAME);
        expect(replyToBlocks(reply).text).not.toMatch(FILE_NAME);
      });

      it('shows at most three source lines in the brief, none twice', () => {
        const [slackBrief = [], ...slackRest] = slack;
        const [discordBrief] = discord;
        const lists = [
          slackSourceLines(slackBrief),
          discordBrief ? discordSourceLines(discordBrief) : [],
          terminalSourceLines(terminal[0] ?? ''),
        ];
        for (const lines of lists) {
          expect(lines.length).toBeLessThanOrEqual(BRIEF.sources);
          expect(new Set(lines).size).toBe(lines.length);
        }
        // The full view lists every source line, none twice either.
        for (const blocks of slackRest) expect(new Set(slackSourceLines(blocks)).size).toBe(slackSourceLines(blocks).length);
        const full = terminalSourceLines(terminal[1] ?? '');
        expect(new Set(full).size).toBe(full.length);
      });

      it('cites a bundled note by the command that shows its entry', () => {
        const lines = terminalSourceLines(terminal[1] ?? '');
        for (const { see } of reply.sources.filter((x) => !isPublicRef(x.ref)))
          if (see)
            expect(lines.some((l) => l.startsWith(`compute-advisor notes: ${see.title}`) && l.endsWith(` — ${see.command}`))).toBe(true);
      });

      it('keeps `sources` as data in --json (title, ref and as-of as the knowledge base has them)', () => {
        const line = JSON.parse(replyToJsonLine(name, reply)) as JsonLine;
        expect(line.sources).toEqual(reply.sources);
        for (const s of line.sources) expect(typeof s.ref).toBe('string');
      });
    });
  }

  it('shows a note’s command as each platform runs it', () => {
    const reply = advisor().handle('topic cold starts');
    expect(replyToTerminal(reply, false)).toMatch(/compute-advisor notes: .+ — topic cold-starts$/m);
    const slack = pages((page) => replyToBlocks(reply, { command: 'x', page }).blocks).flatMap(slackSourceLines);
    expect(slack.some((l) => l.endsWith('— `/compute topic cold-starts`'))).toBe(true);
    const discord = pages((page) => replyToDiscord(reply, { command: 'x', page })).flatMap(discordSourceLines);
    expect(discord.some((l) => l.endsWith('— `/compute topic cold-starts`'))).toBe(true);
  });
});
