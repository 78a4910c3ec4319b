import { measureColdStarts } from './lib/cold-start';
import { reasonOf, type Benchmark } from './lib/context';
import { openOfflineApp } from './lib/offline-app';
import { notRun } from './lib/results';

const FIGURE = 'Offline cold start → "Rutin vid oro" heading visible (/rutin), 4× CPU';

const bench: Benchmark = {
  name: 'routine',
  title: 'Offline cold start to the routine',
  async run(ctx) {
    const runs = ctx.iterations(10, 5);
    const notes = [
      'Same method as coldstart (new tab, service worker stopped, offline, 4× CPU, time from navigation start ' +
        'measured in the page) until the page heading `Rutin vid oro` is visible. No target is set in issue 4; ' +
        'compare with the coldstart floor.',
    ];
    try {
      const app = await openOfflineApp(await ctx.browser(), (await ctx.app()).dir);
      try {
        const times = await measureColdStarts(
          app.context,
          `${app.baseUrl}/rutin`,
          'routine-heading',
          runs,
        );
        return { rows: [{ figure: FIGURE, unit: 'ms', samples: times }], notes };
      } finally {
        await app.close();
      }
    } catch (error) {
      return { rows: [notRun(FIGURE, 'ms', reasonOf(error))], notes };
    }
  },
};

export default bench;
