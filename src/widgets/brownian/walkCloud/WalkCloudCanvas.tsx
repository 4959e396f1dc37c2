import { type RefObject, useCallback, useRef } from 'react';
import { walkerTime } from '../../../core';
import { DotsCanvas, type DotsScene } from '../../common/canvas/DotsCanvas';
import { drawWalkCloud, stripJitter } from './walkCloudCanvas';
import type { WalkCloudRun } from './walkCloudRun';

/**
 * The canvas of walkers. It paints the live run (the simulation's model) after every render that changes what it
 * shows, and through `repaint` at every animation frame, without a React render.
 */
export function WalkCloudCanvas(props: {
  run: RefObject<WalkCloudRun>;
  repaint: RefObject<() => void>;
  /** The settings' dimension and walker count: they size the canvas. */
  dimension: 1 | 2;
  walkers: number;
  label: string;
  sigmaLabels: (sigma: number) => readonly [string, string];
  legend: readonly [string, string];
}) {
  const { run, sigmaLabels } = props;
  const jitter = useRef<Float64Array>(new Float64Array(0));
  const paint = useCallback(
    (canvas: DotsScene) => {
      const { ensemble, settings } = run.current;
      if (jitter.current.length !== ensemble.count) jitter.current = stripJitter(ensemble.count);
      const D = ensemble.diffusionCoefficient;
      const sigma = Math.sqrt(2 * D * walkerTime(ensemble));
      drawWalkCloud(canvas, {
        positions: ensemble.positions,
        count: ensemble.count,
        dimension: ensemble.dimension,
        jitter: jitter.current,
        sigma,
        sigmaMax: Math.sqrt(2 * D * settings.maxSteps * ensemble.dt),
        labels: sigmaLabels(sigma),
      });
    },
    [run, sigmaLabels],
  );
  return (
    <DotsCanvas
      maxWidth={460}
      aspect={props.dimension === 2 ? 1 : 0.45}
      maxPoints={props.walkers}
      paint={paint}
      repaint={props.repaint}
      label={props.label}
      testId="walkers-canvas"
      className="brownian-canvas"
      legend={{ dots: props.legend[0], marks: props.legend[1] }}
    />
  );
}
