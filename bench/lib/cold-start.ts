import type { BrowserContext } from '@playwright/test';
import { CPU_SLOWDOWN } from './browser';

/** What "usable" means for each page measured (evaluated in the page, see `readyAt`). */
export type ReadyWhen = 'dialog-form' | 'routine-heading' | 'floor-button';

/**
 * Runs in the page on every animation frame: returns `performance.now()` (ms since the
 * navigation started) once the page is usable, else false.
 */
function readyAt(when: ReadyWhen): number | false {
  const visible = (el: Element | null | undefined): el is HTMLElement =>
    !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const button = (name: string) =>
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  let ready = false;
  if (when === 'dialog-form') {
    const label = [...document.querySelectorAll('label')].find(
      (l) => l.textContent?.replace('*', '').trim() === 'Datum',
    );
    const control = label?.control as HTMLInputElement | null | undefined;
    ready = visible(button('Spara')) && !!control && visible(control) && !control.disabled;
  } else if (when === 'routine-heading') {
    const h1 = document.querySelector('h1');
    ready = visible(h1) && /^Rutin vid oro/.test(h1.textContent?.trim() ?? '');
  } else {
    ready = visible(button('Spara'));
  }
  return ready ? performance.now() : false;
}

/**
 * One offline cold start at 4× CPU throttling: a new tab in the same context (so the service
 * worker and its caches stay), the service worker stopped first (so its start-up counts, as when
 * the app is launched from the home screen), then navigation to `url`. Returns the time, measured
 * in the page from the start of the navigation, at which the page became usable (ms).
 */
export async function coldStartOnce(
  context: BrowserContext,
  url: string,
  when: ReadyWhen,
): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(readyAt, when, { polling: 'raf', timeout: 60_000 });
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error(`${url} was not served by the service worker`);
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/** `runs` cold starts after one discarded warm-up. */
export async function measureColdStarts(
  context: BrowserContext,
  url: string,
  when: ReadyWhen,
  runs: number,
): Promise<number[]> {
  await coldStartOnce(context, url, when);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await coldStartOnce(context, url, when));
  return times;
}
