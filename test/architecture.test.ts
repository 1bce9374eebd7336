import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('the core stays platform-neutral', () => {
  const files = sourceFiles(join(root, 'src'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s imports no adapter and no platform SDK', (_, file) => {
    const bad = imports(file).filter((spec) => /adapters\/|^@slack\/|^discord\.js|^discord-api-types|^dotenv/.test(spec));
    expect(bad).toEqual([]);
  });

  it('imports only types from the knowledge schema outside the loader (zod stays off the snapshot start-up path)', () => {
    const valueImport =
      /^import\s+(?!type\b)[^;]*from\s+['"][^'"]*knowledge\/schema\.js['"]|^import\s+(?!type\b)[^;]*from\s+['"]\.\/schema\.js['"]/m;
    const all = [...files, ...sourceFiles(join(root, 'adapters'))];
    const importers = all.filter((f) => valueImport.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(importers).toEqual(['src/knowledge/loader.ts']);
  });

  it('reads no process.env (settings are read in adapters/config.ts)', () => {
    const readers = files.filter((f) => /process\.env/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(readers).toEqual([]);
  });
});

describe('adapters/', () => {
  const files = sourceFiles(join(root, 'adapters'));

  it('asks the advisor for what it needs instead of reading the knowledge base behind it', () => {
    const readers = files
      .filter((f) => /\.context\.(knowledge|services|topics|search)\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(files.length).toBeGreaterThan(20);
    expect(readers).toEqual([]);
  });
});
