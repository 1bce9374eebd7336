/**
 * npm start and the container's CMD run node with adapters/node-flags.ts's flags, which cannot be imported
 * there: this holds both copies to the list, so a flag added in one place is added in all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../../adapters/node-flags.js';

const root = join(import.meta.dirname, '..', '..');
const entry = 'dist/adapters/main.js';

/** The Dockerfile's last CMD, as the exec-form array Docker runs. */
function containerCommand(): string[] {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const commands = [...dockerfile.matchAll(/^CMD (\[.*\])$/gm)].map((m) => JSON.parse(m[1]!) as string[]);
  const command = commands.at(-1);
  if (!command) throw new Error('the Dockerfile has no exec-form CMD');
  return command;
}

describe('the production node flags have one list', () => {
  it('the container runs node with exactly that list before the entry point', () => {
    expect(containerCommand()).toEqual(['node', ...NODE_FLAGS, entry]);
  });

  it('npm start runs the same command', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe(['node', ...NODE_FLAGS, entry].join(' '));
  });
});
