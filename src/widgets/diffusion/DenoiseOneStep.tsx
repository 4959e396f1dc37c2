import { useCallback, useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { ROLE } from '../common/plots';
import { ProbabilityBars } from '../common/plots/ProbabilityBars';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { DenoisePlane } from './denoise/DenoisePlane';
import { alphaBarOf, DENOISE_PARAMS, denoise, denoiseData, drawNoisedPoint, TOP } from './denoise/model';
import { DENOISE_STRINGS } from './denoise/strings';
import './denoise/denoise.css';

export { DENOISE_PARAMS };

const BAR_COLOURS = Array.from({ length: TOP }, () => ROLE.data);
/** Dragged positions go to the URL rounded, so a link stays short and restores exactly what it shows. */
const tidy = (v: number) => Number(v.toFixed(3));

/**
 * One step of denoising on a handful of data points: the posterior over the points given a noised x_t, and
 * Tweedie's estimate E[x₀ | x_t], both exact (the data are a mixture of narrow Gaussians). Nothing runs in time: the
 * figure is a function of its settings, and "draw" takes its noise from the seed and the draw's number.
 */
export function DenoiseOneStep() {
  const t = useStrings(DENOISE_STRINGS);
  const state = useWidgetState(DENOISE_PARAMS);
  const { shape, noise, xt, yt, source, draws, seed } = state.values;
  const alphaBar = alphaBarOf(noise);
  const data = useMemo(() => denoiseData(shape, seed), [shape, seed]);
  const result = useMemo(() => denoise(data, xt, yt, alphaBar), [data, xt, yt, alphaBar]);
  const position = useMemo(() => [xt, yt] as const, [xt, yt]);

  const { set } = state;
  const moveXt = useCallback(
    (x: number, y: number) => {
      set('xt', tidy(x));
      set('yt', tidy(y));
      set('source', -1);
    },
    [set],
  );
  const drawPoint = () => {
    const next = drawNoisedPoint(data, alphaBar, seed, draws);
    set('draws', draws + 1);
    set('xt', next.x);
    set('yt', next.y);
    set('source', next.source);
  };

  const [ex, ey] = result.estimate;
  const estimateText = `(${formatNumber(ex, 3)}, ${formatNumber(ey, 3)})`;
  const effectiveText = formatNumber(result.effective, 3);
  const names = result.top.map((k) => t.pointName(k + 1));
  const topWeights = result.top.map((k) => result.weights[k]);
  const barsList = names.map((name, i) => `${name} ${topWeights[i].toFixed(3)}`).join(', ');

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.shape}
            options={DENOISE_PARAMS.shape.values.map((value) => ({ value, label: t.shapes[value] }))}
            {...choiceBindings(state, 'shape')}
          />
          <Slider label={t.noise} format={(v) => formatNumber(v, 2)} {...sliderBindings(state, 'noise')} />
          <button type="button" onClick={drawPoint} data-testid="denoise-draw">
            {t.draw}
          </button>
        </>
      }
    >
      <TwoColumns
        left={
          <DenoisePlane
            data={data}
            alphaBar={alphaBar}
            result={result}
            xt={position}
            source={source}
            onMove={moveXt}
            handleLabel={t.handle(formatNumber(xt, 3), formatNumber(yt, 3))}
            label={t.planeLabel(
              formatNumber(noise, 2),
              formatNumber(ex, 3),
              formatNumber(ey, 3),
              effectiveText,
            )}
            axes={t.axes}
            legend={[t.legend.points, t.legend.estimate, t.legend.mean, t.legend.source, t.legend.shading]}
          />
        }
        right={
          <div className="denoise__side">
            <ProbabilityBars
              values={topWeights}
              names={names}
              colours={BAR_COLOURS}
              label={t.barsLabel(barsList)}
              axes={t.barsAxes}
              height={200}
              testId="denoise-bars"
            />
            <Readout
              items={[
                {
                  label: t.alphaBar,
                  value: <span data-testid="denoise-alpha-bar">{formatNumber(alphaBar, 4)}</span>,
                },
                { label: t.estimate, value: <span data-testid="denoise-estimate-text">{estimateText}</span> },
                {
                  label: t.effective,
                  value: (
                    <span data-testid="denoise-effective" data-value={result.effective}>
                      {`${effectiveText} / ${result.weights.length}`}
                    </span>
                  ),
                },
                {
                  label: t.toNearest(result.nearest + 1),
                  value: <span data-testid="denoise-to-nearest">{formatNumber(result.toNearest, 3)}</span>,
                },
                {
                  label: t.toMean,
                  value: <span data-testid="denoise-to-mean">{formatNumber(result.toMean, 3)}</span>,
                },
                {
                  label: t.source,
                  value: (
                    <span data-testid="denoise-source-text">
                      {source >= 0 ? t.pointName(source + 1) : t.byHand}
                    </span>
                  ),
                },
              ]}
            />
            <p className="denoise__regime" data-testid="denoise-regime">
              {t.regime(result.effective)}
            </p>
          </div>
        }
      />
    </Figure>
  );
}
