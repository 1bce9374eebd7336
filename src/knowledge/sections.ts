/** Splits a Markdown body into `## Heading` sections; text before the first heading has an empty heading. */
export function splitSections(body: string): { heading: string; markdown: string }[] {
  const sections: { heading: string; markdown: string }[] = [];
  let current = { heading: '', lines: [] as string[] };
  const flush = () => {
    const markdown = current.lines.join('\n').trim();
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
