/** Discord's documented limits as assertions, shared by the renderer tests. */
import { ButtonBuilder, EmbedBuilder, embedLength } from 'discord.js';
import { expect } from 'vitest';
import { LIMITS, type DiscordMessage } from '../../adapters/discord/render.js';

/** Every string a user can see: content, embed title/description/fields/footer, button labels. */
export function discordTexts(message: DiscordMessage): string[] {
  return [
    message.content ?? '',
    ...message.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
    ...message.components.flatMap((row) => row.components.map((b) => ('label' in b ? (b.label ?? '') : ''))),
  ].filter(Boolean);
}

/**
 * Discord's documented limits, asserted on one rendered message; each embed and button also passes discord.js
 * builders' validation (the renderer writes plain API objects, so this is where that validation runs).
 */
export function assertDiscordLimits(message: DiscordMessage): void {
  expect(message.allowedMentions).toEqual({ parse: [] });
  expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(message.embeds.length).toBeGreaterThan(0);
  expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedChars);
  expect(message.embeds[0]?.title?.length).toBeGreaterThan(0);
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of embed.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    // Rebuilding through the setters runs discord.js's validation over every part.
    const rebuilt = new EmbedBuilder();
    if (embed.color !== undefined) rebuilt.setColor(embed.color);
    if (embed.title) rebuilt.setTitle(embed.title);
    if (embed.description) rebuilt.setDescription(embed.description);
    if (embed.fields?.length) rebuilt.setFields(embed.fields);
    if (embed.footer) rebuilt.setFooter({ text: embed.footer.text });
    expect(rebuilt.toJSON()).toMatchObject({ ...(embed.title ? { title: embed.title } : {}) });
  }
  expect(message.components.length).toBeLessThanOrEqual(LIMITS.rows);
  const ids = new Set<string>();
  for (const row of message.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      expect('label' in b && (b.label ?? '').length).toBeGreaterThan(0);
      expect('label' in b && (b.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      const id = 'custom_id' in b ? b.custom_id : '';
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      const label = 'label' in b ? (b.label ?? '') : '';
      expect(new ButtonBuilder().setCustomId(id).setStyle(b.style).setLabel(label).toJSON()).toEqual(b);
    }
  }
}
