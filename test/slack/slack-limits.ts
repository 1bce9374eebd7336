/** Slack's documented limits as assertions, shared by the renderer tests. */
import { expect } from 'vitest';
import { LIMITS, type SlackMessage } from '../../adapters/slack/render.js';

/** Every `text` string anywhere in the blocks (section text, fields, header, context, button labels). */
export function blockTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(blockTexts);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'text' && typeof v === 'string' ? [v] : blockTexts(v)));
}

/** Slack's documented limits, asserted on one rendered message. */
export function assertSlackLimits(message: SlackMessage): void {
  const { blocks, text } = message;
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(blockTexts(blocks).join('').length).toBeLessThanOrEqual(LIMITS.messageChars);
  expect(blocks[0]?.type).toBe('header');
  const ids = new Set<string>();
  for (const block of blocks) {
    switch (block.type) {
      case 'header':
        expect(block.text.text.length).toBeGreaterThan(0);
        expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.header);
        break;
      case 'section':
        expect(block.text ?? block.fields).toBeDefined();
        if (block.text) expect(block.text.text.trim().length).toBeGreaterThan(0);
        expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.sectionText);
        expect(block.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fieldsPerSection);
        for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
        break;
      case 'actions':
        expect(block.elements.length).toBeGreaterThan(0);
        expect(block.elements.length).toBeLessThanOrEqual(LIMITS.buttonsPerActions);
        for (const e of block.elements) {
          if (e.type !== 'button') throw new Error(`unexpected element ${e.type}`);
          expect(e.text.text.length).toBeGreaterThan(0);
          expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
          expect(e.value?.length ?? 0).toBeLessThanOrEqual(2000);
          expect(e.action_id?.length ?? 0).toBeLessThanOrEqual(255);
          expect(ids.has(e.action_id ?? '')).toBe(false);
          ids.add(e.action_id ?? '');
        }
        break;
      case 'context':
        expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
        for (const e of block.elements) if ('text' in e) expect(e.text.length).toBeLessThanOrEqual(LIMITS.contextText);
        break;
      case 'divider':
        break;
      default:
        throw new Error(`unexpected block type ${block.type}`);
    }
  }
}
