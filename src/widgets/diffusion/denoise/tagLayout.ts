/** Where each point's number goes: the first of a few spots around it that no earlier label or mark covers. */

export interface TagSpot {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy placement, in pixels, in the order given (the largest weight first, so it gets the closest spot): try
 * right, left, above, below, then the diagonals, at the point's radius plus a gap, then twice as far; keep the first
 * spot whose text box (`width` × `height`) meets neither a placed label nor a box in `avoid` (the estimate, x_t).
 * If none is free, the first spot: a label over a label is better than no label.
 */
export function placeTags(
  points: readonly { x: number; y: number; r: number }[],
  width: number,
  height: number,
  avoid: readonly Box[],
): TagSpot[] {
  const placed: Box[] = [...avoid];
  return points.map(({ x, y, r }) => {
    let chosen: { spot: TagSpot; box: Box } | null = null;
    for (const reach of [r + 3, 2 * r + 10]) {
      const spots: TagSpot[] = [
        { x: x + reach, y: y + height / 3, anchor: 'start' },
        { x: x - reach, y: y + height / 3, anchor: 'end' },
        { x, y: y - reach, anchor: 'middle' },
        { x, y: y + reach + height, anchor: 'middle' },
        { x: x + 0.7 * reach, y: y - 0.7 * reach, anchor: 'start' },
        { x: x - 0.7 * reach, y: y - 0.7 * reach, anchor: 'end' },
        { x: x + 0.7 * reach, y: y + 0.7 * reach + height, anchor: 'start' },
        { x: x - 0.7 * reach, y: y + 0.7 * reach + height, anchor: 'end' },
      ];
      for (const spot of spots) {
        const x0 =
          spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
        const box = { x0, y0: spot.y - height, x1: x0 + width, y1: spot.y };
        if (!placed.some((other) => overlaps(box, other))) {
          chosen = { spot, box };
          break;
        }
      }
      if (chosen) break;
    }
    const fallback: TagSpot = { x: x + r + 3, y: y + height / 3, anchor: 'start' };
    const spot = chosen?.spot ?? fallback;
    placed.push(chosen?.box ?? { x0: spot.x, y0: spot.y - height, x1: spot.x + width, y1: spot.y });
    return spot;
  });
}
