/**
 * The few numbers of Discord's API the HTTP interactions path sends and reads, written out here. The Lambda
 * handler answers from this path, and importing them from discord.js (about 400 ms) or discord-api-types'
 * v10 module (about 50 ms) would be most of its cold start. Each is typed as discord-api-types' own enum
 * member, so the compiler checks the value, and test/discord/api.test.ts checks every one against the
 * runtime enums. Types (APIInteraction, APIEmbed …) still come from discord-api-types, as types only.
 */
import type {
  ApplicationCommandOptionType,
  ButtonStyle as ButtonStyles,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';

export const Interaction = {
  Ping: 1 as InteractionType.Ping,
  ApplicationCommand: 2 as InteractionType.ApplicationCommand,
  MessageComponent: 3 as InteractionType.MessageComponent,
  ApplicationCommandAutocomplete: 4 as InteractionType.ApplicationCommandAutocomplete,
} as const;

export const Response = {
  Pong: 1 as InteractionResponseType.Pong,
  ChannelMessageWithSource: 4 as InteractionResponseType.ChannelMessageWithSource,
  DeferredChannelMessageWithSource: 5 as InteractionResponseType.DeferredChannelMessageWithSource,
  ApplicationCommandAutocompleteResult: 8 as InteractionResponseType.ApplicationCommandAutocompleteResult,
} as const;

export const Component = {
  ActionRow: 1 as ComponentType.ActionRow,
  Button: 2 as ComponentType.Button,
} as const;

export const ButtonStyle = {
  Primary: 1 as ButtonStyles.Primary,
  Secondary: 2 as ButtonStyles.Secondary,
} as const;

export const OptionType = { Subcommand: 1 as ApplicationCommandOptionType.Subcommand } as const;

export const Flags = { Ephemeral: 64 as MessageFlags.Ephemeral } as const;

/** REST path of an interaction's original answer, as discord-api-types' Routes.webhookMessage(app, token, '@original') writes it. */
export const originalMessageRoute = (applicationId: string, token: string): `/webhooks/${string}` =>
  `/webhooks/${applicationId}/${token}/messages/%40original`;
