import { useCallback } from 'react';
import { DotsCanvas, type DotsScene } from '../../common/canvas/DotsCanvas';
import { drawSigmaRings } from '../../common/canvas/sigmaRings';
import type { DissolveCloud } from './model';

/** The scatter shows [−VIEW, VIEW]² in standardised units; N(0, I) puts 99.97 % of its mass inside ±3.5 per axis. */
const VIEW = 3.5;

/** Drawing only: the noised cloud x_t on a fixed ±3.5 view, with the 1σ and 2σ circles of N(0, I). */
export function DissolveCanvas(props: {
  cloud: DissolveCloud;
  /** The ᾱ the cloud's x_t was noised to: x_t is rewritten in place, so this is what says the picture changed. */
  alphaBar: number;
  label: string;
  sigmaLabels: readonly [string, string];
  legend: readonly [string, string];
}) {
  const { cloud, alphaBar, sigmaLabels } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: alphaBar is the repaint trigger (x_t changes in place)
  const paint = useCallback(
    ({ context, dots, width, colours, fontPx }: DotsScene) => {
      const scale = width / (2 * VIEW);
      const c = width / 2;
      dots.add(cloud.xt, cloud.xt, cloud.count, 2, 0, 1, { x0: c, sx: scale, y0: c, sy: -scale });
      dots.draw(context);
      drawSigmaRings(context, { cx: c, cy: c, sigmaPx: scale, width, labels: sigmaLabels, colours, fontPx });
    },
    [cloud, alphaBar, sigmaLabels],
  );
  return (
    <DotsCanvas
      maxWidth={440}
      aspect={1}
      maxPoints={cloud.count}
      paint={paint}
      label={props.label}
      testId="dissolve-canvas"
      className="brownian-canvas"
      legend={{ dots: props.legend[0], marks: props.legend[1] }}
    />
  );
}
