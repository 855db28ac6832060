// Guichet's service worker: the app and its data bundle keep working without a network.
// Plain JavaScript, no build step: the Trunk post_build hook (scripts/sw-build.mjs) writes
// this build's id and file list into BUILD below. Caches:
//   guichet-app-<build>  the app files of one build (cache-first; older builds removed on
//                        activation), the site configuration, and the bundle manifest this
//                        build installed with;
//   guichet-data         bundle files under content-addressed URLs (/data/core.bin?v=<first
//                        16 hex digits of the sha-256>), shared by every build;
//   guichet-meta         the current bundle's manifest: what the app loads first.
// The app (src/app/offline.rs) checks the server's manifest in the background, downloads
// a new bundle, verifies every sha-256 and only then writes it here as current.
//
// What a first visit keeps (ARCHITECTURE.md, "Offline"): the app shell and the core bundle
// file. Optional files (the postal index and shards, the services catalogue, libraries,
// the insights page and its data) are cached when first used, and ahead of time only when
// the app asks for it (installed, or a kiosk). Nothing is downloaded twice: the page
// registers this worker after its first load and writes the core file it fetched into
// guichet-data itself, so the install finds it there.
'use strict';

// Filled in at build time: { id, files, dev }. A dev build (trunk serve) gets dev: true:
// this worker then removes every Guichet cache and unregisters itself, so that `trunk
// serve` is never answered from a cache.
const BUILD = { id: 'unbuilt', files: [], dev: true }; // @guichet-build

const APP_CACHE = `guichet-app-${BUILD.id}`;
const DATA_CACHE = 'guichet-data';
const META_CACHE = 'guichet-meta';
const MANIFEST = '/data/manifest.json';
// Where a build keeps the manifest it installed with until it activates.
const INSTALLED_MANIFEST = '/__guichet/installed-manifest.json';
// Deployment configuration: answered from the cache at once, refreshed in the background.
const CONFIG = ['/config.json', '/kiosk.json'];
// The bundle files a first visit keeps (the finder's data); the rest are kept once used.
const CORE = ['core.bin'];
// When a manifest in a cache was verified (ms since the epoch): the newest wins.
const VERIFIED = 'X-Guichet-Verified';

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (buf) => hex(await crypto.subtle.digest('SHA-256', buf));
const versioned = (file) => `/data/${file.path}?v=${file.sha256.slice(0, 16)}`;

self.addEventListener('install', (event) => {
  if (BUILD.dev) {
    self.skipWaiting();
    return;
  }
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(BUILD.dev ? uninstall() : activate());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  if (BUILD.dev) return;
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins (map tiles) and the worker itself: the browser's own handling.
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  // The open-data export (/data/open/): downloads, never cached, never precached.
  if (url.pathname.startsWith('/data/open/')) return;
  if (request.mode === 'navigate') {
    // Deep links (/about, /office/x) are the app; other pages (insights.html) are kept
    // once visited; files (/data/REPORT.md) are the browser's.
    if (!/\.[a-z0-9]+$/i.test(url.pathname)) event.respondWith(appShell(request));
    else if (url.pathname.endsWith('.html')) event.respondWith(otherPage(event, request));
    return;
  }
  if (url.pathname === MANIFEST) event.respondWith(manifest(request, url));
  else if (url.pathname.startsWith('/data/')) event.respondWith(dataFile(event, request, url));
  else if (CONFIG.includes(url.pathname)) event.respondWith(config(event, request));
  else event.respondWith(appFile(request));
});

/** Precaches this build's app files and the server's current bundle, all verified. */
async function install() {
  const app = await caches.open(APP_CACHE);
  // cache: 'no-cache' so that an HTTP cache never hands an older build to a newer worker.
  await app.addAll(BUILD.files.map((f) => new Request(f, { cache: 'no-cache' })));
  for (const path of CONFIG) {
    const response = await fetch(path, { cache: 'no-cache' }).catch(() => null);
    if (response && response.ok) await app.put(path, response);
  }
  const manifest = await precacheBundle();
  await app.put(INSTALLED_MANIFEST, manifestResponse(manifest));
}

/** The paths (`/data/...`) of the bundle files this device holds, whatever their version. */
async function heldPaths(data) {
  return new Set((await data.keys()).map((r) => new URL(r.url).pathname));
}

/**
 * Downloads the core file of the bundle the server lists now, and the optional files this
 * device holds in an older version; throws unless every file matches its sha-256.
 */
async function precacheBundle() {
  // Revalidated, not refetched: the page has just loaded it (304 where nothing changed).
  const response = await fetch(MANIFEST, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${MANIFEST}: HTTP ${response.status}`);
  const text = await response.text();
  const { files } = JSON.parse(text);
  const data = await caches.open(DATA_CACHE);
  const held = await heldPaths(data);
  for (const file of files) {
    // The core file, and the optional ones this device already holds (any version).
    if (!CORE.includes(file.path) && !held.has(`/data/${file.path}`)) continue;
    const url = versioned(file);
    const cached = await data.match(url);
    if (cached && (await matches(await cached.arrayBuffer(), file))) continue;
    const fetched = await fetch(url, { cache: 'no-cache' });
    if (!fetched.ok) throw new Error(`${file.path}: HTTP ${fetched.status}`);
    const body = await fetched.arrayBuffer();
    if (!(await matches(body, file))) throw new Error(`${file.path}: sha-256 mismatch`);
    await data.put(url, binaryResponse(body));
  }
  return text;
}

async function matches(body, file) {
  return body.byteLength === file.bytes && (await sha256(body)) === file.sha256;
}

function binaryResponse(body) {
  return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } });
}

function manifestResponse(text) {
  return new Response(text, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', [VERIFIED]: String(Date.now()) },
  });
}

/** Removes older builds, makes this build's bundle current unless a newer one was verified since. */
async function activate() {
  for (const name of await caches.keys()) {
    if (name.startsWith('guichet-app-') && name !== APP_CACHE) await caches.delete(name);
  }
  const app = await caches.open(APP_CACHE);
  const installed = await app.match(INSTALLED_MANIFEST);
  if (installed) {
    const meta = await caches.open(META_CACHE);
    const current = await meta.match(MANIFEST);
    const age = (r) => Number(r && r.headers.get(VERIFIED)) || 0;
    if (!current || age(installed) >= age(current)) await meta.put(MANIFEST, installed);
    await app.delete(INSTALLED_MANIFEST);
  }
  await self.clients.claim();
}

/** A dev build: leave nothing behind. */
async function uninstall() {
  for (const name of await caches.keys()) {
    if (name.startsWith('guichet-')) await caches.delete(name);
  }
  await self.registration.unregister();
}

async function appShell(request) {
  const cached = await caches.match('/index.html', { cacheName: APP_CACHE });
  return cached || fetch(request);
}

/**
 * App files: this build's, precached; the others of the same build (the insights page's
 * script and module) kept once fetched.
 */
async function appFile(request) {
  const cached = await caches.match(request, { cacheName: APP_CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !CONFIG.includes(new URL(request.url).pathname)) {
    const app = await caches.open(APP_CACHE);
    await app.put(request, response.clone());
  }
  return response;
}

/**
 * Another page of the site (insights.html): the network's, kept for offline use; offline and
 * never visited, the app shell, whose router says in the visitor's language that this
 * page is not saved on the device yet.
 */
async function otherPage(event, request) {
  const app = await caches.open(APP_CACHE);
  const key = new URL(request.url).pathname;
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(app.put(key, response.clone()));
    return response;
  } catch (e) {
    return (await app.match(key)) || appShell(request);
  }
}

/** The current bundle's manifest at once; `?fresh` is the app's background check: network only. */
async function manifest(request, url) {
  if (url.searchParams.has('fresh')) return fetch(request);
  const current = await caches.match(MANIFEST, { cacheName: META_CACHE });
  return current || fetch(request);
}

/**
 * Bundle files. Versioned URLs are answered from the cache; on a miss (a postal shard not
 * yet looked up, a new bundle's file) from the network, and cached only when the body's
 * sha-256 starts with the URL's tag, so nothing unverified ever enters the cache. The app
 * verifies the full hash again before using any file.
 */
async function dataFile(event, request, url) {
  const tag = url.searchParams.get('v');
  if (!tag) return fetch(request);
  // The cache key is the path and the tag alone, whatever else the query has.
  const key = `${url.origin}${url.pathname}?v=${tag}`;
  const data = await caches.open(DATA_CACHE);
  const cached = await data.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        const body = await copy.arrayBuffer();
        if ((await sha256(body)).startsWith(tag)) await data.put(key, binaryResponse(body));
      })(),
    );
  }
  return response;
}

/** Site configuration: the cached copy at once, the network's for next time. */
async function config(event, request) {
  const app = await caches.open(APP_CACHE);
  const cached = await app.match(request);
  const refresh = fetch(request, { cache: 'no-cache' })
    .then(async (response) => {
      if (response.ok) await app.put(request, response.clone());
      else if (response.status === 404) await app.delete(request);
      return response;
    })
    .catch(() => null);
  if (cached) {
    event.waitUntil(refresh);
    return cached;
  }
  return (await refresh) || Response.error();
}
