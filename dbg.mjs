import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, rate] of [[1280, 1], [1280, 4], [600, 1], [600, 4]]) {
  const p = await b.newPage({ viewport: { width: w, height: 800 } });
  await p.goto('http://127.0.0.1:4199/?lang=en');
  await p.waitForSelector('#search-input');
  const box = p.locator('#search-input');
  for (const c of ['K1A 0B1', 'H2X 1Y4']) { await box.fill(c); await box.press('Enter'); await p.waitForSelector('.results__list li'); await p.waitForTimeout(300); }
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = [];
  for (const c of ['K1A 0B1', 'H2X 1Y4', 'K1A 0B1', 'H2X 1Y4']) {
    await box.fill(c);
    times.push(await p.evaluate(async () => {
      const input = document.querySelector('#search-input'); const fsa = input.value.slice(0, 3);
      const start = performance.now(); input.form.requestSubmit();
      return await new Promise((res) => { const done = () => document.querySelector('.origin__text')?.textContent.includes(fsa) && document.querySelector('.results__list li');
        const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); res(performance.now() - start); } }); obs.observe(document.body, { subtree: true, childList: true, characterData: true }); });
    }));
    await p.waitForTimeout(400);
  }
  console.log(w, rate, times.map(Math.round));
  await p.close();
}
await b.close();
