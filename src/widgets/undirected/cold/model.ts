/**
 * The cold example of chapter 2 as numbers. Three people, healthy = 1 and sick = 0: you (h_y), your roommate (h_r)
 * and your colleague (h_c). You meet both; they never meet each other. So the graph has the edges y–c and y–r, and
 *
 *   p̃(h_y, h_r, h_c) = φ_yc(h_y, h_c) · φ_yr(h_y, h_r),   Z = Σ p̃,   P = p̃ / Z.
 *
 * Everything is computed by listing all 8 states: exact, and small enough to show in full.
 */

/** A 2 × 2 clique table, `table[a][b]` = φ(first person = a, second person = b), every entry ≥ 0. */
export type PairTable = readonly [readonly [number, number], readonly [number, number]];

/** Observed value of a person (1 healthy, 0 sick), or null when not observed. */
export type Observation = 0 | 1 | null;

export interface ColdEvidence {
  you: Observation;
  roommate: Observation;
  colleague: Observation;
}

/** One of the 8 states, with its unnormalised and normalised probability. */
export interface ColdState {
  you: 0 | 1;
  roommate: 0 | 1;
  colleague: 0 | 1;
  /** p̃ = φ_yc(h_y, h_c) · φ_yr(h_y, h_r). */
  unnormalised: number;
  /** Agrees with the evidence (otherwise its conditional probability is 0). */
  consistent: boolean;
  /** P(state | evidence) = p̃ / Z_evidence, or null when Z_evidence = 0 (no distribution to speak of). */
  probability: number | null;
}

export interface ColdResult {
  /** States in the order (h_y, h_r, h_c) = 000, 001, …, 111. */
  states: ColdState[];
  /** Z = Σ over all 8 states of p̃. */
  Z: number;
  /** Σ of p̃ over the states that agree with the evidence (= Z without evidence). */
  Zevidence: number;
}

const BITS = [0, 1] as const;

export function coldDistribution(yc: PairTable, yr: PairTable, evidence: ColdEvidence): ColdResult {
  const states: ColdState[] = [];
  for (const you of BITS)
    for (const roommate of BITS)
      for (const colleague of BITS) {
        const consistent =
          (evidence.you === null || evidence.you === you) &&
          (evidence.roommate === null || evidence.roommate === roommate) &&
          (evidence.colleague === null || evidence.colleague === colleague);
        states.push({
          you,
          roommate,
          colleague,
          unnormalised: yc[you][colleague] * yr[you][roommate],
          consistent,
          probability: null,
        });
      }
  const Z = states.reduce((sum, s) => sum + s.unnormalised, 0);
  const Zevidence = states.reduce((sum, s) => sum + (s.consistent ? s.unnormalised : 0), 0);
  if (Zevidence > 0) for (const s of states) s.probability = s.consistent ? s.unnormalised / Zevidence : 0;
  return { states, Z, Zevidence };
}

/**
 * P(h_r = 1 | condition) from the 8 states, where the condition fixes some of h_y and h_c; null when the condition
 * has probability 0 (the conditional is then undefined, and the widget says so).
 */
export function roommateHealthyGiven(
  yc: PairTable,
  yr: PairTable,
  condition: { you?: 0 | 1; colleague: 0 | 1 },
): number | null {
  let healthy = 0;
  let total = 0;
  for (const you of BITS) {
    if (condition.you !== undefined && condition.you !== you) continue;
    for (const roommate of BITS) {
      const weight = yc[you][condition.colleague] * yr[you][roommate];
      total += weight;
      if (roommate === 1) healthy += weight;
    }
  }
  return total > 0 ? healthy / total : null;
}
