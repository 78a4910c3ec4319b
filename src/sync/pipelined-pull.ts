import { PullStalledError } from './errors';
import { quiet } from './quiet';

/** What every paged answer of the endpoint carries. */
export interface Page {
  checkpoint: number;
  more: boolean;
}

export interface PipelinedPull<P extends Page, R> {
  /** The checkpoint the first page was asked from. */
  from: number;
  /** The first page (null: the endpoint has nothing to give, e.g. an older endpoint). */
  first: Promise<P | null>;
  /** The page after `page` (null as for `first`). */
  next: (page: P) => Promise<P | null>;
  /** Makes a page ready for storing (sealing, building rows), before its transaction opens. */
  prepare: (page: P) => Promise<R>;
  /**
   * Opens the page's transaction and returns it: called in page order, each queued behind the
   * one before, so it must check that the stored checkpoint is the one the page before it set.
   */
  store: (page: P, prepared: R) => Promise<void>;
  /** The page has committed (called in page order). */
  stored?: (page: P, prepared: R) => void;
}

/**
 * Runs a paged pull with three things overlapping: the next page is fetched while this one is
 * stored, and this page's transaction is queued while the previous one commits, so the network,
 * the page's preparation and the database work at the same time; each page is still stored with
 * its checkpoint in one transaction, in order. On a failure, the first failing page's error is
 * thrown, and not before every transaction already queued has ended (none runs behind the caller).
 *
 * A page that says there is more must move the checkpoint on: one whose checkpoint is not above
 * the one it was asked from would have the pull ask for the same pages again and again (a cached
 * answer served for every request, or two answers sending each other back). It is neither stored
 * nor followed: once the pages before it have committed, the pull ends with PullStalledError,
 * keeping their checkpoint. (A last page, `more` false, is stored as it is.)
 */
export async function pullPipelined<P extends Page, R>(pull: PipelinedPull<P, R>): Promise<void> {
  const queued = new Set<Promise<void>>();
  let committing: { done: Promise<void>; page: P; prepared: R } | null = null;
  const settle = async () => {
    if (!committing) return;
    const { done, page, prepared } = committing;
    committing = null;
    await done;
    queued.delete(done);
    pull.stored?.(page, prepared);
  };
  let next: Promise<P | null> = quiet(pull.first);
  let asked = pull.from;
  try {
    for (;;) {
      const page = await next;
      if (!page) return await settle();
      if (page.more && page.checkpoint <= asked) {
        await settle();
        throw new PullStalledError(asked, page.checkpoint);
      }
      asked = page.checkpoint;
      if (page.more) next = quiet(pull.next(page));
      const prepared = await pull.prepare(page);
      const done = quiet(pull.store(page, prepared));
      queued.add(done);
      // The page before this one commits first (its failure is the one worth reporting).
      await settle();
      committing = { done, page, prepared };
      if (!page.more) return await settle();
    }
  } finally {
    await Promise.all([...queued].map((done) => done.catch(() => undefined)));
  }
}
