import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium.mjs';

// E2E_PORT / E2E_DIST let a second build be tested beside the main one (e.g. while another run holds 4173).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * Real-browser tests: Debian's Chromium (never a downloaded browser) against the BUILT book served on 127.0.0.1.
 * `npm test` builds first; `npm run test:e2e` alone expects a fresh `dist/`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One browser at a time: on a 2-core machine two Chromiums starve each other and time out.
  workers: 1,
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    // node on vite's own bin, so stopping the server stops it (TOOLCHAIN pitfall 6).
    command: `node node_modules/vite/bin/vite.js preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
