/**
 * The drawing pad of "Draw and repair" as plain data: 64 cells, each ink (clamped to 1), blank (clamped to 0) or
 * unknown (left for the RBM to fill in), written in the URL as 64 characters '1', '0', '?'.
 */

import { DIGIT_PIXELS } from '../../../core';

export const CELL = { ink: '1', blank: '0', unknown: '?' } as const;
export type Brush = keyof typeof CELL;
export const BRUSHES = ['ink', 'blank', 'unknown'] as const satisfies readonly Brush[];

/** Which part of a held-out digit is hidden to start with. */
export const MASKS = ['lower', 'upper', 'left', 'right', 'none'] as const;
export type Mask = (typeof MASKS)[number];

const SIDE = 8;

export function hiddenByMask(mask: Mask, index: number): boolean {
  const row = Math.floor(index / SIDE);
  const column = index % SIDE;
  switch (mask) {
    case 'lower':
      return row >= SIDE / 2;
    case 'upper':
      return row < SIDE / 2;
    case 'left':
      return column < SIDE / 2;
    case 'right':
      return column >= SIDE / 2;
    case 'none':
      return false;
  }
}

/** The pad for a held-out digit (64 values 0/1) with part of it hidden. */
export function maskedCells(digit: ArrayLike<number>, mask: Mask): string {
  let cells = '';
  for (let i = 0; i < DIGIT_PIXELS; i++) {
    cells += hiddenByMask(mask, i) ? CELL.unknown : digit[i] > 0.5 ? CELL.ink : CELL.blank;
  }
  return cells;
}

/** A pad read from the URL is usable when it is exactly 64 cells of '1', '0' and '?'. */
export function isValidCells(text: string): boolean {
  return text.length === DIGIT_PIXELS && /^[01?]+$/.test(text);
}

export function paint(cells: string, index: number, brush: Brush): string {
  return cells.slice(0, index) + CELL[brush] + cells.slice(index + 1);
}

/** The clamped chain's inputs: unknown cells are free and start blank. */
export function chainInputs(cells: string): { initial: Uint8Array; free: Uint8Array; freeCount: number } {
  const initial = new Uint8Array(DIGIT_PIXELS);
  const free = new Uint8Array(DIGIT_PIXELS);
  let freeCount = 0;
  for (let i = 0; i < DIGIT_PIXELS; i++) {
    initial[i] = cells[i] === CELL.ink ? 1 : 0;
    if (cells[i] === CELL.unknown) {
      free[i] = 1;
      freeCount++;
    }
  }
  return { initial, free, freeCount };
}

/** Mean squared error on the free pixels of a guess (probabilities) against the true digit (0/1). */
export function freePixelError(
  guess: ArrayLike<number>,
  truth: ArrayLike<number>,
  free: ArrayLike<number>,
): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < free.length; i++) {
    if (free[i] === 0) continue;
    sum += (guess[i] - truth[i]) ** 2;
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}
