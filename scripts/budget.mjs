#!/usr/bin/env node
// Size budget of the built book (run after `vite build`): the JavaScript needed to show the landing page, gzipped,
// must stay ≤ 150 KB, and nothing may point off-site. KaTeX's JavaScript may live only in KaTeX's own chunk, which
// widgets whose formulas change with the reader's input fetch when they are built (common/math/Tex.tsx): it must not
// be reachable through static imports from the page's entry or from any chapter or prose module, so the landing
// page and every chapter's text ship no KaTeX JavaScript (their formulas are typeset at build time).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// BUDGET_DIST checks another build folder (e.g. a helper's own build beside dist/).
const DIST = process.env.BUDGET_DIST ?? 'dist';
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

// Which chunk statically imports which (Vite's manifest), to follow what a page loads before any widget is built.
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const byFile = new Map(
  Object.entries(manifest).map(([source, chunk]) => [
    chunk.file.replace(/^assets\//, ''),
    { source, ...chunk },
  ]),
);
const staticClosure = (roots) => {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return new Set([...seen].map((key) => manifest[key].file.replace(/^assets\//, '')));
};
const pageRoots = Object.keys(manifest).filter(
  (key) => manifest[key].isEntry || /^content\/|prose-|\.mdx/.test(key) || /prose-/.test(manifest[key].file),
);
const loadedWithText = staticClosure(pageRoots);

const js = assets.filter((f) => f.endsWith('.js'));
const katexChunks = [];
for (const file of js) {
  const text = readFileSync(join(DIST, 'assets', file), 'utf8');
  // Strings that only KaTeX's renderer contains (its parser error class and its version banner).
  if (text.includes('KaTeX parse error') || text.includes('katex.render')) {
    katexChunks.push(file);
    const source = byFile.get(file)?.source ?? '';
    if (!source.includes('node_modules/katex/'))
      failures.push(
        `${file} contains KaTeX JavaScript but is not KaTeX's own chunk (${source || 'unknown source'})`,
      );
    if (loadedWithText.has(file))
      failures.push(
        `${file} (KaTeX) is statically imported by the entry or a chapter: only widgets may fetch it`,
      );
  }
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
for (const file of katexChunks)
  console.log(
    `run-time KaTeX: ${file}, ${(gz(file) / 1024).toFixed(1)} KB gzipped, fetched only by widgets that typeset live formulas`,
  );
console.log(
  `landing JS: ${(landingBytes / 1024).toFixed(1)} KB gzipped (${entryFiles.join(', ')}); all JS: ${(totalJs / 1024).toFixed(1)} KB gzipped in ${js.length} chunks`,
);
if (failures.length) {
  for (const failure of failures) console.error(`budget: ${failure}`);
  process.exit(1);
}
console.log('budget: ok');
