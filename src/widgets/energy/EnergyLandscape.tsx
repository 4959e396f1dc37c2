import { useEffect, useMemo, useRef } from 'react';
import { createLandscape, landscapeMinimum, landscapePartition, massWithin, planeVerdict } from '../../core';
import { useFrameStats } from '../common/canvas/useFrameStats';
import { Figure } from '../common/frame/Figure';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, figureState, sliderBindings } from '../common/state/stateBindings';
import { useRepairNotices } from '../common/state/useRepairNotices';
import { useWidgetState } from '../common/state/useWidgetState';
import { DensityPanel } from './landscape/DensityPanel';
import { EnergyPanel } from './landscape/EnergyPanel';
import { ExpertEditor } from './landscape/ExpertEditor';
import { encodeExperts } from './landscape/experts';
import { densityPicture, energyPicture, PICTURE_POINTS } from './landscape/model';
import { LANDSCAPE_STRINGS } from './landscape/strings';
import { EXPERT_PARAMS, expertsNotice, useExperts } from './landscape/useExperts';
import { useSettled } from './landscape/useSettled';
import './landscape/landscape.css';

export const LANDSCAPE_PARAMS = {
  ...EXPERT_PARAMS,
  temperature: { kind: 'number', min: 0.05, max: 20, default: 1, scale: 'log', step: 0.05 },
  domain: { kind: 'enum', values: ['box', 'plane'], default: 'box' },
} as const;

/** Radius of the disk around the deepest minimum whose probability is read out (cold vs hot as a number). */
const RADIUS = 0.5;

/** Build a 2-D energy from experts, heat it and cool it; on ℝ² see whether Z exists at all. */
export function EnergyLandscape() {
  const t = useStrings(LANDSCAPE_STRINGS);
  const state = useWidgetState(LANDSCAPE_PARAMS);
  const { temperature: T, domain, preset } = state.values;
  const notices = useRepairNotices(state, () => [expertsNotice(state.values.experts, preset)]);
  const expertEditing = useExperts(state);
  const { experts } = expertEditing;
  // For the benchmark (?bench=1): a drag frame is from the pointer move to the end of the commit that redrew both
  // panels (the panels' canvas effects run before this component's own effect).
  const frameStats = useFrameStats();
  const dragStart = useRef<number | null>(null);
  const editing = useMemo(
    () => ({
      ...expertEditing,
      move: (i: number, x: number, y: number) => {
        dragStart.current = frameStats.begin();
        expertEditing.move(i, x, y);
      },
    }),
    [expertEditing, frameStats],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each commit of new experts
  useEffect(() => {
    if (dragStart.current === null) return;
    frameStats.end(dragStart.current);
    dragStart.current = null;
  }, [experts]);
  // Cheap, per drag frame: the pictures, the minimum and the exact verdict.
  const landscape = useMemo(() => createLandscape(experts), [experts]);
  const energy = useMemo(() => energyPicture(landscape), [landscape]);
  const density = useMemo(() => densityPicture(energy, T), [energy, T]);
  const minimum = useMemo(() => landscapeMinimum(landscape), [landscape]);
  const verdict = useMemo(() => (domain === 'plane' ? planeVerdict(experts) : null), [domain, experts]);
  // Heavy, once the inputs settle: log Z by quadrature and the mass near the minimum.
  const key = `${encodeExperts(experts)}|${T}|${domain}`;
  const settled = useSettled(key, () => {
    const z = landscapePartition(experts, T, domain);
    if (z.kind === 'divergent') return { logZ: null, mass: null };
    return { logZ: z.logZ, mass: massWithin(landscape, T, z.logZ, minimum.x, RADIUS, domain) };
  });
  const diverges = verdict?.kind === 'divergent';
  const show = (v: number | null | undefined, digits: number) =>
    diverges
      ? t.diverges
      : settled.stale || v === undefined
        ? t.stale
        : v === null
          ? t.diverges
          : formatNumber(v, digits);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      {...notices}
      state={figureState(state)}
      controls={
        <>
          <Slider label={t.temperature} {...sliderBindings(state, 'temperature')} />
          <Choice
            label={t.domain}
            options={[
              { value: 'box', label: t.box },
              { value: 'plane', label: t.plane },
            ]}
            {...choiceBindings(state, 'domain')}
          />
          <ExpertEditor editing={editing} preset={preset} testId="landscape-editor" />
        </>
      }
    >
      <div className="landscape-panels">
        <div>
          <p className="landscape-panel__title">{t.energyTitle}</p>
          <EnergyPanel
            energy={energy}
            n={PICTURE_POINTS}
            editing={editing}
            label={t.energyLabel}
            axes={t.axes}
            scaleLabel={t.colourScale}
          />
        </div>
        <div>
          <p className="landscape-panel__title">{t.densityTitle}</p>
          <DensityPanel density={density} verdict={verdict} editing={editing} label={t.densityLabel(T)} />
        </div>
      </div>
      <Readout
        items={[
          { label: t.logZ, value: <span data-testid="landscape-logz">{show(settled.value?.logZ, 5)}</span> },
          { label: t.mass, value: <span data-testid="landscape-mass">{show(settled.value?.mass, 4)}</span> },
          {
            label: t.minimum,
            value: (
              <span data-testid="landscape-minimum">
                {formatNumber(minimum.energy, 4)} {t.at} ({formatNumber(minimum.x[0], 3)},{' '}
                {formatNumber(minimum.x[1], 3)})
              </span>
            ),
          },
        ]}
      />
    </Figure>
  );
}
