import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// These run the compiled bin (npm test builds first), as a user's script would.
const bin = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'cli', 'bin.js');
const env = { ...process.env, NO_COLOR: '1' };

describe('compute-advisor in a pipeline', () => {
  it('stops quietly when the reader goes away early (| head)', () => {
    const input = Array.from({ length: 3000 }, () => 'ec2-vs-lambda').join('\n');
    const r = spawnSync('sh', ['-c', `node '${bin}' --json | head -1`], { env, input, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

describe('compute-advisor one-shot', () => {
  it('prints the answer and exits 0', () => {
    const out = execFileSync('node', [bin, '/compute ec2-vs-lambda'], { env, encoding: 'utf8' });
    expect(out).toMatch(/^Amazon EC2 vs AWS Lambda\n/);
    expect(out).toContain('Key differences');
  });

  it('rejects an unknown option with usage and exit code 2', () => {
    const r = spawnSync('node', [bin, '--jsno'], { env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown option --jsno');
  });
});

describe('compute-advisor --json', () => {
  const run = (lines: string[]) => {
    const r = spawnSync('node', [bin, '--json'], { env, input: lines.join('\n') + '\n', encoding: 'utf8' });
    return {
      ...r,
      objects: r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    };
  };

  it('writes exactly one object per input line, in order, with the contract keys', () => {
    const inputs = [
      'ec2-vs-lambda',
      'limits lambda',
      'how do I make pancakes',
      '',
      'topic "unclosed',
      'x'.repeat(20_000),
      'help',
      'lambda keeps timing out at 15 min what do i do',
    ];
    const { status, objects } = run(inputs);
    expect(status).toBe(0);
    expect(objects.map((o) => o.input)).toEqual(inputs);
    for (const o of objects) expect(Object.keys(o)).toEqual(['input', 'kind', 'title', 'summary', 'text', 'sources', 'data']);
    expect(objects.map((o) => o.kind)).toEqual(['compare', 'limits', 'unknown', 'help', 'error', 'error', 'help', 'answer']);
  });

  it('ends lines at LF and CRLF only: a bare CR stays inside its line, so 10,000 lines in give 10,000 out', () => {
    const inputs = Array.from({ length: 10_000 }, (_, i) => (i % 20 === 0 ? `limits\rlambda ${i}` : `help ${i}`));
    const input = inputs.map((line, i) => line + (i % 2 === 0 ? '\r\n' : '\n')).join('');
    const r = spawnSync('node', [bin, '--json'], { env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
    const objects = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string });
    expect(r.status).toBe(0);
    expect(objects).toHaveLength(10_000);
    expect(objects.map((o) => o.input)).toEqual(inputs);
  });

  it('answers a message given as an argument as one JSON line, with the recommendation contract', () => {
    const r = spawnSync('node', [bin, '--json', 'recommend duration=20m gpu=yes memory=12gb traffic=bursty'], { env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0] ?? '') as { kind: string; data: { recommendation: Record<string, unknown> } };
    expect(o.kind).toBe('recommend');
    expect(o.data.recommendation).toMatchObject({
      service: expect.stringMatching(/^(lambda|ec2|fargate|ecs|eks|batch)$/),
      ranked: expect.any(Array),
      assumptions: expect.any(Array),
      wouldChange: expect.any(Array),
    });
  });

  it('reports answer matches as {id, title, score}', () => {
    const [o] = run(['why is my lambda cold start slow']).objects;
    const matches = (o?.data as { matches: unknown[] }).matches;
    expect(matches.length).toBeGreaterThan(0);
    expect(Object.keys(matches[0] as object)).toEqual(['id', 'title', 'score']);
  });
});
