/** Wrapping terminal text: word boundaries, no stray leading space, hanging indents, long URLs whole. */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { wrapForTerminal, wrapLine } from '../../adapters/cli/wrap.js';

const tty = (columns: number) => ({ isTTY: true, columns }) as NodeJS.WriteStream;
const BOLD = '\x1b[1m';
const UNBOLD = '\x1b[22m';
const rows = (text: string) => stripVTControlCharacters(text).split('\n');

describe('wrapLine', () => {
  it('never starts a continuation line with the space the break happened at', () => {
    const line = 'Default timeout is 3 seconds; you can set it in 1-second steps up to 900 seconds.';
    const wrapped = rows(wrapLine(line, 50));
    expect(wrapped.length).toBeGreaterThan(1);
    for (const row of wrapped) {
      expect(row).not.toMatch(/^ /);
      expect(row.length).toBeLessThanOrEqual(50);
    }
    // Nothing lost or split: the words joined back are the line.
    expect(wrapped.join(' ')).toBe(line);
  });

  it('continues a bullet under its text, not at column 0', () => {
    for (const marker of ['- ', '• ', '1. ', '12. ', '[3] ']) {
      const line = `${marker}Lambda takes most operations work away and scales on its own; the price is a fixed execution model.`;
      const [first = '', ...rest] = rows(wrapLine(line, 40));
      expect(first.startsWith(marker)).toBe(true);
      expect(rest.length).toBeGreaterThan(0);
      for (const row of rest) expect(row).toMatch(new RegExp(`^ {${marker.length}}\\S`));
    }
  });

  it('keeps a line’s own indentation and continues under it', () => {
    const line = '  Amazon EC2: Per second while running (60 s minimum, Linux), busy or idle; commitments save up to 72%';
    const wrapped = rows(wrapLine(line, 60));
    expect(wrapped[0]).toMatch(/^ {2}Amazon EC2: /);
    expect(wrapped.length).toBeGreaterThan(1);
    for (const row of wrapped.slice(1)) expect(row).toMatch(/^ {2}\S/);
  });

  it('continues an indented bullet under its text', () => {
    const wrapped = rows(wrapLine('    - one two three four five six seven eight nine ten', 20));
    expect(wrapped[0]).toBe('    - one two three');
    for (const row of wrapped.slice(1)) expect(row).toMatch(/^ {6}\S/);
  });

  it('gives a URL longer than the line a line of its own, whole, and goes on after it', () => {
    const url = 'https://aws.amazon.com/about-aws/whats-new/2020/12/aws-lambda-supports-10gb-memory-6-vcpu-cores-lambda-functions/';
    expect(url.length).toBe(113);
    const wrapped = rows(wrapLine(`- AWS What's New — Lambda supports up to 10 GB — ${url} (as of 2020-12)`, 80));
    expect(wrapped).toEqual(["- AWS What's New — Lambda supports up to 10 GB —", `  ${url}`, '  (as of 2020-12)']);
  });

  it('keeps colours across a break and does not count them as width', () => {
    // Written out: styleText leaves codes out when the test's stdout is not a terminal.
    const line = `- ${BOLD}Maximum timeout per invocation${UNBOLD}: 900 seconds (15 minutes) — Default 3 s, set in 1-second steps.`;
    const wrapped = wrapLine(line, 60);
    expect(stripVTControlCharacters(wrapped)).toBe(
      '- Maximum timeout per invocation: 900 seconds (15 minutes) —\n  Default 3 s, set in 1-second steps.',
    );
    expect(wrapped).toContain(`${BOLD}Maximum timeout per invocation${UNBOLD}`);
  });

  it('leaves a line that fits as it is', () => {
    for (const line of ['', '   ', '  indented', '- short', 'Requests/month  Lambda  EC2 m5.large  Cheaper'])
      expect(wrapLine(line, 80)).toBe(line);
  });

  it('on a window narrower than twice the indentation, continues under half the width', () => {
    const wrapped = rows(wrapLine(`${' '.repeat(12)}alpha beta gamma delta`, 20));
    expect(wrapped).toEqual([`${' '.repeat(10)}alpha beta`, `${' '.repeat(10)}gamma`, `${' '.repeat(10)}delta`]);
    for (const row of wrapped) expect(row.length).toBeLessThanOrEqual(20);
  });
});

describe('wrapForTerminal', () => {
  const text = 'Heading\n\n- a list item that is long enough to wrap at twenty columns\n  indented value wraps too';

  it('wraps each line to the terminal width', () => {
    expect(rows(wrapForTerminal(text, tty(20)))).toEqual([
      'Heading',
      '',
      '- a list item that',
      '  is long enough to',
      '  wrap at twenty',
      '  columns',
      '  indented value',
      '  wraps too',
    ]);
  });

  it('leaves output that is not a terminal as it is', () => {
    expect(wrapForTerminal(text, { isTTY: false, columns: 20 } as unknown as NodeJS.WriteStream)).toBe(text);
    expect(wrapForTerminal(text, {} as NodeJS.WriteStream)).toBe(text);
  });

  it('takes 80 columns when the terminal does not say its width', () => {
    const long = 'word '.repeat(30).trim();
    const wrapped = rows(wrapForTerminal(long, { isTTY: true, columns: 0 } as NodeJS.WriteStream));
    expect(wrapped[0]?.length).toBeLessThanOrEqual(80);
    expect(wrapped[0]?.length).toBeGreaterThan(70);
  });
});
