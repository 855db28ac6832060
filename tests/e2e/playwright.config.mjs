// End-to-end tests in Debian's headless Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Ports can be moved (GUICHET_E2E_PORT, GUICHET_E2E_HOST_PORT) so that two checkouts can
// run their end-to-end tests at once.
const PORT = Number(process.env.GUICHET_E2E_PORT ?? 4173);
// A second origin for a test portal that embeds Guichet (tests/e2e/host/). Guichet's
// frame-ancestors lists it; its `localhost` twin is a different origin that is not listed.
export const HOST_PORT = Number(process.env.GUICHET_E2E_HOST_PORT ?? 4174);
export const GUICHET = `http://127.0.0.1:${PORT}`;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;
export const UNLISTED_HOST = `http://localhost:${HOST_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    navigationTimeout: 30_000,
    trace: 'off',
    // The service worker would cache the app and the bundle in every test and answer from
    // its caches: only the offline tests (offline.spec.mjs) allow it, each on a server
    // (and so an origin) of its own.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs dist ${PORT} --frame-ancestors="'self' ${HOST}"`,
      cwd: '../..',
      url: `${GUICHET}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node tests/e2e/serve.mjs tests/e2e/host ${HOST_PORT} --host-page=${GUICHET}`,
      cwd: '../..',
      url: `${HOST}/host.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
