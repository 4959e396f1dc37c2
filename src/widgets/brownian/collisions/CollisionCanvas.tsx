import { type RefObject, useCallback } from 'react';
import { DotsCanvas, type DotsScene } from '../../common/canvas/DotsCanvas';
import { parseHexColour } from '../../common/canvas/densityDots';
import { useFigure } from '../../common/frame/FigureContext';
import { Legend, ROLE } from '../../common/plots';
import { drawCollisionBox } from './drawCollisionBox';
import { COLLISIONS_PARAMS, type CollisionRun, copyTrail } from './model';

/** Molecules hardly ever share a cell: a high gain makes a single molecule clearly visible. */
const MOLECULE_GAIN = 2.5;

/**
 * The box on a square canvas (larger in projector mode). `repaint` is set to a function that paints the current
 * run at once, for the simulation's frames; the canvas also repaints itself on a resize or a change of theme.
 */
export function CollisionCanvas(props: {
  run: RefObject<CollisionRun>;
  repaint: RefObject<() => void>;
  label: string;
  legend: [string, string, string];
}) {
  const { run } = props;
  const { projector } = useFigure();
  const paint = useCallback(
    (scene: DotsScene) => paintRun(scene, run.current, projector ? 1.6 : 1),
    [run, projector],
  );
  const [molecules, grain, trail] = props.legend;
  return (
    <DotsCanvas
      maxWidth={480}
      aspect={1}
      maxPoints={COLLISIONS_PARAMS.molecules.max}
      opacityGain={MOLECULE_GAIN}
      paint={paint}
      repaint={props.repaint}
      label={props.label}
      testId="collisions-canvas"
      className="brownian-canvas"
    >
      <Legend
        className="brownian-legend"
        items={[
          { label: molecules, glyph: 'speck', colour: ROLE.muted },
          { label: grain, glyph: 'disc', colour: ROLE.data },
          { label: trail, glyph: 'trail', colour: ROLE.exact },
        ]}
      />
    </DotsCanvas>
  );
}

function paintRun(scene: DotsScene, run: CollisionRun, lineScale: number): void {
  const { context, dots, width, colours } = scene;
  const { model } = run;
  const moleculeRgb = parseHexColour(colours.muted, [138, 138, 138]);
  dots.setColour(moleculeRgb);
  const trail = copyTrail(run);
  drawCollisionBox(
    context,
    dots,
    width,
    {
      boxSize: model.boxSize,
      moleculeX: model.moleculeX,
      moleculeY: model.moleculeY,
      moleculeCount: model.moleculeCount,
      grainX: model.grainX,
      grainY: model.grainY,
      grainRadius: model.grainRadius,
      trailX: trail.x,
      trailY: trail.y,
      trailCount: trail.count,
    },
    { molecules: moleculeRgb, grain: colours.data, trail: colours.exact, ink: colours.ink },
    lineScale,
  );
}
