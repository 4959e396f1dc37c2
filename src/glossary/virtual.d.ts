/** Served by scripts/vite/glossaryUses.ts: term id → language → the chapters (slugs) that mark it. */
declare module 'virtual:glossary-uses' {
  const uses: Record<string, { en?: string[]; zh?: string[] }>;
  export default uses;
}
