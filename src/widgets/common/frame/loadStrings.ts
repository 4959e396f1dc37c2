import { defineStrings } from '../lang';

/** What a reader sees while a widget's code is fetched, or when it could not be (offline, a deleted build). */
export const WIDGET_LOAD_STRINGS = defineStrings({
  en: {
    preparing: 'Preparing the experiment…',
    failed: 'This experiment could not be loaded. Check the connection and reload the page.',
  },
  zh: { preparing: '正在准备实验……', failed: '实验未能加载。请检查网络连接后刷新页面。' },
});
