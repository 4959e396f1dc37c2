/**
 * Thousands of points on a canvas, fast and with their density visible: each point adds one to a counter on a
 * coarse pixel grid (one cell = `cellCss` CSS pixels), a cell's opacity grows with its count, and the grid is
 * blitted to the canvas in one drawImage. Nothing is allocated per point or per frame: the grid, its pixels and
 * the list of touched cells are reused until the canvas changes size.
 * (Canvas paths with one rect per point cost far more in software-rendered Chromium, and cannot show density.)
 */

/**
 * How opaque a cell is after `count` points landed in it: 1 − e^{−gain·count}. With the default gain 0.7,
 * 1 point ≈ 50 %, 3 ≈ 88 %: crowded places read as stronger colour.
 */
function buildAlphaTable(gain: number): Uint8Array {
  const table = new Uint8Array(256);
  for (let c = 1; c < 256; c++) table[c] = Math.round(255 * (1 - Math.exp(-gain * c)));
  return table;
}

/** Little-endian platforms (all current browsers) store RGBA bytes as 0xAABBGGRR in a Uint32 view. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** "#rrggbb" or "#rgb" → [r, g, b]; anything else → the fallback. */
export function parseHexColour(text: string, fallback: [number, number, number]): [number, number, number] {
  const hex = text.trim().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(hex)) {
    return [
      Number.parseInt(hex.slice(0, 2), 16),
      Number.parseInt(hex.slice(2, 4), 16),
      Number.parseInt(hex.slice(4, 6), 16),
    ];
  }
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    return [0, 1, 2].map((i) => Number.parseInt(hex[i] + hex[i], 16)) as [number, number, number];
  }
  return fallback;
}

/** Maps a point (x, y) in model units to CSS pixels: px = x0 + sx·x, py = y0 + sy·y. */
export interface PointMap {
  x0: number;
  sx: number;
  y0: number;
  sy: number;
}

export class DensityDots {
  private grid: HTMLCanvasElement | null = null;
  private context: CanvasRenderingContext2D | null = null;
  private image: ImageData | null = null;
  private pixels: Uint32Array | null = null;
  private counts: Uint8Array = new Uint8Array(0);
  private touched: Int32Array = new Int32Array(0);
  private touchedCount = 0;
  private columns = 0;
  private rows = 0;
  private colour: [number, number, number] = [0, 114, 178];
  private cellCss = 2;
  private readonly alpha: Uint8Array;

  /** @param opacityGain how fast a cell saturates with points (see buildAlphaTable) */
  constructor(opacityGain = 0.7) {
    this.alpha = buildAlphaTable(opacityGain);
  }

  /**
   * Size the grid for a canvas of cssWidth × cssHeight with cells (drawn points) of cellCss CSS pixels; false
   * where there is no canvas support (jsdom).
   */
  prepare(cssWidth: number, cssHeight: number, maxPoints: number, cellCss = 2): boolean {
    if (cellCss !== this.cellCss) {
      this.cellCss = cellCss;
      this.image = null; // forces a new grid below
    }
    const columns = Math.max(1, Math.ceil(cssWidth / this.cellCss));
    const rows = Math.max(1, Math.ceil(cssHeight / this.cellCss));
    if (!this.grid) {
      this.grid = document.createElement('canvas');
      try {
        this.context = this.grid.getContext('2d');
      } catch {
        this.context = null;
      }
    }
    if (!this.context) return false;
    if (columns !== this.columns || rows !== this.rows || !this.image) {
      this.columns = columns;
      this.rows = rows;
      this.grid.width = columns;
      this.grid.height = rows;
      this.image = this.context.createImageData(columns, rows);
      this.pixels = new Uint32Array(this.image.data.buffer);
      this.counts = new Uint8Array(columns * rows);
      this.touchedCount = 0;
    }
    if (this.touched.length < maxPoints) this.touched = new Int32Array(maxPoints);
    return true;
  }

  setColour(rgb: [number, number, number]): void {
    this.colour = rgb;
  }

  /** Forget the previous frame's points (only the cells they touched are cleared). */
  clear(): void {
    const pixels = this.pixels;
    for (let k = 0; k < this.touchedCount; k++) {
      const cell = this.touched[k];
      this.counts[cell] = 0;
      if (pixels) pixels[cell] = 0;
    }
    this.touchedCount = 0;
  }

  /**
   * Add `count` points: x of point i at xs[xOffset + i·stride], y at ys[yOffset + i·stride] (model units).
   * Points outside the canvas are skipped.
   */
  add(
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    count: number,
    stride: number,
    xOffset: number,
    yOffset: number,
    map: PointMap,
  ): void {
    const inv = 1 / this.cellCss;
    const columns = this.columns;
    const rows = this.rows;
    const counts = this.counts;
    const touched = this.touched;
    let touchedCount = this.touchedCount;
    for (let i = 0; i < count; i++) {
      const column = Math.floor((map.x0 + map.sx * xs[xOffset + i * stride]) * inv);
      const row = Math.floor((map.y0 + map.sy * ys[yOffset + i * stride]) * inv);
      if (!(column >= 0 && column < columns && row >= 0 && row < rows)) continue;
      const cell = row * columns + column;
      const c = counts[cell];
      if (c === 0 && touchedCount < touched.length) touched[touchedCount++] = cell;
      if (c < 255) counts[cell] = c + 1;
    }
    this.touchedCount = touchedCount;
  }

  /** Colour the touched cells by their counts and draw the grid over the whole canvas (crisp, unsmoothed). */
  draw(target: CanvasRenderingContext2D): void {
    if (!this.context || !this.image || !this.pixels || !this.grid) return;
    const [r, g, b] = this.colour;
    const pixels = this.pixels;
    for (let k = 0; k < this.touchedCount; k++) {
      const cell = this.touched[k];
      const a = this.alpha[this.counts[cell]];
      pixels[cell] = LITTLE_ENDIAN
        ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0
        : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
    }
    this.context.putImageData(this.image, 0, 0);
    const smoothing = target.imageSmoothingEnabled;
    target.imageSmoothingEnabled = false;
    target.drawImage(this.grid, 0, 0, this.columns * this.cellCss, this.rows * this.cellCss);
    target.imageSmoothingEnabled = smoothing;
  }
}
