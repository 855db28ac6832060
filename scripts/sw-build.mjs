// Trunk post_build hook (Trunk.toml): versions the service worker by the build.
//
// Writes into the staged site (TRUNK_STAGING_DIR, before Trunk moves it to dist/):
// - sw.js: `const BUILD = { id, files, dev }`, the app files Trunk produced (hashed names)
//   and an id that changes whenever any of them or the worker itself changes, so every
//   build gets its own cache and browsers see a new worker;
// - index.html: <meta name="guichet-build" content="ID">, which tells the app to register
//   the worker. Dev builds (debug profile, or `trunk serve` with its autoreload script)
//   get neither: their worker removes itself and every Guichet cache.
//
// Node only, no network, no dependencies.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('sw-build: TRUNK_STAGING_DIR is not set: run it as a Trunk hook');
  process.exit(1);
}

// Not precached with the app: the bundle (its own cache, versioned by content), the
// worker itself, the site configuration (fetched apart: it may be edited on the server or
// missing), and dotfiles.
const SKIP = new Set(['sw.js', 'config.json', 'kiosk.json']);
const skipped = (path) => path.startsWith('data/') || SKIP.has(path) || path.split('/').some((p) => p.startsWith('.'));

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const htmlPath = join(staging, 'index.html');
// The insights app (insights.html) is built apart and copied beside the main app: it is
// neither the service worker's app shell nor precached (an online tool).
// (Trunk names its output index.html whatever the source page: the source is what tells.)
if (basename(process.env.TRUNK_HTML_FILE ?? 'index.html') !== 'index.html' || !existsSync(htmlPath)) {
  console.log(`sw-build: ${process.env.TRUNK_HTML_FILE} is not the app shell: nothing to do`);
  process.exit(0);
}
const swPath = join(staging, 'sw.js');
// Idempotent: a tag from an earlier run on the same directory is replaced, not added to.
const html = readFileSync(htmlPath, 'utf8').replace(/<meta name="guichet-build" content="[^"]*">\n?/, '');
if (readFileSync(htmlPath, 'utf8') !== html) writeFileSync(htmlPath, html);
const worker = readFileSync(swPath, 'utf8');
const dev = process.env.TRUNK_PROFILE !== 'release' || html.includes('.well-known/trunk/ws');

const files = walk(staging)
  .map((p) => relative(staging, p).split(sep).join('/'))
  .filter((p) => !skipped(p))
  .sort();

const hash = createHash('sha256');
hash.update(worker);
for (const f of files) {
  hash.update(`\0${f}\0`);
  hash.update(readFileSync(join(staging, f)));
}
const id = dev ? 'dev' : hash.digest('hex').slice(0, 16);

const marker = /^const BUILD = .*\/\/ @guichet-build$/m;
if (!marker.test(worker)) {
  console.error('sw-build: sw.js has no `const BUILD = …; // @guichet-build` line');
  process.exit(1);
}
const build = { id, files: dev ? [] : files.map((f) => `/${f}`), dev };
writeFileSync(swPath, worker.replace(marker, `const BUILD = ${JSON.stringify(build)}; // @guichet-build`));

if (!dev) {
  if (!html.includes('</head>')) {
    console.error('sw-build: index.html has no </head>');
    process.exit(1);
  }
  writeFileSync(htmlPath, html.replace('</head>', `<meta name="guichet-build" content="${id}">\n</head>`));
}
console.log(`sw-build: ${dev ? 'dev build, service worker disabled' : `build ${id}, ${files.length} app files precached`}`);
