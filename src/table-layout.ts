/** The platform-neutral part of drawing a table: grid or stacked, padded grid lines, and chunks of them. */

/** Longest cell a grid holds: short cells (numbers, prices) line up; a longer cell is prose, read better stacked. */
export const MAX_GRID_CELL = 24;

/** What separates two grid columns. */
const GAP = '  ';

/** A table drawn as a monospace grid: the column names' line and one line per row, cells padded to their column. */
export interface Grid {
  head: string;
  rows: string[];
}

/**
 * The table as a grid, or undefined when it should be stacked instead: a cell longer than MAX_GRID_CELL, or the
 * grid wider than maxWidth (each column counted with its gap). Cells are measured as given, so escape after.
 */
export function tableGrid(columns: string[], rows: string[][], maxWidth = Infinity): Grid | undefined {
  const cells = [columns, ...rows];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const gridWidth = widths.reduce((a, b) => a + b + GAP.length, 0);
  if (!cells.every((row) => row.every((c) => c.length <= MAX_GRID_CELL)) || gridWidth > maxWidth) return undefined;
  const line = (row: string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(GAP)
      .trimEnd();
  return { head: line(columns), rows: rows.map(line) };
}

/**
 * Row lines in groups whose lines, joined by newlines, stay within `budget` characters; each group is led by the
 * head line so a split table still reads on its own. A group closes before any row that would pass the budget,
 * so a row too long for any group stands alone (and a first one leaves the head line alone in the first group).
 */
export function chunkLines(head: string, rows: string[], budget: number): string[][] {
  const groups: string[][] = [];
  let group = [head];
  let size = head.length;
  for (const row of rows) {
    if (size + 1 + row.length > budget) {
      groups.push(group);
      group = [head];
      size = head.length;
    }
    group.push(row);
    size += 1 + row.length;
  }
  groups.push(group);
  return groups;
}
