/**
 * An energy that classifies (chapter 4, energy-based learning): one energy per label y for a point x of the plane,
 *   E(x, y) = |x − m_y|² / (2 s²) + β_y     (prototype m_y, width s, offset β_y).
 * The decision is argmin_y E(x, y); the label distribution at temperature T is a Boltzmann distribution over labels,
 *   p(y | x) = e^{−E(x, y)/T} / Σ_{y'} e^{−E(x, y')/T},
 * whose normaliser Z(x) is a sum of K terms — always cheap, unlike a Z over x.
 */

import { logSumExp } from '../stats/logSumExp';

export interface PrototypeClassifier {
  prototypes: readonly (readonly [number, number])[];
  /** s > 0. */
  width: number;
  /** β_y, one per prototype. */
  offsets: readonly number[];
}

/** E(x, y) for every label y at the point (px, py). */
export function labelEnergies(model: PrototypeClassifier, px: number, py: number): Float64Array {
  const { prototypes, width, offsets } = model;
  if (!(width > 0)) throw new RangeError(`width must be > 0, got ${width}`);
  if (prototypes.length !== offsets.length) throw new RangeError('one offset per prototype');
  const scale = 1 / (2 * width * width);
  return Float64Array.from(prototypes, ([mx, my], y) => {
    const dx = px - mx;
    const dy = py - my;
    return (dx * dx + dy * dy) * scale + offsets[y];
  });
}

/** p(y | x) = softmax(−E/T), by log-sum-exp: finite for any finite energies and any T > 0. */
export function labelPosterior(energies: ArrayLike<number>, temperature: number): Float64Array {
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`temperature must be finite and > 0, got ${temperature}`);
  }
  // Shift by the lowest energy first: the best label's logit is exactly 0, so no rounding of large energies remains.
  let lowest = Number.POSITIVE_INFINITY;
  for (let y = 0; y < energies.length; y++) if (energies[y] < lowest) lowest = energies[y];
  const logits = Float64Array.from(energies, (e) => -(e - lowest) / temperature);
  const logZ = logSumExp(logits);
  return logits.map((l) => Math.exp(l - logZ));
}

/** argmin_y E(x, y) (the first label on a tie). */
export function decideLabel(energies: ArrayLike<number>): number {
  let best = 0;
  for (let y = 1; y < energies.length; y++) if (energies[y] < energies[best]) best = y;
  return best;
}

export interface LabelGrid {
  /** argmin label at each of n × n points of the box, ends included, row j from the bottom (index j·n + i). */
  labels: Uint8Array;
  /** max_y p(y | x) at each point, at the given temperature: how sure the classifier is there. */
  confidence: Float64Array;
  n: number;
}

/** The decision regions and the confidence on a grid over [xMin, xMax] × [yMin, yMax]. */
export function labelGrid(
  model: PrototypeClassifier,
  box: { xMin: number; xMax: number; yMin: number; yMax: number },
  n: number,
  temperature: number,
): LabelGrid {
  const labels = new Uint8Array(n * n);
  const confidence = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = box.yMin + ((box.yMax - box.yMin) * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const x = box.xMin + ((box.xMax - box.xMin) * i) / (n - 1);
      const energies = labelEnergies(model, x, y);
      const label = decideLabel(energies);
      labels[j * n + i] = label;
      confidence[j * n + i] = labelPosterior(energies, temperature)[label];
    }
  }
  return { labels, confidence, n };
}
