/**
 * The project's zod: zod/mini, the tree-shakeable form. Settings, request shapes and (behind a stale
 * snapshot) the knowledge base are checked with it, so a Lambda bundle carries only the checks it uses:
 * with the classic API, whose methods keep all of zod and its 40 locales, a handler's bundle was 420 KB
 * heavier and its cold import about 30 ms slower.
 * zod/mini loads no messages of its own; these are the English ones, which our problem reports quote.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

// Re-exported name by name (import it as `* as z`): a namespace object passed on as one value would keep
// every export, locales included, in the bundle.
export * from 'zod/mini';
