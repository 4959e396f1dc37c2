import { useCallback, useMemo } from 'react';
import { useThemeVersion } from '../../common/canvas/useThemeVersion';
import {
  DragHandle,
  Plot,
  type PlotFrame,
  PlotText,
  ROLE,
  stackedHeights,
  usePlot,
} from '../../common/plots';
import { BOX, CLASS_COLOURS, PROTOTYPES, type RegionMap, regionImage } from './model';

/** A prototype's marker: a circle, a diamond or a triangle, so the three are told apart by shape. */
function PrototypeMarker(props: { index: number }) {
  const plot = usePlot();
  const [mx, my] = PROTOTYPES[props.index];
  const cx = plot.x(mx);
  const cy = plot.y(my);
  const r = (plot.projector ? 2 : 1) * 8;
  const common = {
    fill: CLASS_COLOURS[props.index],
    stroke: ROLE.ink,
    strokeWidth: plot.projector ? 3 : 1.5,
  };
  if (props.index === 0) return <circle cx={cx} cy={cy} r={r} {...common} />;
  if (props.index === 1)
    return <path d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`} {...common} />;
  return <path d={`M${cx},${cy - r}L${cx + r},${cy + 0.8 * r}L${cx - r},${cy + 0.8 * r}Z`} {...common} />;
}

/** The plane: decision regions (fill, shaded by certainty, with a letter each), prototypes, and the test point. */
export function ClassifierPlane(props: {
  map: RegionMap;
  point: readonly [number, number];
  onMove: (x: number, y: number) => void;
  names: readonly string[];
  handleLabel: string;
  label: string;
  axes: [string, string];
}) {
  const theme = useThemeVersion();
  const x = useMemo(
    () => ({ domain: [BOX.xMin, BOX.xMax] as const, ticks: 6, label: props.axes[0] }),
    [props.axes],
  );
  const y = useMemo(
    () => ({ domain: [BOX.yMin, BOX.yMax] as const, ticks: 6, label: props.axes[1] }),
    [props.axes],
  );
  const image = useMemo(() => regionImage(props.map), [props.map]);
  const n = props.map.n;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint the canvas
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame) => {
      if (!image) return;
      const w = frame.box.innerWidth;
      const h = frame.box.innerHeight;
      const cw = w / (n - 1);
      const ch = h / (n - 1);
      context.save();
      context.beginPath();
      context.rect(0, 0, w, h);
      context.clip();
      // Nearest-neighbour: region boundaries stay sharp instead of blending two classes' colours.
      context.imageSmoothingEnabled = false;
      context.drawImage(image, -cw / 2, -ch / 2, w + cw, h + ch);
      context.restore();
    },
    [image, n, theme],
  );
  return (
    <Plot
      x={x}
      y={y}
      {...stackedHeights(380)}
      square
      interactive
      label={props.label}
      testId="classifier-plane"
      draw={draw}
    >
      {props.map.centres.map(
        (centre, k) =>
          centre && (
            <PlotText
              key={props.names[k]}
              x={centre[0]}
              y={centre[1]}
              anchor="middle"
              testId={`classifier-region-${k}`}
            >
              {props.names[k]}
            </PlotText>
          ),
      )}
      {PROTOTYPES.map((_, k) => (
        <PrototypeMarker key={props.names[k]} index={k} />
      ))}
      <DragHandle
        x={props.point[0]}
        y={props.point[1]}
        onMove={props.onMove}
        keyStep={0.1}
        label={props.handleLabel}
        tag="x"
        colour={ROLE.ink}
        testId="classifier-point"
      />
    </Plot>
  );
}
