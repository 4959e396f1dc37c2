import type { RefObject } from 'react';
import { type PlaneCloud, PlaneDotsCanvas } from '../../common/canvas/PlaneDotsCanvas';
import { ASCENT_PARTICLES, type AscentRun, BOX, NEAR_MODE } from './model';

/** Drawing only: the climbing particles on the same [−3, 3]² as the map, and a dashed circle of 0.3 at each mode. */
export function AscentCanvas(props: {
  run: RefObject<AscentRun>;
  repaint: RefObject<() => void>;
  /** A new run (other mixture, other seed): the repaint trigger, since the particles move in place. */
  runKey: unknown;
  label: string;
  legend: { dots: string; marks: string };
  title: string;
}) {
  const { run } = props;
  // Read at paint time: the run is rebuilt (new mixture, new seed) after the render that asked for it.
  const cloud = (): PlaneCloud | null => {
    const model = run.current;
    if (!model) return null;
    const circles: [number, number, number][] = [];
    for (let m = 0; m < model.modes.length; m += 2)
      circles.push([model.modes[m], model.modes[m + 1], NEAR_MODE]);
    return { points: model.points, circles };
  };
  return (
    <div>
      <p className="score-field__panel-title">{props.title}</p>
      <PlaneDotsCanvas
        range={[BOX.xMin, BOX.xMax]}
        cloud={cloud}
        repaint={props.repaint}
        paintKey={props.runKey}
        maxPoints={ASCENT_PARTICLES}
        label={props.label}
        legend={props.legend}
        testId="score-ascent"
        className="score-field__canvas"
      />
    </div>
  );
}
