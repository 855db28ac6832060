// A small static server for end-to-end tests and for the documented static-host set-up:
// serves a directory, falls back to index.html for deep links (/about, /office/x), and
// closes every connection (no keep-alive) so that a stopped server really is gone, which
// the offline tests rely on.
//
// CLI: node tests/e2e/serve.mjs [dir=dist] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
};

/**
 * Starts a server. `headers` are added to every response (CSP, frame-ancestors...).
 * Returns { url, close(), override(path, body), requests }: `override` serves `body` (a
 * Buffer or string; null to stop) at `path` instead of the file, which is how the update
 * tests swap one build's bundle for another's; `requests` counts requests by path.
 * Every response says `Cache-Control: no-cache`, the service worker (sw.js) included.
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', headers = {} } = {}) {
  const base = resolve(root);
  const overrides = new Map();
  const requests = new Map();
  const server = createServer(async (req, res) => {
    res.shouldKeepAlive = false;
    const common = { Connection: 'close', 'Cache-Control': 'no-cache', ...headers };
    try {
      const url = new URL(req.url, 'http://x');
      requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
      if (overrides.has(url.pathname)) {
        res.writeHead(200, { ...common, 'Content-Type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : overrides.get(url.pathname));
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
      const body = await readFile(path);
      res.writeHead(200, { ...common, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
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
    override: (path, body) => (body == null ? overrides.delete(path) : overrides.set(path, body)),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`serving ${root} at ${url}/`);
}
