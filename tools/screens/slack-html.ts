/**
 * A Slack message (Block Kit JSON as adapters/slack/render.ts makes it) as a static HTML imitation of
 * Slack's desktop layout: header, section text, fields in two columns, context lines, buttons, dividers.
 * Only what the renderer emits is drawn; any other block shows as a red box, so a mock never hides it.
 */
import type { KnownBlock } from '@slack/types';
import type { SlackMessage } from '../../adapters/slack/render.js';
import { escapeHtml, htmlPage, safeHref } from './html.js';

/** Slack's own escapes back to characters (mrkdwn text arrives with `&amp;`, `&lt;`, `&gt;`). */
function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** *bold*, _italic_ and ~strike~ on text that is already HTML-escaped (the markers survive escaping). */
function styled(html: string): string {
  return html
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?![\w*])/g, '$1<b>$2</b>')
    .replace(/(^|[^\w])_([^_\n]+)_(?!\w)/g, '$1<i>$2</i>')
    .replace(/(^|[^\w~])~([^~\n]+)~(?![\w~])/g, '$1<s>$2</s>');
}

/** One stretch of mrkdwn outside code blocks: `code`, <url|label> links and mentions, styles, line breaks. */
function inlineMrkdwn(text: string): string {
  let html = '';
  let at = 0;
  for (const m of text.matchAll(/`([^`\n]+)`|<([^|>]+)(?:\|([^>]*))?>/g)) {
    html += styled(escapeHtml(unescapeSlack(text.slice(at, m.index))));
    const [, code, target = '', label] = m;
    if (code !== undefined) html += `<code>${escapeHtml(unescapeSlack(code))}</code>`;
    else if (/^[@#!]/.test(target)) html += `<span class="mention">${escapeHtml(unescapeSlack(label ?? target))}</span>`;
    else html += `<a href="${safeHref(unescapeSlack(target))}">${styled(escapeHtml(unescapeSlack(label ?? target)))}</a>`;
    at = m.index + m[0].length;
  }
  html += styled(escapeHtml(unescapeSlack(text.slice(at))));
  return html.replace(/\n/g, '<br>');
}

/** Slack mrkdwn as HTML: ``` blocks as preformatted text, the rest inline. */
export function mrkdwnToHtml(mrkdwn: string): string {
  return mrkdwn
    .split('```')
    .map((part, i) => (i % 2 === 1 ? `<pre>${escapeHtml(unescapeSlack(part.replace(/^\n|\n$/g, '')))}</pre>` : inlineMrkdwn(part)))
    .join('');
}

function textObject(text: { type: string; text: string }): string {
  return text.type === 'mrkdwn' ? mrkdwnToHtml(text.text) : escapeHtml(text.text).replace(/\n/g, '<br>');
}

function blockHtml(block: KnownBlock): string {
  switch (block.type) {
    case 'header':
      return `<div class="header">${escapeHtml(block.text.text)}</div>`;
    case 'section': {
      const text = block.text ? `<div class="text">${textObject(block.text)}</div>` : '';
      const fields = block.fields?.length
        ? `<div class="fields">${block.fields.map((f) => `<div class="field">${textObject(f)}</div>`).join('')}</div>`
        : '';
      return `<div class="section">${text}${fields}</div>`;
    }
    case 'context':
      return `<div class="context">${block.elements
        .map((e) => ('text' in e && typeof e.text === 'string' ? `<span>${textObject(e)}</span>` : '<span>[image]</span>'))
        .join('')}</div>`;
    case 'actions':
      return `<div class="actions">${block.elements
        .map((e) =>
          e.type === 'button'
            ? `<span class="button${e.style ? ` ${e.style}` : ''}">${escapeHtml(e.text.text)}</span>`
            : `<span class="unknown">${escapeHtml(e.type)}</span>`,
        )
        .join('')}</div>`;
    case 'divider':
      return '<hr>';
    case 'image':
      return `<div class="image"><img src="${escapeHtml('image_url' in block ? block.image_url : '')}" alt="${escapeHtml(block.alt_text)}"></div>`;
    default:
      return `<div class="unknown">unrendered block type ${escapeHtml(block.type)}</div>`;
  }
}

const CSS = `
body{background:#fff;color:#1d1c1d;font:15px/1.46668 Lato,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
.message{display:flex;gap:8px;padding:8px 20px}
.avatar{width:36px;height:36px;border-radius:6px;background:#ff9900;flex:none}
.body{flex:1;min-width:0}
.meta{margin-bottom:2px}.name{font-weight:900}.app{background:#e8e8e8;color:#616061;font-size:10px;font-weight:700;padding:1px 3px;border-radius:2px;margin:0 4px}
.time{color:#616061;font-size:12px}
.header{font-size:18px;font-weight:900;line-height:1.33;margin:4px 0}
.section{margin:4px 0}.text{white-space:normal;overflow-wrap:anywhere}
.fields{display:grid;grid-template-columns:1fr 1fr;column-gap:16px;row-gap:8px;margin-top:8px}
.field{overflow-wrap:anywhere}
.context{color:#616061;font-size:13px;line-height:1.38;margin:4px 0;display:flex;flex-wrap:wrap;gap:8px}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.button{border:1px solid rgba(29,28,29,.3);border-radius:4px;font-size:13px;font-weight:700;padding:0 12px;height:28px;line-height:26px}
.button.primary{background:#007a5a;border-color:#007a5a;color:#fff}.button.danger{color:#e01e5a}
hr{border:0;border-top:1px solid #ddd;margin:12px 0}
a{color:#1264a3;text-decoration:none}.mention{background:#e8f5fa;color:#1264a3;border-radius:3px}
code{font:12px Monaco,"DejaVu Sans Mono",monospace;color:#e01e5a;background:#f6f6f6;border:1px solid #ddd;border-radius:3px;padding:1px 3px}
pre{font:12px/1.5 Monaco,"DejaVu Sans Mono",monospace;background:#f8f8f8;border:1px solid #ddd;border-radius:4px;padding:8px;margin:4px 0;white-space:pre-wrap}
.image img{max-width:360px;border-radius:6px}
.unknown{background:#fdd;color:#900;border:2px solid #c00;padding:4px}
`;

/** The message as a whole HTML page, as the bot's post in a channel. */
export function slackHtml(message: SlackMessage, label: string): string {
  const body = `<div class="message"><div class="avatar"></div><div class="body">
<div class="meta"><span class="name">compute-advisor</span><span class="app">APP</span><span class="time">10:42 AM</span></div>
${message.blocks.map(blockHtml).join('\n')}
</div></div>`;
  return htmlPage(`Slack: ${label}`, CSS, body);
}
