/** Splits a Markdown body into `## Heading` sections; text before the first heading has an empty heading. */
export function splitSections(body: string): { heading: string; markdown: string }[] {
  const sections: { heading: string; markdown: string }[] = [];
  let current = { heading: '', lines: [] as string[] };
  const flush = () => {
    const markdown = unwrapParagraphs(current.lines.join('\n').trim());
    if (current.heading || markdown) sections.push({ heading: current.heading, markdown });
  };
  for (const line of body.split('\n')) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current = { heading: heading[1] ?? '', lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  flush();
  return sections;
}

/**
 * Joins hard-wrapped paragraph lines, as Markdown readers do, so chat platforms (which treat every newline
 * as a break) show flowing paragraphs. List items, tables, headings, quotes and code blocks keep their lines.
 */
export function unwrapParagraphs(markdown: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*```/.test(line);
    const starts = /^\s*$|^\s*([-*+]\s|\d+[.)]\s|\||#|>)/.test(line);
    const previous = out[out.length - 1];
    const continues = !inCode && !fence && !starts && previous !== undefined && previous.trim() !== '' && !/^\s*(\||#|```)/.test(previous);
    if (continues) out[out.length - 1] = `${previous} ${line.trim()}`;
    else out.push(line);
    if (fence) inCode = !inCode;
  }
  return out.join('\n');
}
