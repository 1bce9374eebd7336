import { describe, expect, it } from 'vitest';
import { splitSections, unwrapParagraphs } from '../../src/knowledge/sections.js';

describe('splitSections', () => {
  it('splits a body on ## headings, keeping text before the first heading', () => {
    expect(splitSections('Intro\n\n## Cause\nBecause.\n## Do now ##\n- one\n- two')).toEqual([
      { heading: '', markdown: 'Intro' },
      { heading: 'Cause', markdown: 'Because.' },
      { heading: 'Do now', markdown: '- one\n- two' },
    ]);
  });
});

describe('unwrapParagraphs', () => {
  it('joins hard-wrapped paragraph lines and list-item continuations', () => {
    expect(unwrapParagraphs('A long\nparagraph.\n\n- item that\n  wraps\n- next')).toBe('A long paragraph.\n\n- item that wraps\n- next');
  });

  it('leaves tables, headings and code blocks alone', () => {
    const text = '| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\nmore\n```';
    expect(unwrapParagraphs(text)).toBe(text);
  });
});
