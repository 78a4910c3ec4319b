import type { Page } from '@playwright/test';
import { reasonOf, type Benchmark } from './lib/context';
import { notRun, type Row } from './lib/results';
import { DAY_MS, openSeededApp } from './lib/seeded-app';

const ENTRIES = 10_000;
const FULL = 'JS heap after loading 10,000 log entries and scrolling the list (/dialoger)';
const EMPTY = 'Floor: the same list page with no entries';
const MiB = 1024 * 1024;

/** Runs in the page: the list shows entries (a seeded organisation's name), or the empty state. */
function listReady(expectEntries: boolean): boolean {
  const main = document.querySelector('main');
  if (location.pathname !== '/dialoger' || !main || main.querySelector('.loading')) return false;
  const text = main.innerText;
  return expectEntries
    ? /(förening|församling|IF|studieförbund|ungdomsråd) \d+/.test(text)
    : /Dialoger/.test(text) && !/Laddar/.test(text);
}

/** Runs in the page: scrolls every scrollable area (window included) to the end in steps. */
async function scrollThrough(steps: number): Promise<number> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const areas = [document.scrollingElement!, ...document.querySelectorAll('main *')].filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      el.scrollHeight > el.clientHeight + 10 &&
      (el === document.scrollingElement || /(auto|scroll)/.test(getComputedStyle(el).overflowY)),
  );
  let moved = 0;
  for (const area of areas) {
    for (let i = 1; i <= steps; i++) {
      area.scrollTop = ((area.scrollHeight - area.clientHeight) * i) / steps;
      moved = Math.max(moved, area.scrollTop);
      await frame();
    }
  }
  return moved;
}

async function heapAfterScroll(
  page: Page,
  url: string,
  expectEntries: boolean,
): Promise<{ used: number; scrolled: number }> {
  await page.goto(url);
  await page.waitForFunction(listReady, expectEntries, { timeout: 60_000 });
  const scrolled = await page.evaluate(scrollThrough, 100);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { used: usage.usedSize / MiB, scrolled };
}

async function measure(
  staticDir: string,
  browser: Parameters<typeof openSeededApp>[0],
  entries: number,
  runs: number,
): Promise<{ heap: number[]; scrolled: number }> {
  const now = Date.now();
  const seed =
    entries > 0
      ? { entries, organisations: 200, from: now - 3 * 365 * DAY_MS, to: now - DAY_MS }
      : null;
  const app = await openSeededApp(browser, staticDir, seed);
  try {
    const heap: number[] = [];
    let scrolled = 0;
    for (let i = 0; i < runs; i++) {
      const page = await app.context.newPage();
      try {
        const r = await heapAfterScroll(page, `${app.endpoint.url}/dialoger`, entries > 0);
        heap.push(r.used);
        scrolled = r.scrolled;
      } finally {
        await page.close();
      }
    }
    return { heap, scrolled };
  } finally {
    await app.close();
  }
}

const bench: Benchmark = {
  name: 'memory',
  title: 'Memory: the log list with 10,000 entries',
  async run(ctx) {
    const runs = ctx.iterations(3, 1);
    const rows: Row[] = [];
    const notes = [
      `The served app at a phone viewport with ${ENTRIES.toLocaleString('en-US')} log entries in its IndexedDB; each ` +
        'run opens /dialoger in a new tab, waits for the list, scrolls every scrollable area to the end in 100 steps ' +
        '(two animation frames each), forces a garbage collection (HeapProfiler.collectGarbage) and reads ' +
        "`Runtime.getHeapUsage().usedSize` (the tab's V8 heap). The floor is the same page, same procedure, with no entries. " +
        'No target is set (issue 10 asks for the figure).',
    ];
    try {
      const dir = (await ctx.app()).dir;
      const browser = await ctx.browser();
      const empty = await measure(dir, browser, 0, runs);
      const full = await measure(dir, browser, ENTRIES, runs);
      if (full.scrolled < 1000)
        notes.push(
          `Scrolling moved only ${Math.round(full.scrolled)} px: the list may not be scrollable yet.`,
        );
      else notes.push(`The list scrolled ${Math.round(full.scrolled).toLocaleString('en-US')} px.`);
      rows.push({
        figure: FULL,
        unit: 'MiB',
        samples: full.heap,
        spread: 'minmax',
        comparedTo: EMPTY,
      });
      rows.push({
        figure: EMPTY,
        unit: 'MiB',
        samples: empty.heap,
        spread: 'minmax',
        role: 'floor',
      });
    } catch (error) {
      rows.push(notRun(FULL, 'MiB', reasonOf(error), { comparedTo: EMPTY }));
    }
    return { rows, notes };
  },
};

export default bench;
