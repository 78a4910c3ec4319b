import { coldStartOnce } from './lib/cold-start';
import { reasonOf, type Benchmark } from './lib/context';
import { openOfflineApp, openOfflineFloor, type OfflineApp } from './lib/offline-app';
import { notRun, type Row } from './lib/results';
import { summarize } from './lib/stats';

const APP = 'Offline cold start → usable dialog form (/dialoger/ny), 4× CPU';
const FLOOR = 'Floor: hello-world React PWA → button visible, 4× CPU';
const TARGET_MS = 1000;
const TARGET_RATIO = 1.5;

const bench: Benchmark = {
  name: 'coldstart',
  title: 'Offline cold start to a usable dialog form',
  async run(ctx) {
    const runs = ctx.iterations(12, 5);
    const browser = await ctx.browser();
    const target = `p50 ≤ ${TARGET_MS} ms and ≤ ${TARGET_RATIO}× floor`;
    let floor: OfflineApp | null = null;
    let app: OfflineApp | null = null;
    let floorError: string | null = null;
    let appError: string | null = null;
    try {
      floor = await openOfflineFloor(browser, (await ctx.floor()).dir);
    } catch (error) {
      floorError = reasonOf(error);
    }
    try {
      app = await openOfflineApp(browser, (await ctx.app()).dir);
    } catch (error) {
      appError = reasonOf(error);
    }
    const floorTimes: number[] = [];
    const appTimes: number[] = [];
    try {
      // Alternating app and floor, after one warm-up each, so drift on a shared machine hits both alike.
      for (let i = 0; i <= runs; i++) {
        if (floor && !floorError) {
          await coldStartOnce(floor.context, `${floor.baseUrl}/`, 'floor-button').then(
            (ms) => i > 0 && floorTimes.push(ms),
            (error: unknown) => void (floorError = reasonOf(error)),
          );
        }
        if (app && !appError) {
          await coldStartOnce(app.context, `${app.baseUrl}/dialoger/ny`, 'dialog-form').then(
            (ms) => i > 0 && appTimes.push(ms),
            (error: unknown) => void (appError = reasonOf(error)),
          );
        }
      }
    } finally {
      await floor?.close();
      await app?.close();
    }
    const rows: Row[] = [];
    if (appError || appTimes.length === 0) {
      rows.push(notRun(APP, 'ms', appError ?? 'no run', { target, comparedTo: FLOOR }));
    } else {
      const p50 = summarize(appTimes).p50;
      const ratioOk = floorError ? null : p50 <= TARGET_RATIO * summarize(floorTimes).p50;
      rows.push({
        figure: APP,
        unit: 'ms',
        samples: appTimes,
        comparedTo: FLOOR,
        target,
        // Without the floor the ratio half cannot be judged: then only a miss is certain.
        met: p50 > TARGET_MS || ratioOk === false ? false : ratioOk,
      });
    }
    rows.push(
      floorError || floorTimes.length === 0
        ? notRun(FLOOR, 'ms', floorError ?? 'no run', { role: 'floor' })
        : { figure: FLOOR, unit: 'ms', samples: floorTimes, role: 'floor' },
    );
    return {
      rows,
      notes: [
        'Each run opens a new tab in the same browser context (service worker and caches kept), with the endpoint ' +
          'stopped and the context offline, stops the service worker through the DevTools protocol (so its start-up ' +
          'counts, as when the app is opened from the home screen), sets 4× CPU throttling on the tab, navigates and ' +
          'polls on every animation frame until the page is usable; the time is `performance.now()` in the page, i.e. ' +
          'from the start of the navigation.',
        'Usable: the `Spara` button is visible and the control labelled `Datum` is enabled (the app); the `Spara` ' +
          'button is visible (the floor, bench/floor-app: React + react-dom rendering a heading and a button, built ' +
          'by Vite with @vitejs/plugin-react and vite-plugin-pwa generateSW, served by a static server on loopback).',
        `Phone context (Playwright's Pixel 7: 412×915, sv-SE). App and floor run alternately, one warm-up each discarded; ${runs} measured runs each. ` +
          'DevTools CPU throttling applies to the tab, not to the service worker thread.',
      ],
    };
  },
};

export default bench;
