/**
 * The 1σ and 2σ circles of an isotropic normal law, drawn on a canvas over its samples: the 1σ circle dashed and the
 * 2σ circle dotted, so they differ without colour, each labelled just outside its upper right where the label fits.
 */
export interface SigmaRings {
  /** The centre and σ in canvas (CSS) pixels, and the canvas's width (a label that would not fit is left out). */
  cx: number;
  cy: number;
  sigmaPx: number;
  width: number;
  labels: readonly [string, string];
  colours: { exact: string; ink: string };
  fontPx: number;
}

export const SIGMA_DASHES: readonly (readonly number[])[] = [
  [6, 4],
  [2, 4],
];

export function drawSigmaRings(context: CanvasRenderingContext2D, rings: SigmaRings): void {
  const { cx, cy, fontPx, width } = rings;
  context.strokeStyle = rings.colours.exact;
  context.fillStyle = rings.colours.ink;
  context.font = `${fontPx}px system-ui, sans-serif`;
  context.textBaseline = 'bottom';
  context.lineWidth = 2;
  for (let k = 1; k <= 2; k++) {
    const r = k * rings.sigmaPx;
    context.setLineDash(SIGMA_DASHES[k - 1] as number[]);
    context.beginPath();
    context.arc(cx, cy, r, 0, 2 * Math.PI);
    context.stroke();
    const text = rings.labels[k - 1];
    const lx = cx + r * Math.SQRT1_2 + 3;
    const ly = cy - r * Math.SQRT1_2 - 2;
    if (lx + context.measureText(text).width < width && ly > fontPx) context.fillText(text, lx, ly);
  }
  context.setLineDash([]);
}
