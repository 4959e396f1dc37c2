import { defineStrings } from '../widgets/common/lang';

/** The words of the offline layer: the notice shown when a new version of the book is waiting. */
export const OFFLINE_STRINGS = defineStrings({
  en: {
    newVersion: 'A new version of the book is available.',
    reload: 'Reload',
    later: 'Not now',
  },
  zh: {
    newVersion: '本书有新版本可用。',
    reload: '重新载入',
    later: '暂不',
  },
});
