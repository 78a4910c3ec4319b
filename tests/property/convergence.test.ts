import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runScenario, scenarioArb, totals } from './support/scenario';

/**
 * Convergence under faults (issue 8): 2–4 devices run the real sync engine against the real
 * endpoint and SQLite file, through a network that loses requests before and after the endpoint
 * applied them, duplicates, delays and reorders them, while the endpoint restarts. After a final
 * fault-free round every device and the endpoint hold identical data, every change was applied
 * exactly once and every acknowledged write is present.
 *
 * CI runs 1,000 in-process scenarios; locally 100 (FC_RUNS overrides). Replay a failure with
 * FC_SEED=<seed> (and FC_PATH=<path> for the shrunk case), both printed on failure.
 */
const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const path = process.env.FC_PATH;
const runs = Number(process.env.FC_RUNS ?? (process.env.CI ? 1000 : 100));
const httpRuns = Number(process.env.FC_HTTP_RUNS ?? 25);

describe('convergence property', () => {
  it(`in process: ${runs} scenarios converge (seed ${seed})`, { timeout: 900_000 }, async () => {
    console.log(`convergence: seed ${seed}, ${runs} runs (replay with FC_SEED=${seed})`);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await fc.assert(
      fc.asyncProperty(scenarioArb(), (input) => runScenario(input)),
      { numRuns: runs, seed, ...(path ? { path } : {}), endOnFailure: false },
    );
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `convergence: ${runs} runs, wall ${((performance.now() - t0) / 1000).toFixed(1)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
    );
    console.log(`convergence: totals ${JSON.stringify(totals)}`);
  });

  it(
    `over real HTTP: ${httpRuns} scenarios converge (seed ${seed})`,
    { timeout: 300_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb(), (input) => runScenario(input, true)),
        { numRuns: httpRuns, seed, ...(path ? { path } : {}) },
      );
    },
  );
});
