/** Terminal output (ANSI styles from adapters/cli/render.ts) as HTML: a dark monospace box 80 columns wide. */
import { escapeHtml, htmlPage } from './html.js';

/** The SGR codes node's `styleText` writes, as CSS; a closing code ends its own style only. */
const FOREGROUND: Record<number, string> = {
  30: '#555',
  31: '#e06c75',
  32: '#98c379',
  33: '#e5c07b',
  34: '#61afef',
  35: '#c678dd',
  36: '#56b6c2',
  37: '#dcdfe4',
  90: '#7f848e',
};

interface Style {
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
  colour?: string;
}

function apply(style: Style, code: number): Style {
  if (code === 0) return { bold: false, dim: false, italic: false, underline: false };
  if (code === 1) return { ...style, bold: true };
  if (code === 2) return { ...style, dim: true };
  if (code === 3) return { ...style, italic: true };
  if (code === 4) return { ...style, underline: true };
  if (code === 22) return { ...style, bold: false, dim: false };
  if (code === 23) return { ...style, italic: false };
  if (code === 24) return { ...style, underline: false };
  if (code === 39) return { ...style, colour: undefined };
  const colour = FOREGROUND[code];
  return colour ? { ...style, colour } : style;
}

function css(style: Style): string {
  return [
    style.bold && 'font-weight:bold',
    style.dim && 'opacity:.6',
    style.italic && 'font-style:italic',
    style.underline && 'text-decoration:underline',
    style.colour && `color:${style.colour}`,
  ]
    .filter(Boolean)
    .join(';');
}

/** ANSI-styled text as HTML spans; other escape sequences are dropped. */
export function ansiToHtml(text: string): string {
  let style: Style = { bold: false, dim: false, italic: false, underline: false };
  let html = '';
  let at = 0;
  const flush = (chunk: string) => {
    if (chunk === '') return;
    const rule = css(style);
    html += rule ? `<span style="${rule}">${escapeHtml(chunk)}</span>` : escapeHtml(chunk);
  };
  // eslint-disable-next-line no-control-regex -- the escape character is what is being matched
  for (const m of text.matchAll(/\x1b\[([\d;]*)([A-Za-z])/g)) {
    flush(text.slice(at, m.index));
    if (m[2] === 'm') for (const code of (m[1] || '0').split(';')) style = apply(style, Number(code));
    at = m.index + m[0].length;
  }
  flush(text.slice(at));
  return html;
}

const CSS = `
body{background:#1b1d23;padding:16px}
.term{background:#282c34;color:#dcdfe4;font:14px/1.35 "DejaVu Sans Mono","Liberation Mono",monospace;padding:12px 14px;border-radius:6px;white-space:pre-wrap;word-break:break-all}
.bar{color:#7f848e;font:12px "DejaVu Sans Mono",monospace;margin-bottom:8px}
`;

/** What the terminal shows after `compute> input`: the prompt, then the answer as written to the screen. */
export function terminalHtml(input: string, output: string, columns: number): string {
  const body = `<div class="term" style="width:calc(${columns}ch + 2px)"><div class="bar">${columns} columns</div>${escapeHtml(`compute> ${input}`)}
${ansiToHtml(output)}</div>`;
  return htmlPage(`Terminal: ${input}`, CSS, body);
}
