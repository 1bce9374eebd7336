/**
 * The Lambda handlers bundled with esbuild (`npm run build` writes dist/lambda/; deploy/template.yaml points
 * at it). A cold start then reads a handful of files instead of about 200: Node's ESM loader pays per module
 * for resolving, reading and linking, which made up most of an unbundled handler's import.
 *
 * Code splitting keeps what a handler imports only when needed (the YAML loader behind a stale snapshot,
 * Discord's REST client) in chunks of their own, loaded on first use as before. resvg stays outside: it is a
 * native module, and the Lambda handlers draw no charts.
 */
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/** The package root (this file runs as dist/tools/lambda-bundle.js); paths below are relative to it. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Handler bundle name → the compiled module it starts from. */
export const LAMBDA_HANDLERS = {
  discord: 'dist/adapters/discord/lambda.js',
  slack: 'dist/adapters/slack/lambda.js',
};

/** esbuild's settings for handler bundles: one home, so `npm run bench:cold` bundles its peers the same way. */
export function lambdaBundleOptions(entryPoints: Record<string, string>, outdir: string): BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    external: ['@resvg/resvg-js'],
    // Bolt and its dependencies are CommonJS and call require(), which an ES module lacks.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}

export async function bundleLambdas(entryPoints: Record<string, string>, outdir: string): Promise<void> {
  await build(lambdaBundleOptions(entryPoints, outdir));
}
