/**
 * Noise schedules of the variance-preserving (VP) forward process (chapters 1 and 7).
 *
 * Discrete time (DDPM, Ho et al. 2020): for t = 1 … T
 *   x_t = √α_t x_{t−1} + √β_t ε_t,   α_t = 1 − β_t,
 * and composing the steps gives the closed form used everywhere:
 *   q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I),   ᾱ_t = Π_{s ≤ t} α_s.
 * Arrays have length T + 1 and index 0 is "no noise yet": β_0 = 0, α_0 = ᾱ_0 = 1, so a time slider can
 * run over 0 … T and read ᾱ_t directly. log ᾱ_t is accumulated as Σ log(1 − β_s) (log1p keeps tiny β
 * exact) and 1 − ᾱ_t as −expm1(log ᾱ_t), which stays accurate while ᾱ_t is still close to 1.
 *
 * Continuous time (Song et al. 2021): the VP SDE dx = −½ β(t) x dt + √β(t) dW on t ∈ [0, 1] has
 *   ᾱ(t) = exp(−∫₀ᵗ β(s) ds),   q(x_t | x_0) = N(√ᾱ(t) x_0, (1 − ᾱ(t)) I).
 */

export type ScheduleKind = 'linear' | 'cosine';

export interface NoiseSchedule {
  readonly kind: ScheduleKind;
  /** number of noising steps T */
  readonly steps: number;
  /** β_t, length T + 1, β_0 = 0 */
  readonly beta: Float64Array;
  /** α_t = 1 − β_t */
  readonly alpha: Float64Array;
  /** ᾱ_t = Π_{s ≤ t} α_s, decreasing from ᾱ_0 = 1 */
  readonly alphaBar: Float64Array;
  /** √ᾱ_t (signal scale) */
  readonly sqrtAlphaBar: Float64Array;
  /** √(1 − ᾱ_t) (noise scale) */
  readonly sqrtOneMinusAlphaBar: Float64Array;
}

/** Ranges and defaults of the schedule parameters. */
export const SCHEDULE_PARAMETERS = {
  /** T */
  steps: { min: 1, max: 100_000, default: 1_000 },
  /** DDPM linear schedule endpoints (for T = 1000) */
  betaStart: { default: 1e-4 },
  betaEnd: { default: 0.02 },
  /** cosine offset s (Nichol & Dhariwal 2021) */
  cosineOffset: { default: 0.008 },
  /** largest β allowed (the cosine schedule's β_T would otherwise be 1) */
  maxBeta: { default: 0.999 },
  /** continuous linear VP schedule β(t) = β_min + t (β_max − β_min) */
  betaMin: { default: 0.1 },
  betaMax: { default: 20 },
} as const;

function checkSteps(steps: number): number {
  if (!Number.isFinite(steps)) throw new RangeError(`steps must be finite, got ${steps}`);
  const { min, max } = SCHEDULE_PARAMETERS.steps;
  return Math.min(max, Math.max(min, Math.round(steps)));
}

/** Fill α, ᾱ, √ᾱ, √(1 − ᾱ) from β (β[0] must already be 0). */
function fromBetas(kind: ScheduleKind, beta: Float64Array): NoiseSchedule {
  const n = beta.length;
  const alpha = new Float64Array(n);
  const alphaBar = new Float64Array(n);
  const sqrtAlphaBar = new Float64Array(n);
  const sqrtOneMinusAlphaBar = new Float64Array(n);
  let logAlphaBar = 0;
  for (let t = 0; t < n; t++) {
    alpha[t] = 1 - beta[t];
    logAlphaBar += Math.log1p(-beta[t]); // log ᾱ_t = Σ log(1 − β_s)
    alphaBar[t] = Math.exp(logAlphaBar);
    sqrtAlphaBar[t] = Math.exp(0.5 * logAlphaBar);
    // 1 − ᾱ = −expm1(log ᾱ): accurate even when ᾱ is close to 1 (small t)
    sqrtOneMinusAlphaBar[t] = Math.sqrt(-Math.expm1(logAlphaBar));
  }
  return { kind, steps: n - 1, beta, alpha, alphaBar, sqrtAlphaBar, sqrtOneMinusAlphaBar };
}

export interface LinearScheduleOptions {
  /** β_1, default 1e-4 */
  betaStart?: number;
  /** β_T, default 0.02 */
  betaEnd?: number;
  /**
   * Multiply both endpoints by 1000 / T, so a short schedule (say T = 100) still ends near ᾱ_T ≈ 0 the
   * way DDPM's T = 1000 does. Default false (the literal DDPM numbers).
   */
  scaleToSteps?: boolean;
}

/**
 * DDPM's linear schedule: β_t rises linearly from β_1 = 1e-4 to β_T = 0.02 (t = 1 … T).
 * With T = 1000, Σβ ≈ 10 and ᾱ_T ≈ e^{−10} ≈ 4e-5: the data are forgotten.
 */
export function linearNoiseSchedule(steps = 1000, options: LinearScheduleOptions = {}): NoiseSchedule {
  const T = checkSteps(steps);
  const scale = options.scaleToSteps ? 1000 / T : 1;
  const b1 = (options.betaStart ?? SCHEDULE_PARAMETERS.betaStart.default) * scale;
  const bT = (options.betaEnd ?? SCHEDULE_PARAMETERS.betaEnd.default) * scale;
  const maxBeta = SCHEDULE_PARAMETERS.maxBeta.default;
  if (!(b1 > 0 && bT > 0 && b1 <= maxBeta && bT <= maxBeta)) {
    throw new RangeError(`linear schedule needs 0 < β ≤ ${maxBeta}, got β_1 = ${b1}, β_T = ${bT}`);
  }
  const beta = new Float64Array(T + 1);
  for (let t = 1; t <= T; t++) beta[t] = T === 1 ? bT : b1 + ((t - 1) / (T - 1)) * (bT - b1);
  return fromBetas('linear', beta);
}

export interface CosineScheduleOptions {
  /** offset s, default 0.008 (keeps β_1 from being vanishingly small) */
  offset?: number;
  /** clip β_t ≤ maxBeta, default 0.999 */
  maxBeta?: number;
}

/** Nichol & Dhariwal's f(t) = cos²( (t/T + s)/(1 + s) · π/2 ). */
function cosineF(u: number, s: number): number {
  const c = Math.cos(((u + s) / (1 + s)) * (Math.PI / 2));
  return c * c;
}

/**
 * The cosine schedule (Nichol & Dhariwal 2021): ᾱ_t = f(t)/f(0) with f as above, i.e.
 *   β_t = 1 − ᾱ_t / ᾱ_{t−1},  clipped to β_t ≤ 0.999
 * (without the clip β_T = 1, since f(T) = 0). ᾱ is then recomputed from the clipped β, so the arrays
 * are consistent; before the first clip it equals the closed form f(t)/f(0).
 * Its ᾱ falls slowly at first and last, so less of the schedule is wasted on almost-clean or
 * almost-pure-noise steps than with the linear one.
 */
export function cosineNoiseSchedule(steps = 1000, options: CosineScheduleOptions = {}): NoiseSchedule {
  const T = checkSteps(steps);
  const s = options.offset ?? SCHEDULE_PARAMETERS.cosineOffset.default;
  const maxBeta = options.maxBeta ?? SCHEDULE_PARAMETERS.maxBeta.default;
  if (!(s > 0 && s < 1)) throw new RangeError(`cosine offset s must be in (0, 1), got ${s}`);
  if (!(maxBeta > 0 && maxBeta < 1)) throw new RangeError(`maxBeta must be in (0, 1), got ${maxBeta}`);
  const f0 = cosineF(0, s);
  const beta = new Float64Array(T + 1);
  let prev = 1; // ᾱ_{t−1} from the closed form
  for (let t = 1; t <= T; t++) {
    const cur = cosineF(t / T, s) / f0;
    beta[t] = Math.min(maxBeta, 1 - cur / prev);
    prev = cur;
  }
  return fromBetas('cosine', beta);
}

/** Closed-form cosine ᾱ(t/T) = f(t)/f(0), for checking and plotting. */
export function cosineAlphaBar(
  fraction: number,
  offset: number = SCHEDULE_PARAMETERS.cosineOffset.default,
): number {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be in [0, 1], got ${fraction}`);
  return cosineF(fraction, offset) / cosineF(0, offset);
}

/** Build any schedule by name. */
export function noiseSchedule(kind: ScheduleKind, steps = 1000): NoiseSchedule {
  if (kind === 'linear') return linearNoiseSchedule(steps);
  if (kind === 'cosine') return cosineNoiseSchedule(steps);
  throw new RangeError(`unknown schedule kind ${String(kind)}`);
}

/** Clamp a slider value to a valid integer step 0 … T. */
export function clampStep(schedule: NoiseSchedule, t: number): number {
  if (!Number.isFinite(t)) throw new RangeError(`t must be finite, got ${t}`);
  return Math.min(schedule.steps, Math.max(0, Math.round(t)));
}

// ------------------------------------------------------------------ continuous time

export interface ContinuousSchedule {
  readonly kind: ScheduleKind;
  /** β(t), the VP SDE's noise rate at time t */
  beta(t: number): number;
  /** log ᾱ(t) = −∫₀ᵗ β(s) ds */
  logAlphaBar(t: number): number;
  /** ᾱ(t) */
  alphaBar(t: number): number;
  /** the inverse map: the t ∈ [0, 1] with ᾱ(t) = alphaBar (clamped to [ᾱ(1), 1]) */
  timeForAlphaBar(alphaBar: number): number;
  /** the latest time samplers should start from (ᾱ(tMax) ≈ 0 but β finite) */
  readonly tMax: number;
}

function checkAlphaBarArg(alphaBar: number): void {
  if (!(alphaBar >= 0 && alphaBar <= 1)) throw new RangeError(`ᾱ must be in [0, 1], got ${alphaBar}`);
}

function checkTime(t: number): void {
  if (!(t >= 0 && t <= 1)) throw new RangeError(`t must be in [0, 1], got ${t}`);
}

/**
 * Continuous linear VP schedule: β(t) = β_min + t (β_max − β_min), β_min = 0.1, β_max = 20 — the
 * T → ∞ limit of DDPM's linear schedule with t = step/T (T·1e-4 = 0.1, T·0.02 = 20). Then
 *   log ᾱ(t) = −(β_min t + ½ (β_max − β_min) t²),   ᾱ(1) = e^{−10.05} ≈ 4.3e-5.
 */
export function continuousLinearSchedule(
  betaMin: number = SCHEDULE_PARAMETERS.betaMin.default,
  betaMax: number = SCHEDULE_PARAMETERS.betaMax.default,
): ContinuousSchedule {
  if (!(betaMin > 0 && betaMax >= betaMin && Number.isFinite(betaMax))) {
    throw new RangeError(`need 0 < β_min ≤ β_max, got ${betaMin}, ${betaMax}`);
  }
  const logAlphaBar = (t: number) => {
    checkTime(t);
    return -(betaMin * t + 0.5 * (betaMax - betaMin) * t * t);
  };
  return {
    kind: 'linear',
    beta(t) {
      checkTime(t);
      return betaMin + t * (betaMax - betaMin);
    },
    logAlphaBar,
    alphaBar: (t) => Math.exp(logAlphaBar(t)),
    timeForAlphaBar(alphaBar) {
      // solve ½ (β_max − β_min) t² + β_min t + log ᾱ = 0 for the root t ≥ 0
      checkAlphaBarArg(alphaBar);
      if (alphaBar === 0) return 1;
      const L = -Math.log(alphaBar);
      const d = betaMax - betaMin;
      const t = d === 0 ? L / betaMin : (2 * L) / (betaMin + Math.sqrt(betaMin * betaMin + 2 * d * L));
      return Math.min(1, t);
    },
    tMax: 1,
  };
}

/**
 * Continuous cosine schedule: ᾱ(t) = f(t)/f(0), f(t) = cos²((t + s)/(1 + s) · π/2), and
 *   β(t) = −d log ᾱ/dt = π/(1 + s) · tan((t + s)/(1 + s) · π/2),
 * which blows up at t = 1 (ᾱ(1) = 0). Samplers therefore start at tMax = 0.995, where ᾱ ≈ 6.1e-5 —
 * about the linear schedule's ᾱ(1) ≈ 4.3e-5, so N(0, I) is an equally good start.
 */
export function continuousCosineSchedule(
  offset: number = SCHEDULE_PARAMETERS.cosineOffset.default,
  tMax = 0.995,
): ContinuousSchedule {
  if (!(offset > 0 && offset < 1)) throw new RangeError(`cosine offset s must be in (0, 1), got ${offset}`);
  if (!(tMax > 0 && tMax < 1)) throw new RangeError(`tMax must be in (0, 1), got ${tMax}`);
  const s = offset;
  const logF0 = Math.log(cosineF(0, s));
  const logAlphaBar = (t: number) => {
    checkTime(t);
    return 2 * Math.log(Math.cos(((t + s) / (1 + s)) * (Math.PI / 2))) - logF0;
  };
  return {
    kind: 'cosine',
    beta(t) {
      checkTime(t);
      return (Math.PI / (1 + s)) * Math.tan(((t + s) / (1 + s)) * (Math.PI / 2));
    },
    logAlphaBar,
    alphaBar: (t) => Math.exp(logAlphaBar(t)),
    timeForAlphaBar(alphaBar) {
      // ᾱ f(0) = cos²θ  ⇒  θ = arccos √(ᾱ f(0)),  t = θ · (2/π)(1 + s) − s
      checkAlphaBarArg(alphaBar);
      const theta = Math.acos(Math.min(1, Math.sqrt(alphaBar * Math.exp(logF0))));
      return Math.min(1, Math.max(0, ((2 * theta) / Math.PI) * (1 + s) - s));
    },
    tMax,
  };
}
