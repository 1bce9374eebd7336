import wrapAnsi from 'wrap-ansi';

/**
 * Wraps terminal text at word boundaries to the terminal's width, keeping colour codes intact, so a
 * narrow window never splits a word ("tr / ade-offs"). A word longer than the line (a URL) is left whole.
 * Output that is not a terminal is returned as it is: a pipe or a file has no width.
 */
export function wrapForTerminal(text: string, stream: NodeJS.WriteStream): string {
  if (stream.isTTY !== true) return text;
  const columns = stream.columns > 0 ? stream.columns : 80;
  return wrapAnsi(text, columns, { hard: false, trim: false, wordWrap: true });
}
