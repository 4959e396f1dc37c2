import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Toggle } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { HeatMap } from '../common/plots/HeatMap';
import { noticeBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { ExpertPanels } from './productOfExperts/ExpertPanels';
import {
  EXPERT_COUNT,
  expertGrids,
  PRESET_EXPERTS,
  PRESETS,
  type Preset,
  productView,
} from './productOfExperts/model';
import { PRODUCT_STRINGS } from './productOfExperts/strings';
import './productOfExperts/productOfExperts.css';
import './productOfExperts/note.css';

const on = (k: number) => PRESET_EXPERTS.polygon.on[k];

/** Parameter table: the preset (which six experts) and one checkbox per expert (defaults: the triangle). */
export const PRODUCT_PARAMS = {
  preset: { kind: 'enum', values: PRESETS, default: 'polygon' },
  expert1: { kind: 'boolean', default: on(0) },
  expert2: { kind: 'boolean', default: on(1) },
  expert3: { kind: 'boolean', default: on(2) },
  expert4: { kind: 'boolean', default: on(3) },
  expert5: { kind: 'boolean', default: on(4) },
  expert6: { kind: 'boolean', default: on(5) },
} as const;

const EXPERT_PARAMS = ['expert1', 'expert2', 'expert3', 'expert4', 'expert5', 'expert6'] as const;
/** The energy map in Okabe–Ito orange, so it is not mistaken for the (sky-blue) density beside it. */
const ORANGE = [230, 159, 0] as const;
const percent = (f: number) => `${formatNumber(100 * f, 3)} %`;

/** Chapter 4: toggle 1-D experts on projections and watch their product carve a 2-D shape none of them has. */
export function ProductOfExperts() {
  const t = useStrings(PRODUCT_STRINGS);
  const state = useWidgetState(PRODUCT_PARAMS);
  const preset = state.values.preset as Preset;
  const flags = EXPERT_PARAMS.map((name) => state.values[name]);
  const flagKey = flags.map((f) => (f ? 1 : 0)).join('');
  const grids = useMemo(() => expertGrids(preset), [preset]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: flagKey stands for the six flags
  const product = useMemo(() => productView(preset, flags, grids), [preset, flagKey, grids]);
  const expertText = (k: number) => {
    const expert = grids.views[k].expert;
    return {
      shape: t.shapes[expert.shape],
      short: t.shortShapes[expert.shape],
      direction: t.direction(formatNumber(expert.angle, 3)),
    };
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: flagKey stands for the six flags
  const views = useMemo(() => grids.views.map((v, k) => ({ ...v, on: flags[k] })), [grids, flagKey]);
  const choosePreset = (next: Preset) => {
    state.set('preset', next);
    EXPERT_PARAMS.forEach((name, k) => {
      state.set(name, PRESET_EXPERTS[next].on[k]);
    });
  };
  const logZText = formatNumber(product.logZ, 6);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          <Choice
            label={t.preset}
            options={PRESETS.map((value) => ({ value, label: t.presets[value] }))}
            value={preset}
            param="preset"
            onChange={choosePreset}
          />
          {EXPERT_PARAMS.slice(0, EXPERT_COUNT).map((name, k) => {
            const { shape, direction } = expertText(k);
            return (
              <Toggle
                key={name}
                label={t.expertLabel(k + 1, shape, direction)}
                checked={flags[k]}
                param={name}
                onChange={(checked) => state.set(name, checked)}
              />
            );
          })}
        </>
      }
    >
      <TwoColumns
        minWidth={640}
        left={
          <>
            <p className="energy-note">{t.productTitle}</p>
            <HeatMap
              grid={product.density}
              height={340}
              axes={t.axes}
              label={t.productLabel(product.activeCount, logZText)}
              testId="product-density"
            />
          </>
        }
        right={
          <>
            <p className="energy-note">{t.sumTitle}</p>
            <HeatMap
              grid={product.energy}
              rgb={ORANGE}
              height={340}
              axes={t.axes}
              contourLines={product.energy.max > 0}
              label={t.sumLabel(product.activeCount)}
              testId="product-energy"
            />
          </>
        }
      />
      <p className="energy-note">{t.panelsTitle}</p>
      <ExpertPanels
        views={views}
        describe={expertText}
        panelLabel={t.panelLabel}
        expertName={t.expert}
        off={t.off}
      />
      <Readout
        items={[
          { label: t.logZ, value: <span data-testid="product-logz">{logZText}</span> },
          {
            label: t.area,
            value: (
              <>
                <span data-testid="product-area">{t.areaProduct(percent(product.area90))}</span>
                {product.widest && product.activeCount > 1 && (
                  <>
                    {'; '}
                    <span data-testid="product-area-widest">
                      {t.areaWidest(percent(product.widest.area90), product.widest.index + 1)}
                    </span>
                  </>
                )}
              </>
            ),
          },
        ]}
      />
      {product.activeCount === 0 && (
        <p className="energy-note" data-testid="product-none">
          {t.noneOn}
        </p>
      )}
      {product.activeCount === 1 && <p className="energy-note">{t.oneOn}</p>}
    </Figure>
  );
}
