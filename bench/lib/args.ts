/** Options of `npm run bench -- [--only=a,b] [--quick] [--pg] [--duration=S] [--keep] [--render]`. */
export interface BenchArgs {
  /** Benchmarks to run (all when null). */
  only: string[] | null;
  /** Fewer iterations and shorter load runs, for a quick look. */
  quick: boolean;
  /** Also run the load benchmark against PostgreSQL (needs DATABASE_URL). */
  pg: boolean;
  /** Seconds per load scenario (default 60, or 10 with --quick). */
  duration: number | null;
  /** Keep temp folders (builds, data dirs) for inspection. */
  keep: boolean;
  /** Only regenerate BENCHMARKS.md from the results already in bench/results/. */
  render: boolean;
}

export class ArgsError extends Error {}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    only: null,
    quick: false,
    pg: false,
    duration: null,
    keep: false,
    render: false,
  };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2) as [string, string | undefined];
    if (key === '--only' && value) {
      args.only = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (key === '--quick') args.quick = true;
    else if (key === '--pg') args.pg = true;
    else if (key === '--keep') args.keep = true;
    else if (key === '--render') args.render = true;
    else if (key === '--duration' && value && Number(value) > 0) args.duration = Number(value);
    else throw new ArgsError(`Unknown option ${arg}`);
  }
  return args;
}
