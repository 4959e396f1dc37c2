/** Served by scripts/vite/exerciseCatalogue.ts: each chapter's self-checking exercise ids, in reading order. */
declare module 'virtual:exercise-catalogue' {
  const catalogue: Record<string, readonly string[]>;
  export default catalogue;
}
