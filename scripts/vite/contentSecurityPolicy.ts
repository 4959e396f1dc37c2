import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built book, as a `<meta>` at the top of index.html. Only in the production
 * build: the dev server needs inline scripts for hot reloading. Everything is same-origin (fonts, data and code
 * are bundled); no inline style attribute and no eval. The one inline script the build itself writes
 * (chapterPreloads.ts) is allowed by the SHA-256 of its exact text, so an injected script still cannot run.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The Web Workers of the widgets and the service worker that keeps the book offline (src/offline/).
  "worker-src 'self'",
  // The web app manifest (scripts/vite/offline.ts).
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** `'sha256-…'` for each inline `<script>` (one without `src`) in the page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'book-content-security-policy',
    apply: 'build',
    // After every other step, so that the hashes are of the final inline scripts.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = inlineScriptHashes(html);
        const directives = DIRECTIVES.map((directive) =>
          directive.startsWith('script-src') && hashes.length > 0
            ? `${directive} ${hashes.join(' ')}`
            : directive,
        );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}">`;
        return html.replace(/<head>/, `<head>\n    ${meta}`);
      },
    },
  };
}
