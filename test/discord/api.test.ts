import * as v10 from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { ButtonStyle, Component, Flags, Interaction, OptionType, originalMessageRoute, Response } from '../../adapters/discord/api.js';

describe('the Discord API numbers the HTTP path writes out', () => {
  it.each([
    ['Interaction', Interaction, v10.InteractionType],
    ['Response', Response, v10.InteractionResponseType],
    ['Component', Component, v10.ComponentType],
    ['ButtonStyle', ButtonStyle, v10.ButtonStyle],
    ['OptionType', OptionType, v10.ApplicationCommandOptionType],
    ['Flags', Flags, v10.MessageFlags],
  ] as const)('%s: each name has discord-api-types’ value', (_, ours, theirs) => {
    for (const [name, value] of Object.entries(ours))
      expect([name, value]).toEqual([name, (theirs as unknown as Record<string, number>)[name]]);
  });

  it("builds the original-message route as discord-api-types' Routes does", () => {
    expect(originalMessageRoute('123', 'tok')).toBe(v10.Routes.webhookMessage('123', 'tok', '@original'));
  });
});
