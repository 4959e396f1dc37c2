import {
  EXPERT_KINDS,
  type ExpertKind,
  LANDSCAPE_BOX,
  type LandscapeExpert,
  STRENGTH_RANGE,
} from '../../../core';

/** The editor's limits: at most MAX_EXPERTS experts, handles on the box. */
export const MAX_EXPERTS = 6;

export const PRESETS = ['two-wells', 'ridge', 'corner', 'three-wells'] as const;
export type PresetName = (typeof PRESETS)[number];

const deg = Math.PI / 180;
const make = (kind: ExpertKind, c: [number, number], strength: number, angleDeg = 0): LandscapeExpert => ({
  kind,
  c,
  strength,
  angle: angleDeg * deg,
});

/** The presets: a broad bowl with a dip; one wall alone (Z = ∞ on ℝ²); a corner of two half-planes with a dip;
 * three dips of equal depth in a bowl (at low T the mass splits between them). */
export const PRESET_EXPERTS: Record<PresetName, readonly LandscapeExpert[]> = {
  'two-wells': [make('bowl', [-1, -0.5], 1.2), make('dip', [1.3, 1], 3)],
  ridge: [make('wall', [0, 0], 1, 30)],
  corner: [make('half-plane', [1, 0], 2, 0), make('half-plane', [0, 1], 2, 90), make('dip', [-0.5, -0.5], 3)],
  'three-wells': [
    make('bowl', [0, 0], 2),
    make('dip', [-1.5, -1], 3),
    make('dip', [1.5, -1], 3),
    make('dip', [0, 1.5], 3),
  ],
};

const KIND_LETTER: Record<ExpertKind, string> = { bowl: 'b', dip: 'd', wall: 'w', 'half-plane': 'h' };

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** "b:-1,-0.5,1.2,0;d:1.3,1,3,0": kind letter, c₁, c₂, strength, angle in degrees, per expert ("none": no expert). */
export function encodeExperts(experts: readonly LandscapeExpert[]): string {
  return experts
    .map(
      (e) =>
        `${KIND_LETTER[e.kind]}:${round(e.c[0], 2)},${round(e.c[1], 2)},${round(e.strength, 3)},${round(e.angle / deg, 1)}`,
    )
    .join(';');
}

/** The experts a URL string describes, or null when any part of it is unusable (the caller falls back). */
export function decodeExperts(text: string): LandscapeExpert[] | null {
  if (text === '' || text === 'none') return [];
  const parts = text.split(';');
  if (parts.length > MAX_EXPERTS) return null;
  const experts: LandscapeExpert[] = [];
  for (const part of parts) {
    const match = /^([bdwh]):(.*)$/.exec(part);
    if (!match) return null;
    const kind = EXPERT_KINDS.find((k) => KIND_LETTER[k] === match[1]) as ExpertKind;
    const numbers = match[2]
      .split(',')
      .map((s) => (/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(s) ? Number(s) : Number.NaN));
    if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return null;
    const [x, y, strength, angle] = numbers;
    const range = STRENGTH_RANGE[kind];
    if (Math.abs(x) > LANDSCAPE_BOX || Math.abs(y) > LANDSCAPE_BOX) return null;
    if (strength < range.min || strength > range.max || Math.abs(angle) > 360) return null;
    experts.push(make(kind, [x, y], strength, angle));
  }
  return experts;
}

/** Clamp a dragged position to the box, rounded to 0.01 (what the URL keeps). */
export function clampToBox(x: number, y: number): [number, number] {
  const c = (v: number) => round(Math.min(LANDSCAPE_BOX, Math.max(-LANDSCAPE_BOX, v)), 2);
  return [c(x), c(y)];
}

/** A new expert of a kind, placed at the first free spot of a small ring (so it does not hide an old handle). */
export function newExpert(kind: ExpertKind, count: number): LandscapeExpert {
  const a = (count * 2.4) % (2 * Math.PI);
  return make(
    kind,
    clampToBox(1.5 * Math.cos(a), 1.5 * Math.sin(a)),
    STRENGTH_RANGE[kind].default,
    kind === 'half-plane' ? 45 : 0,
  );
}
