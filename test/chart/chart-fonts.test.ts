import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_CHARACTERS, chartOf, fontOptions } from '../../adapters/shared/chart-png.js';
import { chartSvg } from '../../src/chart/svg.js';
import { ask } from '../helpers.js';

const SYSTEM_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Every character the bundled fonts claim to hold, as one line of text per weight. */
function everyCoveredCharacter(): string {
  let text = '';
  for (let code = 0x20; code <= 0x2265; code++) {
    const c = String.fromCharCode(code);
    if (!/\s/.test(c) && CHART_FONT_CHARACTERS.test(c)) text += c;
  }
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="120" font-family="DejaVu Sans">` +
  `<rect width="1400" height="120" fill="#fff"/>` +
  `<text x="4" y="40" font-size="9">${text}</text><text x="4" y="90" font-size="9" font-weight="bold">${text}</text></svg>`;

async function png(svg: string, font: ReturnType<typeof fontOptions>): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  return (await renderAsync(svg, { font })).asPng();
}

describe('the fonts a chart is drawn with', () => {
  it('uses the bundled cut-down fonts for a cost chart, whose text they cover', () => {
    const svg = chartSvg(chartOf(ask('cost requests=3M duration=120ms memory=512mb'))!);
    const font = fontOptions(svg);
    expect(font.fontFiles.map((f) => f.split('/').pop())).toEqual(['DejaVuSans-chart.ttf', 'DejaVuSans-Bold-chart.ttf']);
    expect(font.loadSystemFonts).toBe(false);
  });

  it('falls back to the full fonts for a label in a script the cut-down fonts lack', () => {
    const font = fontOptions(textSvg('Asia Pacific (東京)'));
    expect(font.fontFiles.some((f) => f.endsWith('-chart.ttf'))).toBe(false);
  });

  // The claim CHART_FONT_CHARACTERS makes, checked glyph by glyph: a character missing from the cut-down
  // fonts would be drawn as nothing there and as a glyph by the full font, so the pictures would differ.
  it.runIf(existsSync(SYSTEM_FONT))('draws every character it claims exactly as the full DejaVu Sans does', async () => {
    const svg = textSvg(everyCoveredCharacter());
    const small = fontOptions(svg);
    const full = fontOptions(textSvg('東京'));
    expect(small.fontFiles).not.toEqual(full.fontFiles);
    expect((await png(svg, small)).equals(await png(svg, full))).toBe(true);
  });
});
