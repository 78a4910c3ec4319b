import type { VarnaDB } from './database';
import { compactLogFacts } from './log-facts-store';

/** Loose facts written since the last compaction before one is planned. */
const COMPACT_AFTER = 1000;
/** How long log writes must pause before a planned compaction runs. */
const QUIET_MS = 1500;

/**
 * Plans a compaction of the log facts once many loose ones were written (a pull, a restore): when
 * the writes have paused for a moment (so it never competes with a pull's pages), off the write's
 * path, in chunks so each transaction stays short. A compaction that fails (the database closed,
 * the tab went away) loses nothing: loose facts keep counting until a later one folds them.
 */
export function planLogFactCompaction(db: VarnaDB): (written: number) => void {
  let written = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const run = () => {
    timer = undefined;
    if (running) return;
    running = true;
    written = 0;
    void compactAll(db).finally(() => (running = false));
  };
  return (count) => {
    written += count;
    if (written < COMPACT_AFTER) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, QUIET_MS);
  };
}

/** Folds every loose fact, chunk by chunk; false when the database could not be reached. */
export async function compactAll(db: VarnaDB): Promise<boolean> {
  try {
    while ((await compactLogFacts(db)) > 0);
    return true;
  } catch {
    return false;
  }
}
