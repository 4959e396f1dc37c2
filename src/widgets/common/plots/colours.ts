/**
 * Okabe–Ito palette: distinguishable under the common colour-vision deficiencies. Plots also vary line style or
 * marker shape where two series must be told apart, so colour is never the only cue.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#737373',
} as const;

/** Colours for roles, as CSS custom properties so dark and projector themes can override them. */
export const ROLE = {
  data: 'var(--plot-data)',
  exact: 'var(--plot-exact)',
  accept: 'var(--plot-accept)',
  reject: 'var(--plot-reject)',
  muted: 'var(--plot-muted)',
  ink: 'var(--ink)',
} as const;
