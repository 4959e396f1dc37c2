#!/usr/bin/env node
// Size budget of the built book (run after `vite build`): the JavaScript needed to show the landing page, gzipped,
// must stay ≤ 150 KB, no chunk may contain KaTeX's JavaScript, and nothing may point off-site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const LANDING_BUDGET_KB = 150;
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const assets = readdirSync(join(DIST, 'assets'));
const gz = (file) => gzipSync(readFileSync(join(DIST, 'assets', file))).length;

// The landing page needs the entry script and the modules it preloads (chapter chunks load lazily later).
const entryFiles = [...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const landingBytes = entryFiles.reduce((sum, file) => sum + gz(file), 0);
const failures = [];
if (landingBytes > LANDING_BUDGET_KB * 1024)
  failures.push(`landing JS ${(landingBytes / 1024).toFixed(1)} KB gz > ${LANDING_BUDGET_KB} KB`);

const js = assets.filter((f) => f.endsWith('.js'));
for (const file of js) {
  const text = readFileSync(join(DIST, 'assets', file), 'utf8');
  // Strings that only KaTeX's renderer contains (its parser error class and its version banner).
  if (text.includes('KaTeX parse error') || text.includes('katex.render'))
    failures.push(`${file} contains KaTeX JavaScript`);
  const external = text.match(
    /https?:\/\/(?!127\.0\.0\.1|localhost|www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^"'`\s)]*\.(?:js|css|woff2?|ttf|json)/i,
  );
  if (external) failures.push(`${file} references an off-site resource: ${external[0]}`);
}
for (const file of assets.filter((f) => f.endsWith('.css'))) {
  const text = readFileSync(join(DIST, 'assets', file), 'utf8');
  if (/url\(\s*["']?https?:/i.test(text)) failures.push(`${file} loads a remote font or image`);
}

const totalJs = js.reduce((sum, file) => sum + gz(file), 0);
console.log(
  `landing JS: ${(landingBytes / 1024).toFixed(1)} KB gzipped (${entryFiles.join(', ')}); all JS: ${(totalJs / 1024).toFixed(1)} KB gzipped in ${js.length} chunks`,
);
if (failures.length) {
  for (const failure of failures) console.error(`budget: ${failure}`);
  process.exit(1);
}
console.log('budget: ok');
