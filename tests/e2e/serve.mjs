// A small static server for end-to-end tests and for the documented static-host set-up:
// serves a directory, falls back to index.html for deep links (/about, /office/x), and
// closes every connection (no keep-alive) so that a stopped server really is gone, which
// the offline tests rely on.
//
// Compresses like a production static host would (brotli, else gzip), so that page-load
// measurements (Lighthouse, timing scripts) see realistic transfer sizes, and revalidates
// like one: an ETag on every file, 304 Not Modified when the browser's copy is current
// (what `Cache-Control: no-cache` asks for).
//
// It also sends Guichet's Content-Security-Policy header, with frame-ancestors listing the
// sites allowed to embed it (what README.md asks of a host), so every test runs under it.
//
// CLI: node tests/e2e/serve.mjs [dir=dist] [port=4173] [--frame-ancestors=SOURCES] [--host-page=GUICHET_ORIGIN]
//   --frame-ancestors  sources allowed to frame the site (default 'self')
//   --host-page        serve a test host page instead: a strict host CSP that allows only
//                      Guichet's origin (and this server's `localhost` twin) besides itself
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Guichet's policy: the same text as index.html's <meta> (tests/csp.rs checks). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The header a host of Guichet sends: the policy plus who may frame it. */
export function guichetHeaders(frameAncestors = "'self'") {
  return { 'Content-Security-Policy': `${CSP}; frame-ancestors ${frameAncestors}` };
}

/** A strict policy for a test portal that embeds Guichet with embed.js. */
export function hostHeaders(guichet, port) {
  return {
    'Content-Security-Policy': `default-src 'self'; script-src 'self' ${guichet}; frame-src ${guichet} http://localhost:${port}; style-src 'self'; object-src 'none'; base-uri 'none'`,
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.bin', '.txt', '.md', '.csv', '.geojson']);
const compressed = new Map(); // path + mtime + encoding -> bytes

function encode(path, mtime, body, accept) {
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!enc || !COMPRESSIBLE.has(extname(path)) || body.length < 1024) return { body, enc: null };
  const key = `${path}|${mtime}|${enc}`;
  if (!compressed.has(key)) {
    const out =
      enc === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return { body: compressed.get(key), enc };
}

/**
 * Starts a server. `headers` are added to every response (CSP, frame-ancestors...).
 * Returns { url, close(), override(path, body), requests, log }: `override` serves `body` (a
 * Buffer or string; null to stop) at `path` instead of the file, which is how the update
 * tests swap one build's bundle for another's; `requests` counts requests by path; `log`
 * lists every response: { path, search, status, bytes } (bytes as sent, compressed).
 * Every response says `Cache-Control: no-cache`, the service worker (sw.js) included.
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', headers = {}, rewrite = null } = {}) {
  const base = resolve(root);
  const overrides = new Map();
  const requests = new Map();
  const log = [];
  const server = createServer(async (req, res) => {
    res.shouldKeepAlive = false;
    const common = { Connection: 'close', 'Cache-Control': 'no-cache', ...headers };
    try {
      const url = new URL(req.url, 'http://x');
      requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
      const sent = (status, body) => log.push({ path: url.pathname, search: url.search, status, bytes: body?.length ?? 0 });
      if (overrides.has(url.pathname)) {
        const body = overrides.get(url.pathname);
        res.writeHead(200, { ...common, 'Content-Type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : body);
        sent(200, Buffer.from(body));
        return;
      }
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) {
        res.writeHead(403, common).end();
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        // Deep links go to the app; missing assets (with an extension) are a real 404.
        if (extname(url.pathname)) {
          res.writeHead(404, { ...common, 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        path = join(base, 'index.html');
      }
      let raw = await readFile(path);
      if (rewrite && ['.html', '.js'].includes(extname(path))) raw = Buffer.from(rewrite(raw.toString('utf8')));
      const { body, enc } = encode(path, info?.mtimeMs ?? 0, raw, req.headers['accept-encoding'] ?? '');
      const type = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
      if (enc) type['Content-Encoding'] = enc;
      // Rewritten pages have no stable size and date: no validator for them.
      const etag = rewrite ? null : `W/"${raw.length.toString(16)}-${Math.floor(info?.mtimeMs ?? 0).toString(16)}-${enc ?? 'id'}"`;
      if (etag) type.ETag = etag;
      if (etag && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ...common, ...type }).end();
        sent(304, null);
        return;
      }
      res.writeHead(200, { ...common, ...type });
      res.end(req.method === 'HEAD' ? undefined : body);
      sent(200, body);
    } catch (e) {
      res.writeHead(500, common).end(String(e));
    }
  });
  server.keepAliveTimeout = 1;
  await new Promise((ok) => server.listen(port, host, ok));
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}`,
    requests,
    log,
    override: (path, body) => (body == null ? overrides.delete(path) : overrides.set(path, body)),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flags = Object.fromEntries(
    process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => {
      const [k, ...v] = a.slice(2).split('=');
      return [k, v.join('=')];
    }),
  );
  const [root = 'dist', port = '4173'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const headers = flags['host-page'] ? hostHeaders(flags['host-page'], port) : guichetHeaders(flags['frame-ancestors'] || "'self'");
  // The test portal's pages and scripts name Guichet at its default origin; another port
  // (parallel test runs, GUICHET_E2E_PORT) is written in as they are served.
  const guichet = flags['host-page'];
  const rewrite = guichet ? (html) => html.replaceAll('http://127.0.0.1:4173', guichet) : null;
  const { url } = await startServer({ root, port: Number(port), headers, rewrite });
  console.log(`serving ${root} at ${url}/ with ${headers['Content-Security-Policy']}`);
}
