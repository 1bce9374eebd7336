import { stripVTControlCharacters } from 'node:util';
import wrapAnsi from 'wrap-ansi';

/**
 * Where a line's own text starts: its indentation and a list marker ("- ", "• ", "1. ", "[1] ", as the
 * text renderer writes bullets, numbered lists and buttons). A wrapped line continues under that text.
 */
const TEXT_START = /^ *(?:(?:[-•*]|\d{1,3}[.)]|\[\d{1,3}\]) +)?/;

/** An escape sequence at a position: SGR styles and other CSI codes, or an OSC string such as a hyperlink. */
// eslint-disable-next-line no-control-regex -- the escape character is what is being matched
const ESCAPE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/y;

/** The line cut after `count` visible characters, escape sequences among them kept on the left. */
function splitVisible(line: string, count: number): [string, string] {
  let at = 0;
  for (let seen = 0; seen < count && at < line.length;) {
    ESCAPE.lastIndex = at;
    if (ESCAPE.test(line)) {
      at = ESCAPE.lastIndex;
    } else {
      // The characters TEXT_START matches (spaces, digits, '-', '•', '[', ']') are one code unit each.
      at += 1;
      seen += 1;
    }
  }
  return [line.slice(0, at), line.slice(at)];
}

/**
 * One line wrapped at word boundaries to `columns`: its indentation stays, continuation lines start under
 * its text (after a bullet's marker) and never with the space the break happened at. A word longer than
 * the room left (a URL) gets a line of its own, whole, and the terminal folds it: a link cut by a newline
 * could no longer be clicked or copied in one piece.
 */
export function wrapLine(line: string, columns: number): string {
  const visible = stripVTControlCharacters(line);
  // On a window too narrow for the indentation, continue under half the width rather than not at all.
  const hanging = Math.min(TEXT_START.exec(visible)?.[0].length ?? 0, Math.floor(columns / 2));
  const [start, text] = splitVisible(line, hanging);
  const rows = wrapAnsi(text, columns - hanging, { hard: false, trim: true, wordWrap: true }).split('\n');
  const indent = ' '.repeat(hanging);
  return rows.map((row, i) => (i === 0 ? start : indent) + row).join('\n');
}

/**
 * Wraps terminal text at word boundaries to the terminal's width, keeping colour codes intact, so a
 * narrow window never splits a word ("tr / ade-offs"). Output that is not a terminal is returned as it
 * is: a pipe or a file has no width.
 */
export function wrapForTerminal(text: string, stream: NodeJS.WriteStream): string {
  if (stream.isTTY !== true) return text;
  const columns = stream.columns > 0 ? stream.columns : 80;
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns))
    .join('\n');
}
