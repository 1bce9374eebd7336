import { describe, expect, it } from 'vitest';
import { MAX_GRID_CELL, chunkLines, tableGrid } from '../src/table-layout.js';

describe('tableGrid', () => {
  it('pads every cell to its column, two spaces apart, with no trailing spaces', () => {
    expect(
      tableGrid(
        ['Service', 'Price'],
        [
          ['Lambda', '$0.20'],
          ['Fargate', '$12.50'],
        ],
      ),
    ).toEqual({
      head: 'Service  Price',
      rows: ['Lambda   $0.20', 'Fargate  $12.50'],
    });
  });

  it('stacks a table with a cell longer than MAX_GRID_CELL', () => {
    expect(tableGrid(['Name'], [['x'.repeat(MAX_GRID_CELL)]])).toBeDefined();
    expect(tableGrid(['Name'], [['x'.repeat(MAX_GRID_CELL + 1)]])).toBeUndefined();
  });

  it('stacks a table wider than the given width, each column counted with its gap', () => {
    const columns = ['aaaa', 'bbbb'];
    expect(tableGrid(columns, [], 12)).toEqual({ head: 'aaaa  bbbb', rows: [] });
    expect(tableGrid(columns, [], 11)).toBeUndefined();
  });
});

describe('chunkLines', () => {
  it('keeps everything in one group, led by the head line, when it fits', () => {
    expect(chunkLines('H', ['r1', 'r2'], 8)).toEqual([['H', 'r1', 'r2']]);
  });

  it('starts a new group, repeating the head line, before the joined text would pass the budget', () => {
    expect(chunkLines('H', ['r1', 'r2', 'r3'], 7)).toEqual([
      ['H', 'r1', 'r2'],
      ['H', 'r3'],
    ]);
  });

  it('gives a row too long for any group a group of its own, after the head line alone when it comes first', () => {
    expect(chunkLines('H', ['long row', 'r2', 'long row'], 4)).toEqual([['H'], ['H', 'long row'], ['H', 'r2'], ['H', 'long row']]);
  });

  it('draws a table without rows as its head line alone', () => {
    expect(chunkLines('H', [], 100)).toEqual([['H']]);
  });
});
