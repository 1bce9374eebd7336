/**
 * What the bot answers to a `/compute` subcommand or a button press, for the gateway and HTTP modes alike:
 * the core's reply to the subcommand and its options, rendered for Discord, and whether only the
 * asker sees it. Nothing here knows about transport.
 */
import type { HandleContext } from '../../src/advisor.js';
import type { CostChart, Reply } from '../../src/reply.js';
import { commandLine, type StructuredValues } from '../../src/router.js';
import { APOLOGY_TEXT } from '../../src/apology.js';
import type { ChoiceLister } from './autocomplete.js';
import { optionValues, type OptionValue } from './options.js';
import { decodeCustomId } from './custom-id.js';
import { replyToDiscord, type DiscordMessage } from './render.js';
import { CHART_FILE, chartOf, costChartPng } from '../shared/chart-png.js';

/** The advisor as the Discord adapter uses it; the plain and the instrumented advisor both fit. */
export interface DiscordAdvisor extends ChoiceLister {
  handle(text: string, ctx?: HandleContext): Reply | Promise<Reply>;
  run(command: string, values: StructuredValues, ctx?: HandleContext): Reply | Promise<Reply>;
}

/** Who asked and where. */
export interface Asker {
  user?: string;
  channel?: string;
}

export interface Answer {
  message: DiscordMessage;
  /** Only the asker sees it (Discord's ephemeral flag). */
  ephemeral: boolean;
  /** The reply's cost chart, not drawn yet: `withChart` draws it into `file` when the transport can send one. */
  chart?: CostChart;
  /** A picture to upload with the message (the cost chart), shown in its embed as `attachment://<name>`. */
  file?: AnswerFile;
}

export interface AnswerFile {
  name: string;
  data: Buffer;
  /** Discord's alt text for the attachment. */
  description: string;
}

/** The answer, noting the reply's cost chart (shown on the first part only) for `withChart` to draw. */
function charted(answer: Answer, reply: Reply, page = 0): Answer {
  const chart = page === 0 ? chartOf(reply) : undefined;
  return chart ? { ...answer, chart } : answer;
}

/**
 * The answer with its cost chart drawn, attached and shown in the last embed. The transports call it where
 * a picture can go: the gateway inside the answer's work (one message with the file; a slow first chart
 * makes it defer, never miss the 3 s), HTTP after its response (the text goes at once, the chart follows in
 * an edit). A chart that fails to draw is left out: the table in the embed carries the same figures.
 */
export async function withChart(answer: Answer): Promise<Answer> {
  const { chart, ...drawn } = answer;
  const data = chart && (await costChartPng(chart).catch(() => undefined));
  const last = drawn.message.embeds.length - 1;
  if (!chart || !data || last < 0) return drawn;
  const embeds = drawn.message.embeds.map((e, i) => (i === last ? { ...e, image: { url: `attachment://${CHART_FILE}` } } : e));
  return { ...drawn, message: { ...drawn.message, embeds }, file: { name: CHART_FILE, data, description: chart.alt } };
}

/** The answer's file as discord.js sends it (multipart), for `reply`, `editReply` and `message.reply`. */
export function filesOf(answer: Pick<Answer, 'file'>): { files: { attachment: Buffer; name: string; description: string }[] } | object {
  return answer.file ? { files: [{ attachment: answer.file.data, name: answer.file.name, description: answer.file.description }] } : {};
}

const context = (asker: Asker): HandleContext => ({ platform: 'discord', ...asker });

/** A subcommand with its options: private, with a "Share" button. */
export async function commandAnswer(
  advisor: DiscordAdvisor,
  subcommand: string,
  options: readonly OptionValue[],
  asker: Asker,
): Promise<Answer> {
  const values = optionValues(options);
  const reply = await advisor.run(subcommand, values, context(asker));
  // "More" and "Share" buttons run the same command again, as the line these options mean.
  const command = commandLine(subcommand, values);
  return charted({ message: replyToDiscord(reply, { command, share: true }), ephemeral: true }, reply);
}

/** Free text from a mention: answered where it was asked, visibly. */
export async function textAnswer(advisor: DiscordAdvisor, text: string, asker: Asker): Promise<Answer> {
  const reply = await advisor.handle(text, context(asker));
  return charted({ message: replyToDiscord(reply, { command: text }), ephemeral: false }, reply);
}

/** A short private message with no embed (an expired button, an apology). */
export function notice(content: string): Answer {
  return { message: { content, embeds: [], components: [], allowedMentions: { parse: [] } }, ephemeral: true };
}

/** What the asker sees when answering failed on our side. */
export const APOLOGY = notice(APOLOGY_TEXT);

const EXPIRED = notice("That button isn't one of mine any more. Run `/compute` again.");

/** Whether a button's answer is private (everything but "share"); known before the answer, for deferring. */
export function answersPrivately(customId: string): boolean {
  return decodeCustomId(customId)?.action !== 'share';
}

/**
 * A button press: "run" and "more" answer the presser privately (with "Share"); "share" posts that part of
 * the answer in the channel, saying who shared it (without pinging them).
 */
export async function buttonAnswer(advisor: DiscordAdvisor, customId: string, asker: Asker): Promise<Answer> {
  const payload = decodeCustomId(customId);
  if (!payload) return EXPIRED;
  const reply = await advisor.handle(payload.command, context(asker));
  if (payload.action === 'share') {
    const message = replyToDiscord(reply, { command: payload.command, page: payload.page });
    const by = asker.user && /^\d+$/.test(asker.user) ? `Shared by <@${asker.user}>` : undefined;
    return charted({ message: { ...message, ...(by ? { content: by } : {}) }, ephemeral: false }, reply, payload.page);
  }
  return charted(
    { message: replyToDiscord(reply, { command: payload.command, page: payload.page, share: true }), ephemeral: true },
    reply,
    payload.page,
  );
}
