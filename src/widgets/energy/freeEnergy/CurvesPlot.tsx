import { memo, useMemo } from 'react';
import {
  Area,
  DASHED,
  DOTTED,
  Legend,
  Line,
  PALETTE,
  Plot,
  PlotText,
  ROLE,
  Rule,
  stackedHeights,
} from '../../common/plots';
import type { FreeEnergyView } from './model';
import { X_DOMAIN } from './model';

/** One colour AND one dash per latent value, so the three curves are told apart without colour. */
export const COMPONENT_STYLES = [
  { colour: PALETTE.blue, dash: DASHED, glyph: 'dashed' },
  { colour: PALETTE.orange, dash: DOTTED, glyph: 'dotted' },
  { colour: PALETTE.green, dash: '10 3 2 3', glyph: 'line-dot' },
] as const;

const Y_DOMAIN = [-4.5, 8] as const;

/** The three energies E(x, h), the free energy F(x) bold, and the soft-minimum band [min E − log 3, min E]. */
function CurvesPlotView(props: {
  view: FreeEnergyView;
  probe: number;
  label: string;
  axes: [string, string];
  curveName: (h: number) => string;
  freeName: string;
  bandName: string;
}) {
  const { view } = props;
  const x = useMemo(() => ({ domain: X_DOMAIN, ticks: 11, label: props.axes[0] }), [props.axes]);
  const y = useMemo(() => ({ domain: Y_DOMAIN, ticks: 6, label: props.axes[1] }), [props.axes]);
  const index = Array.from(view.xs.keys());
  const log3 = Math.log(3);
  return (
    <>
      <Plot x={x} y={y} {...stackedHeights(280)} label={props.label} testId="free-energy-curves">
        <Area
          data={index}
          x={(k) => view.xs[k]}
          y0={(k) => view.minE[k] - log3}
          y1={(k) => view.minE[k]}
          colour={ROLE.muted}
          opacity={0.25}
        />
        {COMPONENT_STYLES.map((style, h) => (
          <Line
            key={style.colour}
            data={index}
            x={(k) => view.xs[k]}
            y={(k) => view.energies[h][k]}
            colour={style.colour}
            dash={style.dash}
            width={2}
            testId={`free-energy-component-${h}`}
          />
        ))}
        <Line
          data={index}
          x={(k) => view.xs[k]}
          y={(k) => view.free[k]}
          colour={ROLE.ink}
          width={3.5}
          testId="free-energy-f"
        />
        {view.model.means.map((mu, h) => (
          <PlotText
            key={mu}
            x={mu}
            y={Math.min(Y_DOMAIN[1] - 0.6, view.model.offsets[h] + 1.2)}
            anchor="middle"
          >
            {props.curveName(h)}
          </PlotText>
        ))}
        <Rule x={props.probe} colour={ROLE.muted} />
      </Plot>
      <Legend
        items={[
          ...COMPONENT_STYLES.map((style, h) => ({
            label: `E(x, ${props.curveName(h)})`,
            glyph: style.glyph,
            colour: style.colour,
          })),
          { label: props.freeName, glyph: 'line', colour: ROLE.ink },
          { label: props.bandName, glyph: 'area', colour: ROLE.muted },
        ]}
      />
    </>
  );
}

export const CurvesPlot = memo(CurvesPlotView);
