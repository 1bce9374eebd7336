/** Longest user text the advisor reads; anything beyond is ignored, and the reply says so. */
export const MAX_INPUT_CHARS = 2000;

/**
 * Normalises raw user input: strips control characters (keeping tabs and newlines as spaces) and
 * collapses whitespace, so neither the parser nor a renderer ever sees a terminal escape or a NUL.
 */
export function cleanInput(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|.)/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Makes user text safe to echo inside a reply: wrapped in an inline code span (so Markdown in it stays
 * inert on every platform), backticks removed, mass mentions and `<!…>` sequences broken, and shortened
 * to `max` characters.
 */
export function quoteUserText(text: string, max = 80): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `\`${withoutMentions(short.replace(/`/g, "'")) || ' '}\``;
}

/**
 * User text with its mass mentions (`@everyone`, `@here`, `@channel`) and `<!…>`/`<@…>` sequences broken, for
 * text echoed outside a code span: a "did you mean" line built from the user's own words.
 */
export function withoutMentions(text: string): string {
  return text.replace(/<([!@#])/g, '‹$1').replace(/@(everyone|here|channel)/gi, '@\u200b$1');
}
