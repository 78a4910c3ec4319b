/** A parsed command line: positional words and `--flag [value]` options. */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Map<string, string | true>;
}

/** Options that take a value; every other `--flag` is a switch. */
const VALUE_OPTIONS = new Set(['role', 'workspace']);

export class CliError extends Error {
  override name = 'CliError';
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!VALUE_OPTIONS.has(name)) {
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      throw new CliError(`--${name} behöver ett värde.`);
    }
    options.set(name, value);
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, options };
}

/** Fails on options the command does not know, so a typo is never silently ignored. */
export function allowOptions(args: ParsedArgs, allowed: string[]): void {
  for (const name of args.options.keys()) {
    if (!allowed.includes(name)) throw new CliError(`Okänt val: --${name}.`);
  }
}
