/** Where the graph drawing puts things, in its own viewBox units (the SVG scales to its width). */
export const GRAPH_VIEW = { size: 320, ring: 112, node: 20 } as const;

/**
 * Vertex v of n on a circle, the first at the top and the rest clockwise (two vertices sit side by side). Also the
 * outward direction, along which a node's tags are written so they never cover an edge into the middle.
 */
export function circlePosition(v: number, n: number): { x: number; y: number; dx: number; dy: number } {
  const start = n === 2 ? Math.PI : -Math.PI / 2;
  const angle = start + (2 * Math.PI * v) / n;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const centre = GRAPH_VIEW.size / 2;
  return { x: centre + GRAPH_VIEW.ring * dx, y: centre + GRAPH_VIEW.ring * dy, dx, dy };
}

/** Text anchor for a tag written outward in direction dx: to the right of right-hand nodes, and so on. */
export function outwardAnchor(dx: number): 'start' | 'middle' | 'end' {
  if (dx > 0.35) return 'start';
  if (dx < -0.35) return 'end';
  return 'middle';
}
