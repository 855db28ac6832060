// Reports the raw and brotli (quality 11) sizes of the built app in dist/.
// Usage: node scripts/sizes.mjs [dir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KiB';
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
  const buf = readFileSync(path);
  console.log(`${name.padEnd(40)} raw ${kb(buf.length)}   brotli ${kb(brotli(buf))}`);
}
