import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Machine } from './machine';
import { summarize } from './stats';

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../results');

/**
 * One line of the table. A row either has figures (from `samples`, or a single `value`) or says
 * why it did not run (`notRun`, shown as "ej körd").
 */
export interface Row {
  figure: string;
  unit: string;
  /** Raw measurements; the table shows their median and spread. */
  samples?: number[];
  /** A single deterministic figure (a size, a score), instead of samples. */
  value?: number;
  /** Which spread to show: p95 (default), p99, or min–max only. */
  spread?: 'p95' | 'p99' | 'minmax';
  /** `figure` of the floor or peer row measured in the same run. */
  comparedTo?: string;
  /** Floor/peer rows: what they are. */
  role?: 'floor' | 'peer';
  target?: string;
  /** Filled by the benchmark: whether the target was met (null: no target, or not run). */
  met?: boolean | null;
  /** Why this figure could not be measured: the table says "ej körd" and this reason. */
  notRun?: string;
  /** Short remark shown in the table. */
  note?: string;
}

export interface BenchResult {
  name: string;
  title: string;
  ranAt: string;
  command: string;
  quick: boolean;
  durationSeconds: number;
  machine: Machine;
  /** The 1-minute load average when the benchmark started: the machine is shared. */
  loadAverage: number;
  rows: Row[];
  /** Method and settings, shown under the table. */
  notes: string[];
}

export function medianOf(row: Row): number | null {
  if (row.notRun) return null;
  if (row.value !== undefined) return row.value;
  if (row.samples && row.samples.length > 0) return summarize(row.samples).p50;
  return null;
}

/** The row's median divided by its floor's or peer's median, when both ran. */
export function ratioOf(row: Row, rows: readonly Row[]): number | null {
  if (!row.comparedTo) return null;
  const other = rows.find((r) => r.figure === row.comparedTo);
  const a = medianOf(row);
  const b = other ? medianOf(other) : null;
  return a !== null && b !== null && b > 0 ? a / b : null;
}

/** The same at p95, when both rows have samples and the row shows a p95 spread. */
export function tailRatioOf(row: Row, rows: readonly Row[]): number | null {
  const other = rows.find((r) => r.figure === row.comparedTo);
  if (row.spread || row.notRun || !other || other.notRun) return null;
  if ((row.samples?.length ?? 0) < 2 || (other.samples?.length ?? 0) < 2) return null;
  const b = summarize(other.samples!).p95;
  return b > 0 ? summarize(row.samples!).p95 / b : null;
}

export function notRun(
  figure: string,
  unit: string,
  reason: string,
  extra: Partial<Row> = {},
): Row {
  return { figure, unit, ...extra, notRun: reason, met: null };
}

export function saveResult(result: BenchResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${result.name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export function loadResults(): BenchResult[] {
  let files: string[] = [];
  try {
    files = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map(
    (f) => JSON.parse(readFileSync(path.join(RESULTS_DIR, f), 'utf8')) as BenchResult,
  );
}
