import type { Logger } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import type { CostChart, Reply } from '../../src/reply.js';
import { commandLine, type StructuredValues } from '../../src/router.js';
import { APOLOGY_TEXT } from '../../src/apology.js';
import { chartOf } from '../shared/chart-png.js';
import { replyToBlocks, type RenderOptions, type SlackMessage } from './render.js';
import { timedOut } from './timeouts.js';

/** Who asked and where, as the advisor's context wants it. */
export interface Asker {
  user?: string;
  channel?: string;
}

/** An answer for Slack: the message, and the cost chart that follows it (chart.ts) when it has one. */
export interface SlackAnswer {
  message: SlackMessage;
  /** Only with the first view (the brief), as on Discord: the parts behind "Details" do not repeat it. */
  chart?: CostChart;
}

/** The reply rendered (part `page`), with its chart when that part is the first. */
export function slackAnswer(reply: Reply, options: RenderOptions = {}): SlackAnswer {
  const chart = options.page ? undefined : chartOf(reply);
  return { message: replyToBlocks(reply, options), ...(chart ? { chart } : {}) };
}

/** Runs one command through the advisor and renders the answer (part `page`) for Slack. */
export function answer(advisor: Advisor, command: string, asker: Asker, options: Omit<RenderOptions, 'command'> = {}): SlackAnswer {
  const reply = advisor.handle(command, { platform: 'slack', ...asker });
  return slackAnswer(reply, { ...options, command });
}

/** Runs a command from structured values (a form's fields) and renders the answer; buttons carry its line. */
export function answerValues(
  advisor: Advisor,
  command: string,
  values: StructuredValues,
  asker: Asker,
  options: Omit<RenderOptions, 'command'> = {},
): SlackAnswer {
  const reply = advisor.run(command, values, { platform: 'slack', ...asker });
  return slackAnswer(reply, { ...options, command: commandLine(command, values) });
}

/** The message shown when something on our side failed after the request was acknowledged. */
export const APOLOGY: SlackMessage = {
  text: APOLOGY_TEXT,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: APOLOGY_TEXT } }],
};

/**
 * An error as one log line: code, message and stack only. Never the error object itself: a Web API
 * request error carries the HTTP request, whose headers hold the bot token.
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.stack ?? error.message}`;
}

/**
 * Logs a failed answer in one line, then apologises — unless the call timed out: a post that timed out may
 * still have reached Slack, so it is neither repeated nor followed by "sorry, that broke".
 */
export async function reportFailure(what: string, error: unknown, logger: Logger, apologise?: () => Promise<unknown>): Promise<void> {
  if (timedOut(error)) {
    logger.error(
      `${what}: timed out; not repeated, as it may have reached Slack (${error instanceof Error ? error.message : String(error)})`,
    );
    return;
  }
  logger.error(`${what}: ${errorSummary(error)}`);
  await apologise?.().catch(() => undefined);
}
