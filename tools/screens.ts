/**
 * `npm run screens [-- OUT_DIR]`: what people see. Representative replies rendered by the real Slack,
 * Discord and terminal renderers, drawn as static HTML imitations of each platform's layout
 * (tools/screens/*-html.ts) and screenshotted with headless Chromium, plus the cost chart's PNG. The
 * pictures go to OUT_DIR (default: a new temporary folder), never into the repository.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { replyToDiscord } from '../adapters/discord/render.js';
import { replyToTerminal } from '../adapters/cli/render.js';
import { wrapForTerminal } from '../adapters/cli/wrap.js';
import { chartOf, chartPng } from '../adapters/shared/chart-png.js';
import { replyToBlocks } from '../adapters/slack/render.js';
import { replyViews } from '../src/brief.js';
import { loadAdvisor } from '../src/load.js';
import type { Advisor } from '../src/advisor.js';
import { findChromium, INSTALL_HINT, screenshot } from './screens/chromium.js';
import { discordHtml } from './screens/discord-html.js';
import { slackHtml } from './screens/slack-html.js';
import { terminalHtml } from './screens/terminal-html.js';

/** The replies looked at: name for the files, what the user typed, and the part shown (1 = "Details"). */
const SCREENS = [
  ['compare', 'ec2-vs-lambda', 0],
  ['compare-details', 'ec2-vs-lambda', 1],
  ['limits', 'limits lambda', 0],
  ['recommend', 'recommend duration=20m gpu=yes memory=12gb', 0],
  ['cost', 'cost requests=30M duration=200ms memory=1gb', 0],
  ['question', 'why does my lambda time out at 15 minutes?', 0],
  ['help', 'help', 0],
] as const;

/** Window widths: a laptop's Slack message column, Discord's chat column (embeds stop at 516 px), 80 columns. */
const WIDTH = { slack: 900, discord: 760, terminal: 760 } as const;
const COLUMNS = 80;
const CHART_FILE = 'cost-chart.png';

/** The terminal chat's screen after the input: the brief view and its hint, or the whole reply for "more". */
function terminalText(advisor: Advisor, input: string, page: number): string {
  const reply = advisor.handle(input, { platform: 'cli' });
  const { brief, hasDetails } = replyViews(reply);
  const text =
    page > 0 ? replyToTerminal(reply, true) : `${replyToTerminal(brief, true)}${hasDetails ? '\n\nType "more" for the details.' : ''}`;
  // The chat's own wrapping, as on an 80-column terminal.
  return wrapForTerminal(text, { isTTY: true, columns: COLUMNS } as NodeJS.WriteStream);
}

async function main(): Promise<number> {
  const chromium = findChromium();
  if (!chromium) {
    console.error(`screens: no headless Chromium found on PATH. Install it with: ${INSTALL_HINT}`);
    return 1;
  }
  // Node 20's styleText drops a single style when stdout is not a terminal; the chat runs on one.
  process.env.FORCE_COLOR = '1';
  const outDir = process.argv[2] ? resolve(process.argv[2]) : mkdtempSync(join(tmpdir(), 'compute-advisor-screens-'));
  mkdirSync(outDir, { recursive: true });
  const advisor = await loadAdvisor();

  const shot = (file: string, html: string, width: number) => {
    const htmlFile = join(outDir, `${file}.html`);
    const png = join(outDir, `${file}.png`);
    writeFileSync(htmlFile, html);
    const height = screenshot(chromium, htmlFile, png, width);
    console.log(`${png}  ${width}×${height}`);
  };

  for (const [name, input, page] of SCREENS) {
    const label = `${input}${page ? ` (part ${page + 1})` : ''}`;
    shot(
      `slack-${name}`,
      slackHtml(replyToBlocks(advisor.handle(input, { platform: 'slack' }), { command: input, page, share: true }), label),
      WIDTH.slack,
    );

    const reply = advisor.handle(input, { platform: 'discord' });
    const discord = replyToDiscord(reply, { command: input, page, share: true });
    // As adapters/discord/answer.ts does: the chart is attached to the first part and shown in its last embed.
    const png = page === 0 && chartOf(reply) ? await chartPng(reply) : undefined;
    if (png) {
      writeFileSync(join(outDir, CHART_FILE), png);
      console.log(join(outDir, CHART_FILE));
      const last = discord.embeds.length - 1;
      discord.embeds = discord.embeds.map((e, i) => (i === last ? { ...e, image: { url: CHART_FILE } } : e));
    }
    shot(`discord-${name}`, discordHtml(discord, label), WIDTH.discord);

    shot(`terminal-${name}`, terminalHtml(page ? 'more' : input, terminalText(advisor, input, page), COLUMNS), WIDTH.terminal);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`screens: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
