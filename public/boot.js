// Starts Guichet. Trunk's default loader is an inline <script type="module">, which the
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') forbids; Trunk.toml's
// pattern_script writes this external module instead, with the hashed file names in
// data attributes.
const boot = document.querySelector('script[data-guichet-js]');
const { default: init } = await import(boot.dataset.guichetJs);
await init({ module_or_path: boot.dataset.guichetWasm });
