import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyPlugin } from '../../scripts/vite/contentSecurityPolicy';
import {
  MAX_PRECACHED_FILE_BYTES,
  OFFLINE_OPTIONS,
  PRECACHE_IGNORES,
  WEB_APP_MANIFEST,
} from '../../scripts/vite/offline';

/** The policy the build writes into index.html, as a map from directive to its sources. */
function policyOf(html: string): Map<string, string[]> {
  const plugin = contentSecurityPolicyPlugin();
  const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
  const content =
    /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(hook.handler(html))?.[1] ?? '';
  return new Map(
    content.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('Content-Security-Policy for the offline book', () => {
  const policy = policyOf('<html><head></head><body><script>boot()</script></body></html>');

  it('lets only same-origin code be a worker or a service worker, and the manifest come from the site', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
  });

  it('stays strict: no inline code but the hashed script, no eval, nothing from elsewhere', () => {
    for (const sources of policy.values()) {
      expect(sources.join(' ')).not.toMatch(/unsafe-|\*|https?:/);
    }
    expect(policy.get('script-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-[\w+/=]+'$/)]);
  });
});

describe('the service worker precaches the whole book', () => {
  const workbox = OFFLINE_OPTIONS.workbox ?? {};

  it('waits for the reader to reload, and is registered by the page itself (lazily), not by index.html', () => {
    expect(OFFLINE_OPTIONS.registerType).toBe('prompt');
    expect(OFFLINE_OPTIONS.injectRegister).toBe(false);
    expect(workbox.skipWaiting).toBeFalsy();
  });

  it('takes every file of the build but the legacy font formats, and no file is too large to be kept', () => {
    expect(workbox.globPatterns).toEqual(['**/*']);
    expect(
      PRECACHE_IGNORES.every((glob) => /woff,ttf|\.vite|\.map|^manifest\.webmanifest$|^_headers$/.test(glob)),
    ).toBe(true);
    expect(workbox.maximumFileSizeToCacheInBytes).toBe(MAX_PRECACHED_FILE_BYTES);
    // the data files are the largest files that are not built: the built chunks are checked in tests/e2e/offline
    for (const file of ['digits.csv', 'rbm-digits.json'])
      expect(statSync(join('public/data', file)).size).toBeLessThan(MAX_PRECACHED_FILE_BYTES);
  });
});

describe('web app manifest', () => {
  it('names the book and starts from a relative address, so it installs from any folder', () => {
    expect(WEB_APP_MANIFEST.name).toBe('Foundations of Diffusion Models');
    expect(WEB_APP_MANIFEST.short_name?.length).toBeLessThanOrEqual(12);
    expect(WEB_APP_MANIFEST.start_url).toBe('./');
    expect(WEB_APP_MANIFEST.scope).toBe('./');
    expect(WEB_APP_MANIFEST.display).toBe('standalone');
  });

  it('has a shortcut to each language, by hash route', () => {
    expect(WEB_APP_MANIFEST.shortcuts?.map((s) => s.url)).toEqual(['./#/en', './#/zh']);
  });

  it('lists icons that exist, at the sizes it states, with a maskable one and a 512 px one', () => {
    const icons = WEB_APP_MANIFEST.icons ?? [];
    for (const icon of icons) {
      const file = join('public', icon.src);
      if (icon.type === 'image/png') expect(pngSize(file), icon.src).toBe(icon.sizes);
      else expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
    }
    expect(icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
    expect(icons.some((icon) => icon.purpose === 'any' && icon.sizes === '512x512')).toBe(true);
    expect(pngSize('public/icons/apple-touch-icon.png')).toBe('180x180');
  });
});
