import { makeBenchPage } from './lib/bench-page';
import { launchBrowser, plainContext } from './lib/browser';
import { serveStatic } from './lib/static-server';
const dir = await makeBenchPage('bench/browser/save-entry.ts', 'save');
const server = await serveStatic(dir);
const browser = await launchBrowser();
const context = await plainContext(browser);
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message, e.stack));
await page.goto(server.url);
await page.waitForFunction(() => 'saveBench' in window);
try { console.log(await page.evaluate(() => window.saveBench.seed(10000, 200))); } catch (e) { console.log('seed', e); }
try { console.log(await page.evaluate(() => window.saveBench.saveRepo())); } catch (e) { console.log('repo', e); }
try { console.log(await page.evaluate(() => window.saveBench.saveRaw())); } catch (e) { console.log('raw', e); }
try { console.log(await page.evaluate(() => window.saveBench.saveAction())); } catch (e) { console.log('action', e); }
for (let i = 0; i < 5; i++) { for (const w of ['repo','raw','action']) { try { console.log(w, await page.evaluate((w) => (w === 'repo' ? window.saveBench.saveRepo() : w === 'raw' ? window.saveBench.saveRaw() : window.saveBench.saveAction()), w)); } catch (e) { console.log(w, String(e)); } } }
try { console.log(await page.evaluate(() => window.saveBench.buildIndex())); } catch (e) { console.log('index', String(e)); }
try { console.log(await page.evaluate(() => window.saveBench.filter('moské'))); } catch (e) { console.log('filter', String(e)); }
await browser.close(); await server.close();
