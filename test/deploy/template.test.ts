import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

interface Template {
  Transform: string;
  Parameters: Record<string, { Type: string; NoEcho?: boolean }>;
  Globals: { Function: { CodeUri: string } };
  Resources: Record<string, { Type: string; Properties: { Handler?: string; FunctionUrlConfig?: unknown } }>;
  Outputs: Record<string, unknown>;
}

// Plain YAML: a short-form tag such as !Ref would make js-yaml's default schema throw here.
const template = yaml.load(readFileSync(join(root, 'deploy', 'template.yaml'), 'utf8')) as Template;
const functions = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Serverless::Function');

/** Every name the template refers to through Ref, Fn::GetAtt or a ${…} in Fn::Sub. */
function references(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(references);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === 'Ref') return [String(value)];
    if (key === 'Fn::GetAtt') return [String((value as string[])[0])];
    if (key === 'Fn::Sub') return [...String(value).matchAll(/\$\{([^}.!]+)[^}]*\}/g)].map((m) => m[1] ?? '');
    return references(value);
  });
}

describe('the SAM template (deploy/template.yaml)', () => {
  it('is a SAM template with a Slack and a Discord function', () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(functions.map(([name]) => name)).toEqual(['SlackFunction', 'DiscordFunction']);
  });

  for (const [name, resource] of functions) {
    const handler = resource.Properties.Handler ?? '';
    const [file, exported] = [handler.slice(0, handler.lastIndexOf('.')), handler.slice(handler.lastIndexOf('.') + 1)];
    it(`${name} has a handler (${handler}) that the build bundles and exports`, async () => {
      const bundled = join(root, `${file}.js`);
      expect(existsSync(bundled)).toBe(true);
      const module = (await import(pathToFileURL(bundled).href)) as Record<string, unknown>;
      expect(typeof module[exported]).toBe('function');
    });
  }

  it('refers only to its parameters, its resources, what SAM generates from them, and AWS pseudo parameters', () => {
    const generated = ['ServerlessHttpApi', ...functions.filter(([, r]) => r.Properties.FunctionUrlConfig).map(([name]) => `${name}Url`)];
    const known = new Set([...Object.keys(template.Parameters), ...Object.keys(template.Resources), ...generated]);
    const unknown = references(template).filter((name) => !known.has(name) && !name.startsWith('AWS::'));
    expect(unknown).toEqual([]);
  });

  it('uses every parameter, and echoes none of them (they are all secrets)', () => {
    const used = new Set(references(template));
    expect(Object.keys(template.Parameters).filter((name) => !used.has(name))).toEqual([]);
    expect(Object.entries(template.Parameters).filter(([, p]) => p.NoEcho !== true)).toEqual([]);
  });

  it('deploys the folder deploy/build.sh makes', () => {
    expect(template.Globals.Function.CodeUri).toBe('.aws-build/');
    expect(readFileSync(join(root, 'deploy', 'build.sh'), 'utf8')).toContain('out="$root/deploy/.aws-build"');
  });
});
