/**
 * The cost chart in Slack. It follows the text answer as a second message, an `image` block sent the way the
 * answer went (privately through response_url or chat.postEphemeral, in the thread or channel when shared),
 * always after the acknowledgement: the text never waits for the picture.
 *
 * The picture is uploaded with files.uploadV2 and no channel (scope `files:write`), so the file is shared
 * nowhere by itself, and the image block shows it by reference (`slack_file: { id }`); an upload shared to
 * a channel would show the chart to the whole channel even for a private answer. Slack processes an upload
 * for a moment after it completes and refuses blocks that name the file until then (`invalid_blocks`), so
 * the message is sent again after a short wait. A chart that cannot be drawn, uploaded or shown is left out
 * and logged, never an error to the user: the table in the answer carries the same figures.
 */
import type { App, Context, Logger } from '@slack/bolt';
import type { ImageBlock } from '@slack/types';
import type { CostChart } from '../../src/reply.js';
import { CHART_FILE, costChartPng } from '../shared/chart-png.js';
import { truncate } from '../shared/split-text.js';
import { errorSummary } from './answer.js';
import type { SlackMessage } from './render.js';

/** Sends one message the way its answer went (respond, say, chat.postEphemeral…). */
export type Post = (message: SlackMessage) => Promise<unknown>;

/** Waits before each new try while Slack is still processing the upload; their sum bounds the delay. */
const SHOW_RETRY_WAITS_MS = [500, 1500] as const;

/** Slack's lengths for an image block's alt text and title, and an upload's alt text. */
const IMAGE_TEXT = 2000;
const UPLOAD_ALT_TEXT = 1000;

const CHARTS_KEY = 'costCharts';

/**
 * Turns the charts on for this app (HTTP and Socket Mode). Off unless called: on Lambda the receiver answers
 * only once every listener has finished, so an upload there would hold up the acknowledgement.
 */
export function enableCharts(app: App): void {
  app.use(async ({ context, next }) => {
    context[CHARTS_KEY] = true;
    await next();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The file id from files.uploadV2's result: one completion holding the one file. */
function uploadedId(result: unknown): string | undefined {
  const completions = (result as { files?: { files?: { id?: unknown }[] }[] }).files;
  const id = completions?.[0]?.files?.[0]?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Slack refused the blocks: here, the uploaded file is not ready to be shown yet (Web API or response_url answer). */
function refusedBlocks(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // The Web API client's platform error, axios's (respond()) response body, or our own response_url error's message.
  const e = error as { data?: { error?: unknown }; response?: { data?: unknown }; message?: unknown };
  const answer = e.data?.error ?? e.response?.data ?? e.message;
  return (typeof answer === 'string' ? answer : JSON.stringify(answer ?? '')).includes('invalid_blocks');
}

/** Sends the message, again after each wait while Slack refuses it as invalid_blocks. */
async function postWhenReady(post: Post, message: SlackMessage): Promise<void> {
  for (const wait of [...SHOW_RETRY_WAITS_MS, undefined]) {
    try {
      await post(message);
      return;
    } catch (error) {
      if (wait === undefined || !refusedBlocks(error)) throw error;
      await sleep(wait);
    }
  }
}

/** The message that shows the uploaded chart: its title, the picture, and the crossover in words as alt text. */
export function chartMessage(chart: CostChart, fileId: string): SlackMessage {
  const image: ImageBlock = {
    type: 'image',
    slack_file: { id: fileId },
    alt_text: truncate(chart.alt, IMAGE_TEXT),
    title: { type: 'plain_text', text: truncate(chart.title, IMAGE_TEXT) },
  };
  return { text: truncate(chart.title, IMAGE_TEXT), blocks: [image] };
}

/** What following an answer with its chart needs from the listener's arguments. */
export interface ChartTools {
  client: App['client'];
  logger: Logger;
  /** The event's context: whether this app draws charts (see enableCharts). */
  context: Context;
}

/**
 * Draws the chart, uploads it and posts it with `post`; call it once the answer is out. Does nothing without
 * a chart or with charts off. Never throws: a failure is one log line (what failed and Slack's error code,
 * never a token).
 */
export async function followWithChart(chart: CostChart | undefined, post: Post, { client, logger, context }: ChartTools): Promise<void> {
  if (!chart || context[CHARTS_KEY] !== true) return;
  try {
    const png = await costChartPng(chart);
    const uploaded = await client.files.uploadV2({
      file: png,
      filename: CHART_FILE,
      title: truncate(chart.title, IMAGE_TEXT),
      alt_text: truncate(chart.alt, UPLOAD_ALT_TEXT),
    });
    const id = uploadedId(uploaded);
    if (!id) throw new Error('files.uploadV2 returned no file id');
    await postWhenReady(post, chartMessage(chart, id));
  } catch (error) {
    logger.warn(`cost chart left out of a Slack answer: ${errorSummary(error)}`);
  }
}
