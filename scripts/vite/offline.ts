import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The book offline and installable (vite-plugin-pwa, which runs Workbox's generateSW after the build): a service
 * worker that precaches every file of the build on its first install, so after one visit every chapter in both
 * languages, every widget and Web Worker chunk, the KaTeX fonts and public/data/ work with the network off; and a
 * web app manifest with icons. The page registers the worker itself, lazily (src/offline/), so the landing page
 * ships none of this code.
 */

/** Larger than the largest file of the build (a chapter's prose module with its typeset formulas, ~1 MB today). */
export const MAX_PRECACHED_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Everything the build writes, except what no browser with a service worker fetches: KaTeX's CSS lists its fonts
 * as woff2 first and every such browser reads woff2, so the woff and ttf copies would only double the download.
 * vite-plugin-pwa leaves the service worker's own files out by itself, and lists the web app manifest itself (so
 * the glob skips it: one entry per URL); `_headers` is for the host; `.vite/` holds the build's chunk manifest, read only by `npm run budget`.
 */
export const PRECACHE_GLOBS = ['**/*'];
export const PRECACHE_IGNORES = [
  '**/*.{woff,ttf}',
  '.vite/**',
  '**/*.map',
  'manifest.webmanifest',
  // The host's header rules (framing.ts), never fetched by a page.
  '_headers',
];

export const THEME_COLOR = '#0b3d5c';

type Manifest = Exclude<VitePWAOptions['manifest'], false>;

/** Relative addresses throughout, like the build's base ('./'): the book installs from any folder of any host. */
export const WEB_APP_MANIFEST: Manifest = {
  id: './',
  name: 'Foundations of Diffusion Models',
  short_name: 'Diffusion',
  description:
    'An explorable textbook on the physics and probability behind diffusion models, in English and Chinese.',
  lang: 'en',
  dir: 'ltr',
  // The start page goes on to the reader's language (src/book/App.tsx); the shortcuts open either one.
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: THEME_COLOR,
  categories: ['education', 'books'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  shortcuts: [
    {
      name: 'Foundations of Diffusion Models (English)',
      short_name: 'English',
      url: './#/en',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: '扩散模型的基础（简体中文）',
      short_name: '简体中文',
      url: './#/zh',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};

export const OFFLINE_OPTIONS: Partial<VitePWAOptions> = {
  // A new version waits until the reader reloads from the notice (src/offline/UpdateNotice.tsx).
  registerType: 'prompt',
  // No registration script in index.html: src/offline/startServiceWorker.ts imports virtual:pwa-register lazily.
  injectRegister: false,
  manifest: WEB_APP_MANIFEST,
  // The icons are matched by the precache globs already; listing them twice would make two entries for one URL.
  includeManifestIcons: false,
  workbox: {
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
    // The first install takes charge of the page at once, so the chunks a reader opens next (the page is never
    // reloaded between chapters: routing is by hash) already come through the cache.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Every address of the book is index.html plus a hash; any other navigation offline gets the book too.
    navigateFallback: 'index.html',
  },
};

export function offlinePlugin() {
  return VitePWA(OFFLINE_OPTIONS);
}
