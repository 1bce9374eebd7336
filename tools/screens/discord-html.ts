/**
 * A Discord message (embeds and components as adapters/discord/render.ts makes them) as a static HTML
 * imitation of Discord's dark theme: an embed with its colour bar, title, description, fields (inline
 * fields side by side, up to three to a row, as Discord lays them out), image, footer, then button rows.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { DiscordMessage } from '../../adapters/discord/render.js';
import { escapeHtml, htmlPage, safeHref } from './html.js';

/** A backslash-escaped markdown character as an entity, so the style patterns below never see it. */
const entity = (c: string) => `&#${c.charCodeAt(0)};`;

/** **bold**, __underline__, *italic*, _italic_, ~~strike~~ on HTML-escaped text. */
function styled(html: string): string {
  return html
    .replace(/\*\*([^*\n]+)\*\*/g, '<b>$1</b>')
    .replace(/__([^_\n]+)__/g, '<u>$1</u>')
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?![\w*])/g, '$1<i>$2</i>')
    .replace(/(^|[^\w])_([^_\n]+)_(?!\w)/g, '$1<i>$2</i>')
    .replace(/~~([^~\n]+)~~/g, '<s>$1</s>');
}

/** Escapes, `code`, [label](url) links and <url> on one line. */
function inlineMarkdown(text: string): string {
  let html = '';
  let at = 0;
  const plain = (t: string) => styled(escapeHtml(t).replace(/\\([\\*_`~|[\]()#>-])/g, (_, c: string) => entity(c)));
  for (const m of text.matchAll(/\\[\\*_`~|[\]()#>-]|`([^`\n]+)`|\[([^\]\n]+)\]\(<?(https?:[^)\s>]+)>?\)|<(https?:[^>\s]+)>/g)) {
    const [whole, code, label, url, bare] = m;
    if (whole.startsWith('\\')) continue; // left for plain(): an escaped character is literal text
    html += plain(text.slice(at, m.index));
    if (code !== undefined) html += `<code>${escapeHtml(code)}</code>`;
    else if (label !== undefined) html += `<a href="${safeHref(url ?? '')}">${plain(label)}</a>`;
    else html += `<a href="${safeHref(bare ?? '')}">${escapeHtml(bare ?? '')}</a>`;
    at = m.index + whole.length;
  }
  return html + plain(text.slice(at));
}

/** One line: list items, quotes, headings and subtext as Discord draws them. */
function lineHtml(line: string): string {
  const list = /^(\s*)[-*] (.*)$/.exec(line);
  if (list) return `<div class="li" style="margin-left:${(list[1] ?? '').length * 8 + 4}px">• ${inlineMarkdown(list[2] ?? '')}</div>`;
  const quote = /^> (.*)$/.exec(line);
  if (quote) return `<div class="quote">${inlineMarkdown(quote[1] ?? '')}</div>`;
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading) return `<div class="h${heading[1]?.length ?? 1}">${inlineMarkdown(heading[2] ?? '')}</div>`;
  const sub = /^-# (.*)$/.exec(line);
  if (sub) return `<div class="sub">${inlineMarkdown(sub[1] ?? '')}</div>`;
  return line.trim() === '' ? '<div class="blank"></div>' : `<div>${inlineMarkdown(line)}</div>`;
}

/** Discord markdown as HTML: ``` blocks as preformatted text, the rest line by line. */
export function discordMarkdownToHtml(markdown: string): string {
  return markdown
    .split('```')
    .map((part, i) =>
      i % 2 === 1
        ? `<pre>${escapeHtml(part.replace(/^[a-z]*\n|\n$/g, ''))}</pre>`
        : part
            .split('\n')
            .filter((l, j, all) => l !== '' || (j > 0 && j < all.length - 1))
            .map(lineHtml)
            .join(''),
    )
    .join('');
}

/** Discord's field grid: inline fields share a row (up to three, equal widths); any other takes a row alone. */
export function fieldRows(fields: APIEmbedField[]): APIEmbedField[][] {
  const rows: APIEmbedField[][] = [];
  for (const field of fields) {
    const last = rows[rows.length - 1];
    if (field.inline && last?.[0]?.inline && last.length < 3) last.push(field);
    else rows.push([field]);
  }
  return rows;
}

function fieldsHtml(fields: APIEmbedField[]): string {
  return fieldRows(fields)
    .map(
      (row) =>
        `<div class="row" style="grid-template-columns:repeat(${row.length},1fr)">${row
          .map(
            (f) =>
              `<div class="field"><div class="fname">${inlineMarkdown(f.name)}</div><div class="fvalue">${discordMarkdownToHtml(f.value)}</div></div>`,
          )
          .join('')}</div>`,
    )
    .join('');
}

function embedHtml(embed: APIEmbed): string {
  const colour = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  return `<div class="embed" style="border-left-color:${colour}">
${embed.title ? `<div class="title">${inlineMarkdown(embed.title)}</div>` : ''}
${embed.description ? `<div class="desc">${discordMarkdownToHtml(embed.description)}</div>` : ''}
${embed.fields?.length ? `<div class="fields">${fieldsHtml(embed.fields)}</div>` : ''}
${embed.image ? `<div class="image"><img src="${escapeHtml(embed.image.url)}" alt=""></div>` : ''}
${embed.footer ? `<div class="footer">${escapeHtml(embed.footer.text).replace(/\n/g, '<br>')}</div>` : ''}
</div>`;
}

const CSS = `
body{background:#313338;color:#dbdee1;font:16px/1.375 "gg sans","Noto Sans","Liberation Sans","DejaVu Sans",sans-serif}
.message{display:flex;gap:16px;padding:8px 16px}
.avatar{width:40px;height:40px;border-radius:50%;background:#ff9900;flex:none}
.body{flex:1;min-width:0}.name{font-weight:600;color:#f2f3f5}
.bot{background:#5865f2;color:#fff;font-size:10px;font-weight:600;padding:1px 4px;border-radius:3px;margin:0 4px}
.time{color:#949ba4;font-size:12px}.content{margin:2px 0}
.embed{background:#2b2d31;border-left:4px solid;border-radius:4px;max-width:516px;padding:8px 16px 16px 12px;margin-top:6px;font-size:14px;line-height:1.3;box-sizing:border-box}
.title{font-size:16px;font-weight:600;color:#f2f3f5;margin-top:8px}
.desc{margin-top:8px}
.fields{margin-top:8px}.row{display:grid;column-gap:8px}.field{margin-top:8px;min-width:0;overflow-wrap:anywhere}
.fname{font-weight:600;color:#f2f3f5;margin-bottom:2px}
.li{padding-left:12px;text-indent:-12px}.blank{height:8px}
.quote{border-left:4px solid #4e5058;padding-left:8px}
.h1{font-size:20px;font-weight:700}.h2{font-size:18px;font-weight:700}.h3{font-size:16px;font-weight:700}.sub{font-size:12px;color:#949ba4}
.image{margin-top:16px}.image img{max-width:100%;border-radius:4px;display:block}
.footer{margin-top:8px;font-size:12px;color:#dbdee1}
.components{margin-top:8px}.crow{display:flex;flex-wrap:wrap;gap:8px;margin:4px 0}
.button{height:32px;line-height:32px;padding:0 16px;border-radius:3px;font-size:14px;font-weight:500;color:#fff;background:#4e5058}
.button.s1{background:#5865f2}.button.s3{background:#248046}.button.s4{background:#da373c}
a{color:#00a8fc;text-decoration:none}
code{font:13px "DejaVu Sans Mono",monospace;background:#1e1f22;border-radius:3px;padding:1px 3px}
pre{font:13px/1.3 "DejaVu Sans Mono",monospace;background:#1e1f22;border:1px solid #1e1f22;border-radius:4px;padding:7px;margin:6px 0 0;white-space:pre-wrap}
`;

function componentsHtml(message: DiscordMessage): string {
  const rows = message.components.map(
    (row) =>
      `<div class="crow">${row.components
        .map((b) => `<span class="button s${b.style}">${escapeHtml('label' in b ? (b.label ?? '') : '')}</span>`)
        .join('')}</div>`,
  );
  return rows.length ? `<div class="components">${rows.join('')}</div>` : '';
}

/** The message as a whole HTML page, as the bot's post in a channel. */
export function discordHtml(message: DiscordMessage, label: string): string {
  const body = `<div class="message"><div class="avatar"></div><div class="body">
<div><span class="name">compute-advisor</span><span class="bot">BOT</span><span class="time">Today at 10:42</span></div>
${message.content ? `<div class="content">${discordMarkdownToHtml(message.content)}</div>` : ''}
${message.embeds.map(embedHtml).join('\n')}
${componentsHtml(message)}
</div></div>`;
  return htmlPage(`Discord: ${label}`, CSS, body);
}
