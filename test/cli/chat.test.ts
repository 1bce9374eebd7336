/** The terminal chat driven through the real readline loop, on streams that say they are a terminal. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChat } from '../../adapters/cli/chat.js';
import { historyPath } from '../../adapters/cli/history.js';
import { advisor } from '../helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chat-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pair of streams that look like a terminal of the given width. */
function terminal(columns = 60) {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns, rows: 40 }) as unknown as NodeJS.WriteStream & PassThrough;
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { input, output, text: () => text };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

async function session(keys: string[], historyFile = join(dir, 'history'), columns = 60) {
  const t = terminal(columns);
  const done = startChat(advisor(), t.input, t.output, { historyFile });
  for (const k of keys) {
    t.input.write(k);
    await settle();
  }
  t.input.end();
  await done;
  // Colour and cursor codes aside, what a person reads.
  return stripVTControlCharacters(t.text());
}

describe('terminal chat', () => {
  it('wraps answers at word boundaries to the terminal width', async () => {
    // The brief view first, then "more" for the whole answer: both wrapped.
    const out = await session(['ec2-vs-lambda\r', 'more\r'], undefined, 40);
    expect(out).toContain('Type "more" for the details.');
    const lines = out.split('\n').filter((l) => !l.startsWith('compute> '));
    expect(lines.every((l) => l.length <= 40 || !l.includes(' '))).toBe(true);
    // No word is cut: every word of the summary is still whole somewhere in the output.
    expect(out).toMatch(/trade-offs|Key differences/);
    expect(out).not.toMatch(/[a-z]-\n[a-z]/);
    // A continuation line starts under its text, not with the space the break happened at.
    expect(lines.filter((l) => /^ \S/.test(l))).toEqual([]);
  });

  it('shows each button with the command as it is typed here, and both that and "/compute …" run', async () => {
    const out = await session(['ec2-vs-lambda\r', 'limits lambda\r', '/compute limits lambda\r'], undefined, 100);
    expect(out).toMatch(/\[2\] AWS Lambda limits — limits lambda\n/);
    expect(out).not.toContain('— /compute');
    expect(out.match(/^AWS Lambda limits$/gm)).toHaveLength(2);
  });

  it('does nothing on an empty Enter, and clear clears the screen instead of being a question', async () => {
    const t = terminal();
    const done = startChat(advisor(), t.input, t.output, { historyFile: join(dir, 'h') });
    await settle();
    const before = t.text().length;
    t.input.write('\r');
    await settle();
    expect(stripVTControlCharacters(t.text().slice(before)).trim()).toBe('compute>');
    t.input.write('clear\r');
    await settle();
    expect(t.text()).toContain('\x1b[2J');
    expect(t.text()).not.toContain("I don't know");
    t.input.end();
    await done;
  });

  it('says there is no such button instead of asking the number as a question', async () => {
    const out = await session(['9\r', 'ec2-vs-lambda\r', '99\r']);
    expect(out).toContain('There is no button 9: the last answer has none.');
    expect(out).toMatch(/There is no button 99: the last answer has \d+ \(1–\d+\)\./);
  });

  it('clears a typed line on Ctrl-C and leaves on Ctrl-C at an empty line', async () => {
    const t = terminal();
    const done = startChat(advisor(), t.input, t.output, { historyFile: join(dir, 'h') });
    t.input.write('half a quest');
    await settle();
    t.input.write('\x03');
    await settle();
    t.input.write('help\r');
    await settle();
    // The cleared words were never asked; the next line was.
    expect(t.text()).toContain('^C');
    expect(t.text()).toContain('pick the right AWS compute');
    expect(t.text()).not.toContain("I don't know");
    t.input.write('\x03');
    await expect(done).resolves.toBeGreaterThanOrEqual(1);
  });

  it('keeps history in a file between runs, newest last in the file', async () => {
    const file = join(dir, 'state', 'compute-advisor', 'history');
    await session(['limits lambda\r', 'help\r'], file);
    expect(readFileSync(file, 'utf8')).toBe('limits lambda\nhelp\n');
    // The next run starts with it: arrow-up recalls the last line.
    const out = await session(['\x1b[A', '\r'], file);
    expect(out).toMatch(/compute> help/);
  });

  it('goes on without history when the file cannot be read or written, saying so once', async () => {
    // A history path under a regular file can be neither read nor created, even by root.
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const out = await session(['help\r', 'limits lambda\r'], join(dir, 'not-a-folder', 'history'));
    expect(out.match(/history will not be kept/g)).toHaveLength(1);
    expect(out).toContain('Lambda limits');
  });

  it('finds the history under XDG_STATE_HOME, else under ~/.local/state', () => {
    expect(historyPath({ XDG_STATE_HOME: '/s' })).toBe('/s/compute-advisor/history');
    expect(historyPath({ COMPUTE_ADVISOR_HISTORY: '/x/h', XDG_STATE_HOME: '/s' })).toBe('/x/h');
    expect(historyPath({})).toMatch(/\.local\/state\/compute-advisor\/history$/);
  });
});
