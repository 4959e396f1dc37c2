import type { Connect, Plugin } from 'vite';

/**
 * Who may put the book in a frame. Only the embed page may be framed (`embed.html#/<lang>/embed/<widget-id>`, for an
 * iframe in a course page or a slide); every other page refuses (`frame-ancestors 'none'`), so no other site can
 * show the book under its own address or overlay it (clickjacking).
 *
 * `frame-ancestors` is ignored in a `<meta>` policy, so this must be an HTTP header; and with hash routing the server
 * never sees the route, hence a page of its own: `embed.html` is the same page as `index.html`, written by the build
 * under a second name. The header table is written to `_headers` (the format Netlify and Cloudflare Pages read;
 * other hosts need the same two rules in their own configuration, see README), and sent by `vite preview` and the dev
 * server, so the tests see what a reader's browser sees.
 */
export const EMBED_PAGE = 'embed.html';

/** The framing policy by path; the rest of the policy is the page's `<meta>` (contentSecurityPolicy.ts). */
export const FRAMING_HEADERS: Record<string, string> = {
  '/': "frame-ancestors 'none'",
  '/index.html': "frame-ancestors 'none'",
  [`/${EMBED_PAGE}`]: 'frame-ancestors *',
};

/** `_headers`: one block per path. */
export function headersFile(): string {
  return `${Object.entries(FRAMING_HEADERS)
    .map(([path, policy]) => `${path}\n  Content-Security-Policy: ${policy}`)
    .join('\n')}\n`;
}

/** The framing header for a request path (under any base folder), or undefined for files that are not pages. */
export function framingPolicy(path: string): string | undefined {
  const file = path.split('?')[0].replace(/^.*\//, '/');
  return FRAMING_HEADERS[file];
}

const sendFramingHeader: Connect.NextHandleFunction = (request, response, next) => {
  const policy = framingPolicy(request.url ?? '/');
  if (policy) response.setHeader('Content-Security-Policy', policy);
  next();
};

export function framingPlugin(): Plugin {
  return {
    name: 'book-framing',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        // The dev server has no embed.html on disk: it is index.html.
        const isEmbed = request.url?.split('?')[0].endsWith(`/${EMBED_PAGE}`);
        sendFramingHeader(request, response, () => undefined);
        if (isEmbed) request.url = request.url?.replace(EMBED_PAGE, 'index.html');
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendFramingHeader);
    },
    generateBundle: {
      // After Vite has written index.html (and the other plugins have rewritten it), copy it for the embed.
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        this.emitFile({ type: 'asset', fileName: EMBED_PAGE, source: index.source });
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      },
    },
  };
}
