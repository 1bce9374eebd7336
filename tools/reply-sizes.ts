/**
 * `node dist/tools/reply-sizes.js`: how much of a screen representative replies take, as a Markdown table:
 * Slack blocks and visible characters, Discord visible characters, and terminal lines, for the first view
 * a user sees (the terminal chat's brief view, plus one line for its "more" hint). The budget contract test (test/contract/brief-budget.test.ts) measures with the same functions.
 */
import type { KnownBlock } from '@slack/types';
import type { APIEmbed } from 'discord.js';
import { replyToDiscord } from '../adapters/discord/render.js';
import { replyToBlocks } from '../adapters/slack/render.js';
import { loadAdvisor } from '../src/load.js';
import { replyViews } from '../src/brief.js';
import { replyToText } from '../src/render-text.js';
import type { Reply } from '../src/reply.js';

/** Characters a reader sees in Slack blocks: header, section text and fields, context; a link counts as its label. */
export function slackVisibleChars(blocks: KnownBlock[]): number {
  const texts = blocks.flatMap((b): string[] => {
    if (b.type === 'header') return [b.text.text];
    if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
    if (b.type === 'context') return b.elements.map((e) => ('text' in e && typeof e.text === 'string' ? e.text : ''));
    return [];
  });
  return texts.map((t) => t.replace(/<[^|>]+\|([^>]+)>/g, '$1').replace(/&(amp|lt|gt);/g, '&')).join('\n').length;
}

/** Characters a reader sees in Discord embeds: title, description, fields, footer; a masked link counts as its label. */
export function discordVisibleChars(embeds: APIEmbed[], content = ''): number {
  const texts = [
    content,
    ...embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ];
  return texts.map((t) => t.replace(/\[([^\]]+)\]\(<?https?:[^)]+>?\)/g, '$1')).join('\n').length;
}

/** The representative inputs of issue 16's size table. */
export const SIZE_INPUTS = [
  ['compare', 'ec2-vs-lambda'],
  ['limits', 'limits lambda'],
  ['recommend (plain words)', 'recommend a nightly batch job that runs 2 hours with 8gb memory'],
  ['cost', 'cost requests=3M duration=200ms memory=512mb'],
  ['question', 'how do I avoid lambda cold starts'],
  ['help', 'help'],
] as const;

/** One row of sizes for a reply as first shown. */
export function replySizes(reply: Reply, terminalText: string = replyToText(replyViews(reply).brief)) {
  const slack = replyToBlocks(reply, { command: 'x', share: true });
  const discord = replyToDiscord(reply, { command: 'x', share: true });
  return {
    slackBlocks: slack.blocks.length,
    slackChars: slackVisibleChars(slack.blocks),
    discordChars: discordVisibleChars(discord.embeds, discord.content),
    terminalLines: terminalText.split('\n').length,
  };
}

async function main(): Promise<void> {
  const advisor = await loadAdvisor();
  console.log('| reply | Slack blocks | Slack visible chars | Discord visible chars | terminal lines |');
  console.log('|---|---|---|---|---|');
  for (const [name, input] of SIZE_INPUTS) {
    const s = replySizes(advisor.handle(input, { platform: 'cli' }));
    console.log(`| ${name} (\`${input}\`) | ${s.slackBlocks} | ${s.slackChars} | ${s.discordChars} | ${s.terminalLines} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
