/** Part of `npm run build`: bundles the Lambda handlers into dist/lambda/ (see lambda-bundle.ts). */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleLambdas, LAMBDA_HANDLERS } from './lambda-bundle.js';

const out = fileURLToPath(new URL('../lambda', import.meta.url));
// A clean folder, so no chunk of an earlier build is left beside the new ones.
rmSync(out, { recursive: true, force: true });
await bundleLambdas(LAMBDA_HANDLERS, out);
