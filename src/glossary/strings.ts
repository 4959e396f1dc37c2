import type { Lang } from '../widgets/common/lang';

/** The glossary's words that the shell needs before the page loads (header link, loading line). */
export const GLOSSARY_UI: Record<Lang, { glossary: string; loading: string }> = {
  en: { glossary: 'Glossary', loading: 'Loading the glossary…' },
  zh: { glossary: '术语表', loading: '正在载入术语表……' },
};
