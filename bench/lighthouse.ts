import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser';
import { reasonOf, type Benchmark } from './lib/context';
import { startEndpoint } from './lib/endpoint';
import { notRun, type Row } from './lib/results';
import { summarize } from './lib/stats';

const CATEGORIES = [
  { id: 'performance', label: 'Lighthouse performance (mobile)', min: 98 },
  { id: 'accessibility', label: 'Lighthouse accessibility (mobile)', min: 100 },
  { id: 'best-practices', label: 'Lighthouse best practices (mobile)', min: 100 },
] as const;

interface Run {
  scores: Record<string, number>;
  metrics: string;
  failing: string[];
  /** Performance opportunities Lighthouse estimates to save time, largest first. */
  opportunities: string;
}

/** One Lighthouse run in a fresh headless Chromium (its default: mobile, simulated throttling). */
async function audit(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      ...CHROMIUM_ARGS,
      ...(CHROMIUM_ARGS.includes('--no-sandbox') ? [] : ['--no-sandbox']),
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map((c) => c.id),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores: Record<string, number> = {};
    const failing: string[] = [];
    for (const c of CATEGORIES) {
      const category = lhr.categories[c.id];
      scores[c.id] = Math.round((category?.score ?? 0) * 100);
      if (c.id === 'performance') continue; // its metrics are listed below instead
      for (const ref of category?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1)
          failing.push(`${c.id}: ${a.id} (${a.score})`);
      }
    }
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    const unused =
      (
        lhr.audits['unused-javascript']?.details as
          { items?: Array<{ url: string; wastedBytes: number }> } | undefined
      )?.items ?? [];
    const unusedKiB = (unused.reduce((sum, item) => sum + item.wastedBytes, 0) / 1024).toFixed(0);
    const unusedBy = unused
      .map((item) => `${item.url.split('/').pop()} ${(item.wastedBytes / 1024).toFixed(0)} KiB`)
      .join(', ');
    const opportunities = Object.values(lhr.audits)
      .map((a) => ({
        id: a.id,
        ms: (a.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs ?? 0,
      }))
      .filter((o) => o.ms > 0)
      .sort((a, b) => b.ms - a.ms)
      .map((o) => `${o.id} ~${Math.round(o.ms)} ms`)
      .join(', ');
    return {
      scores,
      failing,
      opportunities: opportunities || 'none',
      metrics:
        `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}; ` +
        `unused JS ${unusedKiB} KiB${unusedBy ? ` (${unusedBy})` : ''}`,
    };
  } finally {
    chrome.kill();
  }
}

const bench: Benchmark = {
  name: 'lighthouse',
  title: 'Lighthouse 12.2.3, mobile, on the served app',
  async run(ctx) {
    const runs = ctx.iterations(5, 1);
    const notes: string[] = [];
    let endpoint;
    try {
      endpoint = await startEndpoint({ staticDir: (await ctx.app()).dir });
    } catch (error) {
      return {
        rows: CATEGORIES.map((c) =>
          notRun(c.label, 'score', reasonOf(error), { target: `≥ ${c.min}` }),
        ),
        notes,
      };
    }
    const results: Run[] = [];
    let failure: string | null = null;
    try {
      for (let i = 0; i < runs; i++) {
        try {
          results.push(await audit(`${endpoint.url}/`));
        } catch (error) {
          failure = reasonOf(error);
          break;
        }
      }
    } finally {
      await endpoint.stop();
    }
    const rows: Row[] = CATEGORIES.map((c) => {
      if (results.length === 0)
        return notRun(c.label, 'score', failure ?? 'no run', { target: `≥ ${c.min}` });
      const samples = results.map((r) => r.scores[c.id]!);
      return {
        figure: c.label,
        unit: 'score',
        samples,
        spread: 'minmax',
        target: `≥ ${c.min}`,
        met: summarize(samples).p50 >= c.min,
      };
    });
    notes.push(
      `Lighthouse's Node API with its default (mobile) settings: Moto G Power emulation, simulated slow 4G and 4× CPU; ` +
        `a fresh headless Chromium (chrome-launcher, --headless=new) per run, storage reset, the app served by the ` +
        `endpoint on 127.0.0.1 (http on loopback counts as a secure context). ${results.length} run(s); the median score counts.`,
      ...results.map((r, i) => `Run ${i + 1}: ${r.metrics}; opportunities: ${r.opportunities}.`),
    );
    const failing = [...new Set(results.flatMap((r) => r.failing))];
    if (failing.length) notes.push(`Audits below full score in some run: ${failing.join('; ')}.`);
    if (failure) notes.push(`A run failed: ${failure}.`);
    return { rows, notes };
  },
};

export default bench;
