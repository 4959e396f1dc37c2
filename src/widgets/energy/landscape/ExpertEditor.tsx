import { useState } from 'react';
import { EXPERT_KINDS, type ExpertKind, STRENGTH_RANGE } from '../../../core';
import { Choice, Slider } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import { MAX_EXPERTS, PRESETS, type PresetName } from './experts';
import { EDITOR_STRINGS } from './strings';
import type { ExpertEditing } from './useExperts';

/** The list of experts (select, Remove), the selected one's strength and angle, Add with a kind, and the presets. */
export function ExpertEditor(props: { editing: ExpertEditing; preset: PresetName; testId: string }) {
  const t = useStrings(EDITOR_STRINGS);
  const { experts, selected, select, update, remove, add, pickPreset } = props.editing;
  const [kind, setKind] = useState<ExpertKind>('dip');
  const current = experts[selected];
  const range = current ? STRENGTH_RANGE[current.kind] : undefined;
  const lined = current && (current.kind === 'wall' || current.kind === 'half-plane');
  return (
    <div className="landscape-editor" data-testid={props.testId}>
      <Choice
        label={t.preset}
        value={props.preset}
        options={PRESETS.map((p) => ({ value: p, label: t.presets[p] }))}
        onChange={pickPreset}
        param="preset"
      />
      {experts.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="landscape-table">
          <caption className="visually-hidden">{t.experts}</caption>
          <thead>
            <tr>
              <th scope="col">{t.number}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.position}</th>
              <th scope="col">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {experts.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: experts are identified by their number
              <tr key={i}>
                <td>
                  <button
                    type="button"
                    aria-pressed={i === selected}
                    aria-label={t.select(i + 1)}
                    onClick={() => select(i)}
                  >
                    {i + 1}
                  </button>
                </td>
                <td>{t.kinds[e.kind]}</td>
                <td>
                  ({formatNumber(e.c[0], 3)}, {formatNumber(e.c[1], 3)})
                </td>
                <td>
                  <button type="button" onClick={() => remove(i)} aria-label={`${t.remove} ${i + 1}`}>
                    {t.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {current && range && (
        <Slider
          label={`${t.selected(selected + 1)}: ${t.strength[current.kind]}`}
          value={current.strength}
          min={range.min}
          max={range.max}
          scale="log"
          step={0.05}
          param="strength"
          onChange={(strength) => update(selected, { strength })}
        />
      )}
      {lined && (
        <Slider
          label={`${t.selected(selected + 1)}: ${t.angle}`}
          value={Math.round((current.angle * 180) / Math.PI)}
          min={-180}
          max={180}
          step={5}
          unit="°"
          integer
          param="angle"
          onChange={(deg) => update(selected, { angle: (deg * Math.PI) / 180 })}
        />
      )}
      <Choice
        label={t.addKind}
        value={kind}
        options={EXPERT_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
        onChange={setKind}
      />
      <button type="button" disabled={experts.length >= MAX_EXPERTS} onClick={() => add(kind)}>
        {t.add}
      </button>
    </div>
  );
}
