import { contours, geoPath } from 'd3';
import { memo, useCallback, useMemo } from 'react';
import { pixelImage } from '../../common/canvas/pixelImage';
import { readPlotColours } from '../../common/canvas/plotColours';
import { useThemeVersion } from '../../common/canvas/useThemeVersion';
import { formatNumber } from '../../common/lang';
import { Plot, type PlotFrame, stackedHeights } from '../../common/plots';
import { ExpertHandles } from './ExpertHandles';
import { rampColour } from './model';
import type { ExpertEditing } from './useExperts';

const LEVELS = 8;

/** The heat map of E (plasma ramp from E_min to E_max) with 8 contour lines, the handles on top, and its colour bar. */
function EnergyPanelView(props: {
  energy: { values: Float64Array; min: number; max: number };
  n: number;
  editing: ExpertEditing;
  label: string;
  axes: [string, string];
  scaleLabel: string;
}) {
  const { energy, n, axes } = props;
  const theme = useThemeVersion();
  const x = useMemo(() => ({ domain: [-3, 3] as const, ticks: 6, label: axes[0] }), [axes]);
  const y = useMemo(() => ({ domain: [-3, 3] as const, ticks: 6, label: axes[1] }), [axes]);
  const image = useMemo(() => heatImage(energy, n), [energy, n]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint with its colours
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) => {
      const w = frame.box.innerWidth;
      const h = frame.box.innerHeight;
      if (image) {
        context.imageSmoothingEnabled = true;
        context.drawImage(image, -w / (2 * (n - 1)), -h / (2 * (n - 1)), w + w / (n - 1), h + h / (n - 1));
      }
      const span = energy.max - energy.min;
      if (!(span > 0) || typeof context.getTransform !== 'function') return;
      const levels = Array.from({ length: LEVELS }, (_, k) => energy.min + ((k + 0.5) / LEVELS) * span);
      const bands = contours().size([n, n]).thresholds(levels)(Array.from(energy.values));
      const sx = w / (n - 1);
      const sy = h / (n - 1);
      context.save();
      context.setTransform(
        context
          .getTransform()
          .scale(sx, -sy)
          .translate(-0.5, -(n - 0.5)),
      );
      context.beginPath();
      const path = geoPath(null, context);
      for (const band of bands) path(band);
      context.restore();
      context.strokeStyle = readPlotColours(canvas).ink;
      context.globalAlpha = 0.45;
      context.lineWidth = frame.projector ? 2 : 1;
      context.stroke();
      context.globalAlpha = 1;
    },
    [image, energy, n, theme],
  );
  return (
    <>
      <Plot
        x={x}
        y={y}
        {...stackedHeights(420)}
        square
        label={props.label}
        testId="landscape-energy"
        interactive
        draw={draw}
      >
        <ExpertHandles editing={props.editing} idPrefix="landscape-energy" />
      </Plot>
      <p className="landscape-colourbar">
        {props.scaleLabel} <span>{formatNumber(energy.min, 3)}</span>
        <span className="landscape-colourbar__bar" aria-hidden="true" />
        <span>{formatNumber(energy.max, 3)}</span>
      </p>
    </>
  );
}

/** The energy as a heat map, one pixel per grid point (north up), scaled up by the plot. */
function heatImage(
  energy: { values: Float64Array; min: number; max: number },
  n: number,
): HTMLCanvasElement | null {
  const span = energy.max - energy.min || 1;
  return pixelImage(n, n, (pixels) => {
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const [r, g, b] = rampColour((energy.values[j * n + i] - energy.min) / span);
        const k = 4 * ((n - 1 - j) * n + i);
        pixels[k] = r;
        pixels[k + 1] = g;
        pixels[k + 2] = b;
        pixels[k + 3] = 200;
      }
    }
  });
}

export const EnergyPanel = memo(EnergyPanelView);
