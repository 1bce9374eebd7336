import { describe, expect, it } from 'vitest';
import { ask } from '../helpers.js';

describe('compare', () => {
  it('answers ec2-vs-lambda with the one-line answer first and every part of the card', () => {
    const reply = ask('/compute ec2-vs-lambda');
    expect(reply.kind).toBe('compare');
    expect(reply.title).toBe('Amazon EC2 vs AWS Lambda');
    expect(reply.summary).toBeTruthy();
    const headings = reply.blocks.flatMap((b) => ('heading' in b && b.heading ? [b.heading] : []));
    expect(headings).toEqual(
      expect.arrayContaining(['Side by side', 'Key differences', 'When to use which', 'Trade-offs', 'Common mistakes']),
    );
    expect(reply.text.indexOf(reply.summary ?? '')).toBeLessThan(reply.text.indexOf('Key differences'));
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.data?.services).toEqual(['ec2', 'lambda']);
  });

  it('is order-insensitive and accepts every spelling of the pair', () => {
    const reference = ask('ec2-vs-lambda');
    for (const text of ['lambda-vs-ec2', 'compare lambda ec2', 'compare EC2 and Lambda', 'lambda vs ec2', 'compare serverless vm']) {
      const reply = ask(text);
      expect(reply.kind, text).toBe('compare');
      expect(reply.title, text).toBe(reference.title);
      expect(reply.summary, text).toBe(reference.summary);
    }
  });

  it.each([
    ['lambda-vs-fargate', 'AWS Lambda', 'AWS Fargate'],
    ['ec2-vs-fargate', 'Amazon EC2', 'AWS Fargate'],
    ['ecs-vs-eks', 'Amazon ECS', 'Amazon EKS'],
  ])('has a curated card for %s', (text, a, b) => {
    const reply = ask(text);
    expect(reply.kind).toBe('compare');
    expect(reply.title).toContain(a);
    expect(reply.title).toContain(b);
    expect(reply.data?.entryId).toBeTruthy();
  });

  it('builds a card from the service profiles for a pair with no curated comparison', () => {
    const reply = ask('eks-vs-lambda');
    expect(reply.kind).toBe('compare');
    expect(reply.data?.entryId).toBeUndefined();
    expect(reply.summary).toMatch(/^Choose Amazon EKS for .+; choose AWS Lambda for .+\.$/);
    const table = reply.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[0])).toEqual([
      'Model',
      'Run time',
      'Resources',
      'GPU',
      'Scaling',
      'Billing',
      'Operations',
    ]);
  });

  it('offers "did you mean" for a mistyped service, keeping the other one', () => {
    const reply = ask('ec2-vs-lamdba');
    expect(reply.kind).toBe('error');
    expect(reply.summary).toContain('Did you mean **lambda**');
    expect(reply.data?.suggestions).toEqual(['ec2-vs-lambda']);
  });

  it('refuses a service it does not know, listing the ones it does', () => {
    const reply = ask('compare ec2 mainframe');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('Services I know: lambda, ec2, fargate, ecs, eks, batch.');
  });

  it('explains what is wrong with one, three or two identical services', () => {
    expect(ask('compare ec2').summary).toBe('Compare takes exactly two services.');
    expect(ask('compare ec2 lambda fargate').summary).toBe('Compare takes exactly two services.');
    expect(ask('compare vm ec2').summary).toBe('Both names mean Amazon EC2.');
  });
});
