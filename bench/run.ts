import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArgsError, parseArgs } from './lib/args';
import { createContext, reasonOf, type Benchmark } from './lib/context';
import { ROOT } from './lib/endpoint';
import { machine } from './lib/machine';
import { ORDER, renderMarkdown } from './lib/markdown';
import { loadResults, saveResult, type BenchResult } from './lib/results';
import bundle from './bundle';
import coldstart from './coldstart';
import load from './load';
import lighthouse from './lighthouse';
import memory from './memory';
import report from './report';
import routine from './routine';
import save from './save';
import sync from './sync';

/**
 * `npm run bench [-- --only=a,b --quick --pg --duration=S --keep]`: runs the benchmarks one after
 * another, saves each result as bench/results/<name>.json and regenerates BENCHMARKS.md from every
 * result there.
 */
const BENCHMARKS: Benchmark[] = [
  bundle,
  coldstart,
  routine,
  save,
  sync,
  load,
  lighthouse,
  report,
  memory,
];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.render) {
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(loadResults()));
    console.log('[bench] BENCHMARKS.md written from bench/results/.');
    return;
  }
  const unknown = (args.only ?? []).filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0)
    throw new ArgsError(`Unknown benchmark(s): ${unknown.join(', ')} (have: ${ORDER.join(', ')})`);
  const selected = BENCHMARKS.filter((b) => !args.only || args.only.includes(b.name));
  // scripts/with-postgres.sh runs the command with TEST_DATABASE_URL set.
  const wrapper = process.env.TEST_DATABASE_URL ? 'bash scripts/with-postgres.sh ' : '';
  const command = [
    `${wrapper}npm run bench`,
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  const ctx = createContext(args);
  const started = Date.now();
  try {
    for (const bench of selected) {
      ctx.log(`${bench.name}: ${bench.title}`);
      const t0 = Date.now();
      const loadAverage = os.loadavg()[0] ?? 0;
      let output;
      try {
        output = await bench.run(ctx);
      } catch (error) {
        console.error(error);
        output = {
          rows: [
            { figure: bench.title, unit: '', notRun: `the benchmark failed: ${reasonOf(error)}` },
          ],
          notes: [],
        };
      }
      const result: BenchResult = {
        name: bench.name,
        title: bench.title,
        ranAt: new Date(t0).toISOString().replace(/\.\d+Z$/, 'Z'),
        command,
        quick: args.quick,
        durationSeconds: (Date.now() - t0) / 1000,
        machine: machine(),
        loadAverage,
        ...output,
      };
      const file = saveResult(result);
      ctx.log(
        `${bench.name} done in ${Math.round(result.durationSeconds)} s → ${path.relative(ROOT, file)}`,
      );
    }
  } finally {
    await ctx.dispose();
  }
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(loadResults()));
  ctx.log(`BENCHMARKS.md written; ${Math.round((Date.now() - started) / 1000)} s in all.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ArgsError ? error.message : error);
  process.exit(1);
});
