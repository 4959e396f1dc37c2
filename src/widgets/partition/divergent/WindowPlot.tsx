import { useMemo } from 'react';
import { Area, DASHED, DOTTED, Line, Plot, PlotText, ROLE, Rule } from '../../common/plots';
import { divergentMargins } from './margins';
import { PHI_CEILING, phiSamples } from './model';

export interface WindowPlotProps {
  beta: number;
  halfWidth: number;
  /** Where φ leaves the top of the plot (β < 0), or null when it stays inside over the window. */
  exitAt: number | null;
  /** Words for that point and for how large φ gets, shown under the plot. */
  offScale: string | null;
  edgeLabels: [string, string];
  label: string;
  axes: [string, string];
}

/**
 * φ(x) = e^{−βx²} with the area over [−L, L] shaded, the window's ends as dotted rules, and φ outside the window
 * dashed. The y-axis is fixed at [0, 2.5] for every β, so a bell (β > 0), a flat line (β = 0) and a curve that
 * climbs out of the plot (β < 0) are drawn to the same scale; values above the top are clamped there, never drawn
 * as overflowed numbers.
 */
export function WindowPlot(props: WindowPlotProps) {
  const { beta, halfWidth, axes } = props;
  // At least ±3 on screen, so a narrow window still shows the bell it cuts off.
  const extent = Math.max(1.25 * halfWidth, 3);
  const x = useMemo(() => ({ domain: [-extent, extent] as const, ticks: 7, label: axes[0] }), [extent, axes]);
  const y = useMemo(() => ({ domain: [0, PHI_CEILING] as const, ticks: 5, label: axes[1] }), [axes]);
  const { inside, outsideLeft, outsideRight } = useMemo(() => {
    const xs = Array.from(phiSamples(beta, halfWidth, extent));
    return {
      inside: xs.filter((v) => Math.abs(v) <= halfWidth),
      outsideLeft: xs.filter((v) => v <= -halfWidth),
      outsideRight: xs.filter((v) => v >= halfWidth),
    };
  }, [beta, halfWidth, extent]);
  // Clamped a little above the top: the clip path cuts it at the frame, and e^{+800} = ∞ never reaches the path.
  const phi = (v: number) => Math.min(Math.exp(-beta * v * v), 2 * PHI_CEILING);
  const at = (v: number) => v;
  return (
    <>
      <Plot
        x={x}
        y={y}
        height={240}
        projectorHeight={380}
        margins={divergentMargins}
        label={props.label}
        testId="divergent-plot"
      >
        <Area data={inside} x={at} y1={phi} testId="divergent-area-shade" />
        <Line data={outsideLeft} x={at} y={phi} colour={ROLE.muted} dash={DASHED} />
        <Line data={outsideRight} x={at} y={phi} colour={ROLE.muted} dash={DASHED} />
        <Line data={inside} x={at} y={phi} width={2} testId="divergent-curve" />
        <Rule x={-halfWidth} colour={ROLE.ink} dash={DOTTED} />
        <Rule x={halfWidth} colour={ROLE.ink} dash={DOTTED} />
        <PlotText x={-halfWidth} y={0} dx={4} dy={-6} anchor="start">
          {props.edgeLabels[0]}
        </PlotText>
        <PlotText x={halfWidth} y={0} dx={-4} dy={-6} anchor="end">
          {props.edgeLabels[1]}
        </PlotText>
        {props.exitAt !== null && (
          <>
            {/* Arrows where φ leaves through the top; the sentence under the plot says how far it goes. */}
            <PlotText x={-props.exitAt} y={PHI_CEILING} dx={-4} dy={14} anchor="end">
              ↑
            </PlotText>
            <PlotText x={props.exitAt} y={PHI_CEILING} dx={4} dy={14} anchor="start">
              ↑
            </PlotText>
          </>
        )}
      </Plot>
      {props.offScale && (
        <p className="partition-note" data-testid="divergent-offscale">
          {props.offScale}
        </p>
      )}
    </>
  );
}
