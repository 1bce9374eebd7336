/**
 * Headless Chromium from the system's packages, run once to measure a page and once to screenshot it at
 * that height (a headless screenshot covers the window only, so the window is made as tall as the page).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** How to get Chromium here, for the message when none is found. */
export const INSTALL_HINT = 'apt-get install -y chromium (Debian) — or chromium-browser / google-chrome on other systems';

// --no-sandbox: Chromium refuses to start its sandbox as root, which is how this machine and CI run.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--mute-audio'];

/** The first Chromium on PATH that answers `--version`, or undefined. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
}

function run(bin: string, args: string[]): string {
  const result = spawnSync(bin, [...FLAGS, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0)
    throw new Error(`${bin} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr.slice(-300)}`);
  return result.stdout;
}

/** The height of the page's `#root` at this width, as htmlPage's script writes it into the DOM once loaded. */
function pageHeight(bin: string, url: string, width: number): number {
  const dom = run(bin, [`--window-size=${width},600`, '--virtual-time-budget=2000', '--dump-dom', url]);
  const height = /data-height="(\d+)"/.exec(dom)?.[1];
  return height ? Number(height) : 2000;
}

/** Screenshots the HTML file at `width` pixels wide and its full height into `png`; returns that height. */
export function screenshot(bin: string, htmlFile: string, png: string, width: number): number {
  const url = pathToFileURL(htmlFile).href;
  const height = pageHeight(bin, url, width);
  run(bin, [`--window-size=${width},${height}`, `--screenshot=${png}`, url]);
  return height;
}
