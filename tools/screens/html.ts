/** What the platform mocks share: HTML escaping and one standalone page around a body. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: nothing a reply says can open a tag or leave an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An `href` for a link: http(s) only, escaped; anything else links nowhere. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : '#';
}

/**
 * A page of its own (no network) whose one script writes the height of `#root` into its `data-height` once
 * everything (images too) has loaded, for the screenshot to be as tall as the page (see chromium.ts).
 */
export function htmlPage(title: string, css: string, body: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>html,body{margin:0;padding:0}#root{display:flow-root}${css}</style></head>
<body><div id="root">${body}</div>
<script>addEventListener('load',()=>{const r=document.getElementById('root');r.dataset.height=Math.ceil(r.getBoundingClientRect().bottom)})</script>
</body></html>
`;
}
