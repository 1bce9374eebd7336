/**
 * Text for Discord: the core's Markdown subset (**bold**, _italic_, `code`, [text](url), "- " lists) is
 * Discord markdown already; what is left is breaking anything that could ping or look like a mention.
 * `allowedMentions: { parse: [] }` stops the ping itself; this keeps the text from even reading as one.
 */

const ZWSP = '\u200b';

/** Breaks `@everyone`/`@here` and `<@…>`, `<@&…>`, `<#…>`, `<!…>` so Discord never treats them as mentions. */
export function neutraliseMentions(text: string): string {
  if (!text.includes('@') && !text.includes('<')) return text; // most text has neither: no regex passes
  return text.replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`).replace(/<([!@#&])/g, `<${ZWSP}$1`);
}

/** Escapes Discord's markdown characters in plain text (titles, labels), then breaks mentions. */
export function escapeDiscord(text: string): string {
  return neutraliseMentions(text.replace(/([\\*_`~|])/g, '\\$1'));
}

/** A masked link when the URL is safe to show as one; otherwise the label and the reference side by side. */
export function discordLink(ref: string, title: string): string {
  const label = escapeDiscord(title);
  return /^https?:\/\/[^\s<>()[\]]+$/.test(ref) ? `[${label}](${ref})` : `${label} (${neutraliseMentions(ref)})`;
}
