import { describe, expect, it } from 'vitest';
import { PullStalledError } from '../../src/sync/errors';
import { pullPipelined } from '../../src/sync/pipelined-pull';

interface FakePage {
  checkpoint: number;
  more: boolean;
}

const pages = (n: number): FakePage[] =>
  Array.from({ length: n }, (_, i) => ({ checkpoint: i + 1, more: i + 1 < n }));

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pipelined pull', () => {
  it('stores every page in order and reports each once it has committed', async () => {
    const all = pages(5);
    const events: string[] = [];
    await pullPipelined({
      from: 0,
      first: Promise.resolve(all[0]!),
      next: (page) => Promise.resolve(all[page.checkpoint] ?? null),
      prepare: (page) => Promise.resolve(page.checkpoint * 10),
      store: async (page, prepared) => {
        events.push(`open ${page.checkpoint}`);
        await later(5 - page.checkpoint); // later pages commit sooner if nothing orders them
        events.push(`commit ${prepared}`);
      },
      stored: (page) => events.push(`stored ${page.checkpoint}`),
    });
    const stored = events.filter((e) => e.startsWith('stored'));
    expect(stored).toEqual(['stored 1', 'stored 2', 'stored 3', 'stored 4', 'stored 5']);
    // The next page's transaction was opened before the previous one had committed.
    expect(events.indexOf('open 2')).toBeLessThan(events.indexOf('stored 1'));
  });

  it("throws the first failing page's error only after every queued transaction has ended", async () => {
    const all = pages(3);
    let secondEnded = false;
    const failing = pullPipelined({
      from: 0,
      first: Promise.resolve(all[0]!),
      next: (page) => Promise.resolve(all[page.checkpoint] ?? null),
      prepare: () => Promise.resolve(null),
      store: async (page) => {
        if (page.checkpoint === 1) {
          await later(5);
          throw new Error('page 1 could not be stored');
        }
        await later(40);
        secondEnded = true;
        throw new Error('aborted: the page before it was not stored');
      },
    });
    await expect(failing).rejects.toThrow('page 1 could not be stored');
    expect(secondEnded).toBe(true);
  });

  it('ends at once when the endpoint has nothing to give', async () => {
    let stores = 0;
    await pullPipelined<FakePage, null>({
      from: 0,
      first: Promise.resolve(null),
      next: () => Promise.resolve(null),
      prepare: () => Promise.resolve(null),
      store: () => {
        stores += 1;
        return Promise.resolve();
      },
    });
    expect(stores).toBe(0);
  });

  for (const [what, stalled] of [
    ['stays at the checkpoint while saying there is more', { checkpoint: 2, more: true }],
    ['goes back below the checkpoint while saying there is more', { checkpoint: 1, more: true }],
  ] as const) {
    it(`stops at a page that ${what}, after storing the pages before it`, async () => {
      const answers: FakePage[] = [{ checkpoint: 2, more: true }, stalled];
      const asked: number[] = [];
      const committed: number[] = [];
      const pull = pullPipelined({
        from: 0,
        first: Promise.resolve(answers[0]!),
        next: (page) => {
          asked.push(page.checkpoint);
          if (asked.length > 10) return Promise.reject(new Error('asked for the same page again'));
          return Promise.resolve(answers[asked.length] ?? { ...stalled });
        },
        prepare: () => Promise.resolve(null),
        store: async (page) => {
          await later(5);
          committed.push(page.checkpoint);
        },
      });
      const error = await pull.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PullStalledError);
      expect(error).toMatchObject({ asked: 2, answered: stalled.checkpoint });
      // The page before it committed; the stalled one was neither stored nor followed.
      expect(committed).toEqual([2]);
      expect(asked).toEqual([2]);
    });
  }

  it('refuses a first page that stays where it was asked from while saying there is more', async () => {
    let stores = 0;
    const pull = pullPipelined<FakePage, null>({
      from: 7,
      first: Promise.resolve({ checkpoint: 7, more: true }),
      next: () => Promise.reject(new Error('must not ask again')),
      prepare: () => Promise.resolve(null),
      store: () => {
        stores += 1;
        return Promise.resolve();
      },
    });
    await expect(pull).rejects.toBeInstanceOf(PullStalledError);
    expect(stores).toBe(0);
  });
});
