import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumPath } from './browser';

/** The machine a result was measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
}

function chromiumVersion(): string {
  try {
    const out = execFileSync(chromiumPath() ?? '', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    });
    return out.trim();
  } catch {
    return 'okänd';
  }
}

let cached: Machine | null = null;

export function machine(): Machine {
  cached ??= {
    cpu: os.cpus()[0]?.model.trim() ?? 'okänd',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(),
  };
  return cached;
}

export const sameMachine = (a: Machine, b: Machine): boolean =>
  a.cpu === b.cpu && a.cores === b.cores && a.node === b.node && a.chromium === b.chromium;
