import { useCallback, useMemo, useState } from 'react';
import type { ExpertKind, LandscapeExpert } from '../../../core';
import type { ParamNotice } from '../../common/state/urlParams';
import {
  clampToBox,
  decodeExperts,
  encodeExperts,
  MAX_EXPERTS,
  newExpert,
  PRESET_EXPERTS,
  type PresetName,
} from './experts';

/** The URL parameters of an expert editor: the preset, and the experts as one compact string ('' = the preset's). */
export const EXPERT_PARAMS = {
  preset: { kind: 'enum', values: ['two-wells', 'ridge', 'corner', 'three-wells'], default: 'two-wells' },
  experts: { kind: 'string', maxLength: 400, default: '' },
} as const;

interface ExpertState {
  values: { preset: PresetName; experts: string };
  set(name: 'preset', value: PresetName): void;
  set(name: 'experts', value: string): void;
}

export interface ExpertEditing {
  experts: readonly LandscapeExpert[];
  selected: number;
  select(i: number): void;
  move(i: number, x: number, y: number): void;
  update(i: number, change: Partial<Pick<LandscapeExpert, 'strength' | 'angle'>>): void;
  remove(i: number): void;
  add(kind: ExpertKind): void;
  pickPreset(preset: PresetName): void;
}

/** The notice for an experts string the link gave that could not be used (the preset is used instead). */
export function expertsNotice(text: string, preset: PresetName): ParamNotice | undefined {
  if (decodeExperts(text) !== null) return undefined;
  return {
    param: 'experts',
    raw: text.length > 40 ? `${text.slice(0, 37)}…` : text,
    used: preset,
    reason: 'bad-entries',
  };
}

/** The experts of an editor, read from and written to the URL string; the selected one is local. */
export function useExperts(state: ExpertState): ExpertEditing {
  const { preset, experts: text } = state.values;
  const experts = useMemo(
    () => (text === '' ? PRESET_EXPERTS[preset] : (decodeExperts(text) ?? PRESET_EXPERTS[preset])),
    [text, preset],
  );
  const [selected, setSelected] = useState(0);
  const write = useCallback(
    (next: readonly LandscapeExpert[]) =>
      state.set('experts', next.length === 0 ? 'none' : encodeExperts(next)),
    [state],
  );
  return {
    experts,
    selected: Math.min(selected, Math.max(0, experts.length - 1)),
    select: setSelected,
    move: (i, x, y) => write(experts.map((e, k) => (k === i ? { ...e, c: clampToBox(x, y) } : e))),
    update: (i, change) => write(experts.map((e, k) => (k === i ? { ...e, ...change } : e))),
    remove: (i) => write(experts.filter((_, k) => k !== i)),
    add: (kind) => {
      if (experts.length >= MAX_EXPERTS) return;
      write([...experts, newExpert(kind, experts.length)]);
      setSelected(experts.length);
    },
    pickPreset: (next) => {
      state.set('preset', next);
      state.set('experts', '');
      setSelected(0);
    },
  };
}
