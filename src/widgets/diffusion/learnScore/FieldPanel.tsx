import { memo, useMemo } from 'react';
import { type AxisSpec, Plot, Points, ROLE } from '../../common/plots';
import { ArrowField } from '../common/ArrowField';
import { FIELD_BOX, FIELD_GRID } from './model';

/** Drawing only: a score field's arrows over the data points (grey dots), on the canvases' view. */
export const FieldPanel = memo(function FieldPanel(props: {
  title: string;
  field: Float64Array;
  data: Float64Array;
  scale: number;
  label: string;
  axes: [string, string];
  testId: string;
}) {
  const { axes } = props;
  const x = useMemo<AxisSpec>(
    () => ({ domain: [FIELD_BOX.xMin, FIELD_BOX.xMax], ticks: 5, label: axes[0] }),
    [axes],
  );
  const y = useMemo<AxisSpec>(
    () => ({ domain: [FIELD_BOX.yMin, FIELD_BOX.yMax], ticks: 5, label: axes[1] }),
    [axes],
  );
  const points = useMemo(() => Array.from({ length: props.data.length >> 1 }, (_, i) => i), [props.data]);
  const data = props.data;
  return (
    <div>
      <p className="learn-score__panel-title">{props.title}</p>
      <Plot x={x} y={y} height={300} square label={props.label} testId={props.testId}>
        <Points
          data={points}
          x={(i) => data[2 * i]}
          y={(i) => data[2 * i + 1]}
          radius={1.6}
          colour={ROLE.muted}
          opacity={0.7}
        />
        <ArrowField
          field={props.field}
          box={FIELD_BOX}
          n={FIELD_GRID}
          scale={props.scale}
          testId={`${props.testId}-arrows`}
        />
      </Plot>
    </div>
  );
});
