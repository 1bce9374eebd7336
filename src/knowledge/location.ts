import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled `knowledge/` folder. Walks up from this file because the code runs both from `src/`
 * (tests) and from `dist/src/` (the built bot), which sit at different depths.
 */
export function defaultKnowledgeDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'knowledge');
    if (existsSync(join(candidate, 'entries'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Could not find the knowledge/ folder next to the package');
    dir = parent;
  }
}
