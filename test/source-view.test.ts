import { describe, expect, it } from 'vitest';
import type { Source } from '../src/knowledge/schema.js';
import {
  distinctSources,
  isPublicRef,
  factSourceText,
  replySources,
  sourceText,
  sourceView,
  type SourceStyle,
} from '../src/source-view.js';
import { advisor } from './helpers.js';

const docs: Source = {
  title: 'Lambda quotas',
  ref: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  asOf: '2025-10-01',
};
const note = (title: string, see?: Source['see'], asOf?: string): Source => ({
  title: `000_e0f55c8a714a8287.txt — ${title}`,
  ref: 'seeds/000_e0f55c8a714a8287.txt',
  ...(asOf ? { asOf } : {}),
  ...(see ? { see } : {}),
});
const coldStarts = { title: 'Lambda cold starts', command: 'topic cold-starts' };

/** A style that marks each part, so the tests see which part is which. */
const marked: SourceStyle = { text: (t) => t, link: (url, title) => `[${title}](${url})`, command: (c) => `/compute ${c}` };

describe('sourceView', () => {
  it('keeps a public source’s title, address and as-of date', () => {
    expect(sourceView(docs)).toEqual({ kind: 'public', title: 'Lambda quotas', url: docs.ref, asOf: '2025-10-01' });
  });

  it('shows a bundled note as the entry it backs, never by its file name or title', () => {
    const view = sourceView(note('Cold Starts and Latency Characteristics', coldStarts, 'seed article'));
    // "seed article" says nothing about when: left out; a year is kept.
    expect(view).toEqual({ kind: 'notes', title: 'Lambda cold starts', command: 'topic cold-starts' });
    expect(sourceView(note('x', coldStarts, '2025'))).toMatchObject({ asOf: '2025' });
    expect(JSON.stringify(view)).not.toMatch(/seeds\/|\.txt|Characteristics/);
  });

  it('cites the reply’s own entry for a note nobody resolved, and otherwise only names the notes', () => {
    expect(sourceView(note('x'), 'lambda-timeout')).toEqual({ kind: 'notes', command: 'topic lambda-timeout' });
    expect(sourceView(note('x'))).toEqual({ kind: 'notes' });
    expect(sourceView({ title: 'Public cost note', ref: 'shared/compute-facts.md — 4. EC2 on-demand prices' })).toEqual({ kind: 'notes' });
  });
});

describe('distinctSources and replySources', () => {
  it('makes one line of two notes behind the same entry and of two titles for one page, in first-seen order', () => {
    const sources = [
      note('Cold Starts and Latency Characteristics', coldStarts),
      docs,
      note('Scaling Behavior Under Variable Load', coldStarts),
      { ...docs, title: 'Lambda quotas — memory' },
      note('Pricing Models', { title: 'Savings Plans', command: 'topic savings-plans' }),
    ];
    expect(distinctSources(sources)).toEqual([sources[0], docs, sources[4]]);
    expect(replySources({ sources }).map((v) => sourceText(v, marked))).toEqual([
      'compute-advisor notes: Lambda cold starts — /compute topic cold-starts',
      `[Lambda quotas](${docs.ref}) (as of 2025-10-01)`,
      'compute-advisor notes: Savings Plans — /compute topic savings-plans',
    ]);
  });
});

describe('sourceText and factSourceText', () => {
  it('write a line of the list and the short label after a fact', () => {
    expect(sourceText(sourceView(docs), marked)).toBe(`[Lambda quotas](${docs.ref}) (as of 2025-10-01)`);
    expect(factSourceText(sourceView(docs), marked)).toBe('Lambda quotas, 2025-10-01');
    const limits = sourceView(note('Lambda execution model', { title: 'Lambda limits', command: 'limits lambda' }, '2026'));
    expect(sourceText(limits, marked)).toBe('compute-advisor notes: Lambda limits (as of 2026) — /compute limits lambda');
    expect(factSourceText(limits, marked)).toBe('compute-advisor notes, 2026, /compute limits lambda');
    expect(sourceText({ kind: 'notes' }, marked)).toBe('compute-advisor notes');
  });
});

describe('withCitations (applied when the advisor is built)', () => {
  const { knowledge } = advisor().context;
  const bundled: Source[] = [
    ...knowledge.entries.flatMap((e) => e.sources),
    ...knowledge.services.map((s) => s.source),
    ...knowledge.quotas.map((q) => q.source),
    ...knowledge.prices.flatMap((r) => [
      r.lambda.source,
      r.fargate.source,
      r.ec2.commitmentSource,
      ...r.ec2.instances.map((i) => i.source),
    ]),
  ].filter((s) => !isPublicRef(s.ref));

  it('gives every bundled note a command a reader can run, and that command answers', () => {
    expect(bundled.length).toBeGreaterThan(0);
    const commands = new Set(bundled.map((s) => s.see?.command));
    expect(commands.has(undefined)).toBe(false);
    for (const command of commands) expect(['topic', 'limits']).toContain(advisor().handle(command ?? '').kind);
  });

  it('cites the entry a note belongs to, and the service’s limits for a quota', () => {
    for (const entry of knowledge.entries)
      for (const s of entry.sources.filter((x) => !isPublicRef(x.ref)))
        expect((s as Source).see).toEqual({ title: entry.title, command: `topic ${entry.id}` });
    for (const q of knowledge.quotas.filter((x) => !isPublicRef(x.source.ref)))
      expect((q.source as Source).see?.command).toBe(`limits ${q.service}`);
  });

  it('leaves public sources as they are', () => {
    const pub = knowledge.entries.flatMap((e) => e.sources).filter((s) => isPublicRef(s.ref));
    expect(pub.length).toBeGreaterThan(0);
    for (const s of pub) expect((s as Source).see).toBeUndefined();
  });
});
