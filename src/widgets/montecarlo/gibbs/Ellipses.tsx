import { useMemo } from 'react';
import { correlatedGaussianEllipse } from '../../../core';
import { DASHED, Line, ROLE } from '../../common/plots';

/** The exact 1σ (solid) and 2σ (dashed) ellipses of the standard bivariate normal with correlation ρ. */
export function Ellipses({ rho }: { rho: number }) {
  const one = useMemo(() => outline(rho, 1), [rho]);
  const two = useMemo(() => outline(rho, 2), [rho]);
  return (
    <>
      <Line
        data={one}
        x={(p) => p[0]}
        y={(p) => p[1]}
        colour={ROLE.exact}
        width={2}
        testId="gibbs-ellipse-1"
      />
      <Line data={two} x={(p) => p[0]} y={(p) => p[1]} colour={ROLE.exact} width={2} dash={DASHED} />
    </>
  );
}

/** The core gives the ellipse as interleaved x, y pairs; a line mark wants points. */
function outline(rho: number, radius: number): [number, number][] {
  const pts = correlatedGaussianEllipse(rho, radius);
  const points: [number, number][] = [];
  for (let k = 0; k < pts.length / 2; k++) points.push([pts[2 * k], pts[2 * k + 1]]);
  return points;
}
