import type { Browser } from '@playwright/test';
import { makeBenchPage } from './lib/bench-page';
import { CPU_SLOWDOWN, plainContext, throttleCpu } from './lib/browser';
import { reasonOf, type Benchmark, type BenchContext } from './lib/context';
import { FILTER_QUERIES } from './lib/fixtures';
import { notRun, type Row } from './lib/results';
import { summarize } from './lib/stats';
import { DAY_MS, openSeededApp } from './lib/seeded-app';
import { serveStatic } from './lib/static-server';

const ENTRIES = 10_000;
const REPO = 'Repository save: createRecord, row + outbox committed (10k stored, 4× CPU)';
const ACTION = 'Dialog form save action: saveLogEntry (10k stored, 4× CPU)';
const RAW = 'Floor: raw IndexedDB put + commit of the same record, same page';
const INDEX = 'Build the list search index over 10,000 entries (read + index, 4× CPU)';
const WARM =
  'Warm the search over 10,000 entries (fold every text + build the corpus; the list does it in idle time, 4× CPU)';
const FILTER = 'Filter 10,000 entries by text (filterEntries, search texts folded, 4× CPU)';
const FILTER_COLD = 'Filter 10,000 entries by text, first search (nothing folded yet, 4× CPU)';
const UI = 'Tap Spara → entry visible in the list (10k stored, 4× CPU)';
const UI_NAV = '… of which: tap Spara → the app navigates to /dialoger (save resolved)';

/** (a) and (c): the repository, its floor and the filter in one blank page. */
async function measureInPage(ctx: BenchContext, browser: Browser): Promise<Row[]> {
  const dir = await makeBenchPage('bench/browser/save-entry.ts', 'save');
  ctx.removeLater(dir);
  const server = await serveStatic(dir);
  const context = await plainContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'saveBench' in window);
    const stored = await page.evaluate((n) => window.saveBench.seed(n, 200), ENTRIES);
    await throttleCpu(page, CPU_SLOWDOWN);
    const saves = ctx.iterations(200, 40);
    const times = { repo: [] as number[], raw: [] as number[], action: [] as number[] };
    const order = ['repo', 'raw', 'action'] as const;
    for (let i = -10; i < saves; i++) {
      // Interleaved, rotating the order, so drift on a shared machine hits all three alike.
      for (let k = 0; k < 3; k++) {
        const which = order[(i + 30 + k) % 3]!;
        const ms = await page.evaluate(
          (w) =>
            w === 'repo'
              ? window.saveBench.saveRepo()
              : w === 'raw'
                ? window.saveBench.saveRaw()
                : window.saveBench.saveAction(),
          which,
        );
        if (i >= 0) times[which].push(ms);
      }
    }
    const indexTimes: number[] = [];
    const warmTimes: number[] = [];
    for (let i = 0; i < ctx.iterations(5, 2); i++) {
      const [indexMs, warmMs] = await page.evaluate(() => window.saveBench.buildIndex());
      indexTimes.push(indexMs);
      warmTimes.push(warmMs);
    }
    const filterTimes: number[] = [];
    const coldTimes: number[] = [];
    const filterRuns = ctx.iterations(100, 25);
    for (const q of FILTER_QUERIES)
      await page.evaluate((query) => window.saveBench.filter(query, false), q);
    for (let i = 0; i < filterRuns; i++) {
      const query = FILTER_QUERIES[i % FILTER_QUERIES.length]!;
      const [ms] = await page.evaluate((q) => window.saveBench.filter(q, false), query);
      filterTimes.push(ms);
      if (i % 5 === 0)
        coldTimes.push((await page.evaluate((q) => window.saveBench.filter(q, true), query))[0]);
    }
    const repo = summarize(times.repo);
    const raw = summarize(times.raw);
    const within = repo.p50 <= 2 * raw.p50 && repo.p95 <= 2 * raw.p95;
    ctx.log(
      `save: ${stored} entries stored; repo p50 ${repo.p50.toFixed(2)} ms, raw p50 ${raw.p50.toFixed(2)} ms`,
    );
    return [
      {
        figure: REPO,
        unit: 'ms',
        samples: times.repo,
        comparedTo: RAW,
        target: 'p50 and p95 ≤ 2× floor',
        met: within,
      },
      { figure: ACTION, unit: 'ms', samples: times.action, comparedTo: RAW },
      { figure: RAW, unit: 'ms', samples: times.raw, role: 'floor' },
      { figure: INDEX, unit: 'ms', samples: indexTimes, spread: 'minmax' },
      { figure: WARM, unit: 'ms', samples: warmTimes, spread: 'minmax' },
      {
        figure: FILTER,
        unit: 'ms',
        samples: filterTimes,
        target: 'p95 ≤ 30 ms',
        met: summarize(filterTimes).p95 <= 30,
      },
      { figure: FILTER_COLD, unit: 'ms', samples: coldTimes },
    ];
  } finally {
    await context.close();
    await server.close();
  }
}

/** (b): the real form at /dialoger/ny, saved with one tap, until the list shows the entry. */
interface UiMarks {
  benchClickAt: number | null;
  benchNavAt: number | null;
}

async function measureUi(
  ctx: BenchContext,
  browser: Browser,
): Promise<{ shown: number[]; navigated: number[] }> {
  const now = Date.now();
  const app = await openSeededApp(browser, (await ctx.app()).dir, {
    entries: ENTRIES,
    organisations: 200,
    from: now - 3 * 365 * DAY_MS,
    to: now - DAY_MS,
  });
  const { page } = app;
  const inList = (name: string) =>
    page.waitForFunction(
      (n) =>
        location.pathname === '/dialoger' && document.querySelector('main')?.innerText.includes(n)
          ? performance.now()
          : false,
      name,
      { polling: 'raf', timeout: 60_000 },
    );
  try {
    await page.goto(`${app.endpoint.url}/dialoger`);
    await page.getByRole('button', { name: 'Ny dialog' }).waitFor({ timeout: 60_000 });
    // The start's retention pass trims the seeded entries older than 13 months once, in one long
    // transaction over the log (a device in use did that long ago), and the log's read models
    // reload after it. Wait until the oldest entry reads as trimmed and a read of the log no
    // longer queues behind a write, three times in a row.
    let quiet = 0;
    for (let tries = 0; quiet < 3; tries++) {
      if (tries > 240) throw new Error('the log stayed busy after the start');
      const ok = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const t0 = performance.now();
            const open = indexedDB.open('varna');
            open.onerror = () => resolve(false);
            open.onsuccess = () => {
              const idb = open.result;
              const stores = [...idb.objectStoreNames];
              const tx = idb.transaction(stores, 'readonly');
              const cursor = tx.objectStore('logEntries').index('date').openCursor();
              let trimmed = false;
              cursor.onsuccess = () => {
                trimmed = (cursor.result?.value as { textRemoved?: boolean })?.textRemoved === true;
              };
              tx.oncomplete = () => {
                idb.close();
                resolve(trimmed && performance.now() - t0 < 300);
              };
              tx.onerror = () => resolve(false);
            };
          }),
      );
      quiet = ok ? quiet + 1 : 0;
      await page.waitForTimeout(500);
    }
    await page.locator('.dialog-list li').first().waitFor({ timeout: 60_000 });
    await throttleCpu(page, CPU_SLOWDOWN);
    // The click's own timestamp, taken in the page (the document lives on across in-app
    // navigation), and the moment the app navigates to /dialoger after the save resolved (wouter
    // announces history.pushState with a `pushState` event on window).
    await page.evaluate(() => {
      const w = window as unknown as UiMarks;
      document.addEventListener(
        'click',
        (e) => {
          const button = (e.target as Element).closest('button');
          if (button?.textContent?.trim() === 'Spara') w.benchClickAt = e.timeStamp;
        },
        { capture: true },
      );
      window.addEventListener('pushState', () => {
        if (w.benchClickAt !== null && w.benchNavAt === null) w.benchNavAt = performance.now();
      });
    });
    const times: number[] = [];
    const navigated: number[] = [];
    const runs = ctx.iterations(15, 5);
    for (let i = 0; i <= runs; i++) {
      const name = `Bänkföreningen ${i}-${Math.random().toString(36).slice(2, 7)}`;
      await page.getByRole('button', { name: 'Ny dialog' }).click();
      const save = page.getByRole('button', { name: 'Spara', exact: true });
      await save.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
        const where = await page.evaluate(() => location.pathname).catch(() => '?');
        throw new Error(`run ${i}: no Spara button at ${where}: ${reasonOf(error)}`);
      });
      await page.getByLabel('Organisation').fill(name, { timeout: 15_000 });
      await page.evaluate(() => {
        const w = window as unknown as UiMarks;
        w.benchClickAt = null;
        w.benchNavAt = null;
      });
      await save.click();
      const shown = await inList(name);
      const marks = await page.evaluate(() => {
        const w = window as unknown as UiMarks;
        return { benchClickAt: w.benchClickAt, benchNavAt: w.benchNavAt };
      });
      if (marks.benchClickAt === null) throw new Error('the click on Spara was not seen');
      if (i > 0) {
        times.push(((await shown.jsonValue()) as number) - marks.benchClickAt);
        if (marks.benchNavAt !== null) navigated.push(marks.benchNavAt - marks.benchClickAt);
      }
    }
    return { shown: times, navigated };
  } finally {
    await app.close();
  }
}

const bench: Benchmark = {
  name: 'save',
  title: 'Saving a log entry and filtering the log (issue 3)',
  async run(ctx) {
    const browser = await ctx.browser();
    let rows: Row[];
    try {
      rows = await measureInPage(ctx, browser);
    } catch (error) {
      const reason = reasonOf(error);
      rows = [
        notRun(REPO, 'ms', reason, { comparedTo: RAW, target: 'p50 and p95 ≤ 2× floor' }),
        notRun(RAW, 'ms', reason, { role: 'floor' }),
        notRun(FILTER, 'ms', reason, { target: 'p95 ≤ 30 ms' }),
      ];
    }
    try {
      const { shown: times, navigated } = await measureUi(ctx, browser);
      rows.push({
        figure: UI,
        unit: 'ms',
        samples: times,
        target: 'p95 ≤ 50 ms',
        met: summarize(times).p95 <= 50,
      });
      rows.push({ figure: UI_NAV, unit: 'ms', samples: navigated });
    } catch (error) {
      rows.push(
        notRun(UI, 'ms', `the dialog form or list is not ready: ${reasonOf(error)}`, {
          target: 'p95 ≤ 50 ms',
        }),
      );
    }
    return {
      rows,
      notes: [
        `A blank page on loopback holds one VarnaDB with ${ENTRIES.toLocaleString('en-US')} log entries and 200 ` +
          'organisations (as if synced). At 4× CPU throttling it alternates, in rotating order, the repository save ' +
          '(`createRecord` of a new log entry: schema check, row and outbox entry in one Dexie transaction, resolved ' +
          "after the commit), the dialog form's save action (`saveLogEntry`, given the register the form holds: it matches typed names against it and adds new ones in the same transaction) and the " +
          'floor: a raw IndexedDB `put` of the same kind of record in a readwrite transaction on the same database, ' +
          "timed until its `complete` event. 10 warm-up rounds are discarded. Both use the browser's default " +
          'transaction durability.',
        "Filtering: the list's own modules (src/features/dialogs/filter-entries.ts, search-corpus.ts) — the index is " +
          'built as the list page builds it (its time is the "index" row), then warmed as the list does in idle time: ' +
          "each entry's search text folded once and all of them joined into one search corpus, so a word is found by " +
          `one \`indexOf\` scan (the "warm" row); then \`filterEntries\` runs for the queries ${FILTER_QUERIES.map((q) => `"${q}"`).join(', ')} ` +
          'in turn; every fifth query also runs once over copies of the entries with nothing folded yet (the "first search" row).',
        'Tap → list: the served app at a phone viewport with the same number of entries in its own database, opened ' +
          'at /dialoger as a user would have it; each run taps `Ny dialog` (in-app navigation), types a new organisation ' +
          "name, and Playwright taps `Spara`; the time runs from the click event's timestamp to the animation frame on " +
          "which /dialoger shows the organisation's name (and, as a breakdown, to the moment the app calls " +
          'history.pushState for /dialoger, i.e. the save has resolved). One warm-up run is discarded.',
      ],
    };
  },
};

export default bench;
