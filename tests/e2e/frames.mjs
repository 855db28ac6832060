// Frame times in a page: every animation frame's interval from start to stop (the first
// two dropped: the recorder's own start). Shared by budgets.spec.mjs and
// scripts/map-bench.mjs.

/** Starts recording frame intervals in `page`. */
export async function startFrames(page) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops recording; returns the intervals, ms. */
export async function stopFrames(page) {
  return page.evaluate(() => {
    window.__stop = true;
    return window.__frames.slice(2);
  });
}
