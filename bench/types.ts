/** One line of the benchmark table: our throughput against a baseline measured in the same process. */
export interface BenchResult {
  /** What was measured, e.g. "standard normals". */
  name: string;
  /** What we compare against, e.g. "d3-random randomNormal.source(randomLcg)". */
  baseline: string;
  /** Our throughput (median over repeats), in `unit`. */
  ours: number;
  /** The baseline's throughput (median over repeats), in `unit`. */
  theirs: number;
  unit: string;
  /** ours / theirs (higher is better). */
  ratio: number;
  /** The target in words, e.g. "ratio ≥ 2". */
  goal: string;
  pass: boolean;
}

/** Every bench/*.bench.ts exports this. */
export type BenchModule = { run(): Promise<BenchResult[]> };
