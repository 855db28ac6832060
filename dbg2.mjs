import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +(process.env.W || 600), height: 800 } });
await p.goto('http://127.0.0.1:4198/?lang=en');
await p.waitForSelector('#search-input');
const box = p.locator('#search-input');
for (const c of ['K1A 0B1', 'H2X 1Y4']) { await box.fill(c); await box.press('Enter'); await p.waitForSelector('.results__list li'); await p.waitForTimeout(300); }
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (const c of ['K1A 0B1', 'H2X 1Y4', 'K1A 0B1', 'H2X 1Y4']) { await box.fill(c); await box.press('Enter'); await p.waitForTimeout(600); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) || 0) + 1);
const self = new Map(), incl = new Map();
const name = (n) => n.callFrame.functionName.slice(0, 110);
for (const [id, c] of counts) { const n = byId.get(id); self.set(name(n), (self.get(name(n)) || 0) + c);
  let cur = id; const seen = new Set(); while (cur) { const k = name(byId.get(cur)); if (!seen.has(k)) { incl.set(k, (incl.get(k) || 0) + c); seen.add(k); } cur = parent.get(cur); } }
const tot = profile.samples.length;
console.log('SELF'); console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, c]) => `${(c * 100 / tot).toFixed(1)}% ${k}`).join('\n'));
console.log('INCL'); console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, c]) => `${(c * 100 / tot).toFixed(1)}% ${k}`).join('\n'));
await b.close();
