/** The reading languages, in the order the language switch shows them (plain data: the build reads it too). */
export const LANGUAGES = ['en', 'zh'] as const;

/** The two reading languages. Widgets share their code across languages; only strings differ. */
export type Lang = (typeof LANGUAGES)[number];
