// Starts Guichet. Trunk's default loader is an inline <script type="module">, which the
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') forbids; Trunk.toml's
// pattern_script writes this external module instead, with the hashed file names in
// data attributes.
//
// The static page (index.html's #boot) is painted first, and that paint reported (first
// contentful paint), before the app is fetched and started:
// - the first paint has the network to itself (on a slow phone link the 480 KB module
//   would share it with the style sheet); the module request leaves a frame later, which
//   costs about that frame, since this script itself arrives with the style sheet;
// - the app removes that page when it starts; removed sooner, it would also drop out of the
//   browser's paint timing (largest contentful paint).
// A hidden page (a background tab) starts at once; so does a browser without paint timing,
// after a frame; and in any case the app starts within 1.5 s.
const boot = document.querySelector('script[data-guichet-js]');
await new Promise((resolve) => {
  const paintTiming = globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint');
  if (document.visibilityState === 'hidden') return resolve();
  if (!paintTiming) return requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 1500);
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) {
      observer.disconnect();
      resolve();
    }
  }).observe({ type: 'paint', buffered: true });
});
const wasm = fetch(boot.dataset.guichetWasm);
const { default: init } = await import(boot.dataset.guichetJs);
await init({ module_or_path: wasm });
