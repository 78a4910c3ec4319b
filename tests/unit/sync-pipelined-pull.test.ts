import { describe, expect, it } from 'vitest';
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
});
