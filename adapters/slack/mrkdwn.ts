/**
 * Text for Slack: the core's small Markdown subset to mrkdwn, with Slack's control characters escaped and
 * mass mentions broken, so nothing a user or a knowledge entry wrote can ping a channel or forge a link.
 */

const ZWSP = '\u200b';

/** Breaks `@everyone`/`@here`/`@channel` and `<!…>`/`<@…>`/`<#…>` so Slack never treats them as mentions. */
export function neutraliseMentions(text: string): string {
  if (!text.includes('@') && !text.includes('<')) return text; // most text has neither: no regex passes
  return text.replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`).replace(/<([!@#])/g, `<${ZWSP}$1`);
}

/** Escapes the three characters Slack reserves in mrkdwn (`&`, `<`, `>`) and breaks mass mentions. */
export function escapeMrkdwn(text: string): string {
  const escaped = /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
  return neutraliseMentions(escaped);
}

/** Text for a `plain_text` object: Slack shows it verbatim, so only mentions need breaking. */
export function plainText(text: string): string {
  return neutraliseMentions(text);
}

/** A URL that is safe inside `<url|label>`: http(s), no spaces, no characters that would end the link. */
export function isLinkable(ref: string): boolean {
  return /^https?:\/\/[^\s<>|]+$/.test(ref);
}

/** A mrkdwn link, or the escaped label alone when the URL could not be linked safely. */
export function mrkdwnLink(url: string, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, '¦');
  return isLinkable(url) ? `<${url.replace(/&/g, '&amp;')}|${text}>` : `${text} (${escapeMrkdwn(url)})`;
}

/**
 * The core's Markdown subset (**bold**, _italic_, `code`, [text](url), "- " lists) as Slack mrkdwn.
 * Escapes first, then converts, so markup in the text can only produce the styles the subset allows.
 */
export function markdownToMrkdwn(markdown: string): string {
  const links: string[] = [];
  // Links are cut out before escaping (their URL must stay intact) and put back at the end.
  const withoutLinks = markdown.replace(/\uE000/g, '').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) => {
    links.push(mrkdwnLink(url, label));
    return `\uE000${links.length - 1}\uE000`;
  });
  return escapeMrkdwn(withoutLinks)
    .replace(/\*\*([^*]+)\*\*/g, '*$1*')
    .replace(/^- /gm, '• ')
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => links[Number(i)] ?? '');
}

/** Plain Markdown-free text (for code blocks): escaped, markers removed. */
export function markdownToCodeText(markdown: string): string {
  return escapeMrkdwn(
    markdown
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/`/g, "'"),
  );
}

/**
 * Slack's incoming message text as plain text for the advisor: mentions of the bot removed, other
 * mentions, channels and links reduced to their labels, and Slack's `&amp;`/`&lt;`/`&gt;` decoded.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_, id: string, name?: string) => (id === botUserId ? ' ' : `@${name ?? id}`))
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/g, (_, name?: string) => `#${name ?? 'channel'}`)
    .replace(/<!([a-z]+)(?:\^[^|>]*)?(?:\|([^>]*))?>/g, (_, kind: string, label?: string) => label ?? kind)
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
