/**
 * Discord interactions as raw API payloads (HTTP interactions mode, and the Lambda function URL):
 * PING → PONG, `/compute` → an answer, autocomplete → choices, a button → its command. Built on
 * discord-api-types' shapes (as types; the numbers come from api.ts), which discord.js has no server for.
 */
import type {
  APIApplicationCommandInteractionDataOption,
  APIInteraction,
  APIInteractionResponse,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { Component, Flags, Interaction, OptionType, Response } from './api.js';
import { autocomplete } from './autocomplete.js';
import { answersPrivately, buttonAnswer, commandAnswer, notice, type Answer, type Asker, type DiscordAdvisor } from './answer.js';
import type { OptionValue } from './options.js';
import type { DiscordMessage } from './render.js';

/** A rendered message as the REST API takes it (snake_case), e.g. to edit a deferred answer in. */
export function messageData(message: DiscordMessage): APIInteractionResponseCallbackData {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
}

/** A rendered message as an interaction callback's data, ephemeral as a flag. */
export function callbackData(message: DiscordMessage, ephemeral: boolean): APIInteractionResponseCallbackData {
  return { ...messageData(message), ...(ephemeral ? { flags: Flags.Ephemeral } : {}) };
}

function askerOf(interaction: APIInteraction): Asker {
  const user = interaction.member?.user.id ?? interaction.user?.id;
  const channel = interaction.channel?.id ?? interaction.channel_id;
  return { ...(user ? { user } : {}), ...(channel ? { channel } : {}) };
}

type RawOption = APIApplicationCommandInteractionDataOption;

/** The subcommand and its (flat) options; focused marks the option being autocompleted. */
function subcommandOf(options: RawOption[] | undefined): { name: string; options: (OptionValue & { focused?: boolean })[] } {
  const sub = options?.find((o) => o.type === OptionType.Subcommand);
  if (!sub || !('options' in sub)) return { name: sub?.name ?? 'help', options: [] };
  const values = (sub.options ?? []).flatMap((o) =>
    'value' in o && o.value !== undefined
      ? [{ name: o.name, value: o.value, ...('focused' in o && o.focused ? { focused: true } : {}) }]
      : [],
  );
  return { name: sub.name, options: values };
}

/** An answer to send, or the work that produces one (so the transport can defer if it is slow). */
export type InteractionOutcome = { now: APIInteractionResponse } | { later: Promise<Answer>; ephemeral: boolean };

/** Decides what an interaction gets. Immediate for PING and autocomplete; a promise for answers. */
export function interactionOutcome(interaction: APIInteraction, advisor: DiscordAdvisor): InteractionOutcome {
  switch (interaction.type) {
    case Interaction.Ping:
      return { now: { type: Response.Pong } };
    case Interaction.ApplicationCommandAutocomplete: {
      const { name, options } = subcommandOf('options' in interaction.data ? interaction.data.options : undefined);
      const focused = options.find((o) => o.focused);
      const choices = focused ? autocomplete(advisor, name, focused.name, String(focused.value)) : [];
      return { now: { type: Response.ApplicationCommandAutocompleteResult, data: { choices } } };
    }
    case Interaction.ApplicationCommand: {
      const sub = subcommandOf('options' in interaction.data ? interaction.data.options : undefined);
      return { later: commandAnswer(advisor, sub.name, sub.options, askerOf(interaction)), ephemeral: true };
    }
    case Interaction.MessageComponent: {
      if (interaction.data.component_type !== Component.Button) return { now: noticeResponse('Only buttons are handled here.') };
      return {
        later: buttonAnswer(advisor, interaction.data.custom_id, askerOf(interaction)),
        ephemeral: answersPrivately(interaction.data.custom_id),
      };
    }
    default:
      return { now: noticeResponse("I can't handle that kind of interaction yet.") };
  }
}

/** A short private message as an immediate response. */
function noticeResponse(text: string): APIInteractionResponse {
  const { message, ephemeral } = notice(text);
  return { type: Response.ChannelMessageWithSource, data: callbackData(message, ephemeral) };
}
