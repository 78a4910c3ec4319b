import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/shared/schemas';
import { foldForSearch } from '../../src/lib/dates';
import type { IndexedEntry } from '../../src/features/dialogs/filter-entries';
import {
  buildCorpus,
  corpusOf,
  forgetCorpus,
  itemsWithWord,
  itemsWithWords,
  warmSearch,
} from '../../src/features/dialogs/search-corpus';

/** Items with a search text and organisations: the corpus reads nothing else. */
const items = (...raws: string[]): IndexedEntry[] =>
  raws.map((raw, i) => ({
    entry: { id: `e${i}`, organisationIds: [] } as unknown as LogEntry,
    raw,
  }));
const naming = (raw: string, ...organisationIds: string[]): IndexedEntry => ({
  entry: { id: raw, organisationIds } as unknown as LogEntry,
  raw,
});

const NAMES: Record<string, string> = { moske: 'Moskéföreningen i Timrå', ifk: 'IFK Timrå' };
const nameOf = (id: string) => NAMES[id] ?? '';

/** The same question answered the slow way, text by text. */
const byHand = (index: IndexedEntry[], word: string, names: (id: string) => string): string =>
  index
    .map(({ entry, raw }) =>
      foldForSearch(raw)
        .split(/\s+/)
        .some((w) => w.includes(word)) ||
      entry.organisationIds.some((id) => foldForSearch(names(id)).includes(word))
        ? '1'
        : '0',
    )
    .join('');

const found = (index: IndexedEntry[], word: string): number[] =>
  [...itemsWithWord(corpusOf(index), word, nameOf)].flatMap((mark, i) => (mark ? [i] : []));

describe('search corpus', () => {
  it('finds every entry holding a word, folded, once per entry however often it occurs', () => {
    const index = items('Möte med Moskéföreningen', 'inget här', 'moské, moské och MOSKÉ', 'Moske');
    expect(found(index, 'moske')).toEqual([0, 2, 3]);
    expect(found(index, 'har')).toEqual([1]);
    expect(found(index, 'saknas')).toEqual([]);
  });

  it('never matches across the end of one entry and the start of the next', () => {
    const index = items('samtal om sam', 'verkan i skolan', 'samverkan');
    expect(found(index, 'samverkan')).toEqual([2]);
    expect(found(index, 'sam')).toEqual([0, 2]);
  });

  it('finds the first and the last entry and handles an empty log', () => {
    const index = items('alfa', 'beta', 'gamma');
    expect(found(index, 'alfa')).toEqual([0]);
    expect(found(index, 'gamma')).toEqual([2]);
    expect(found([], 'alfa')).toEqual([]);
  });

  it('follows a changed entry in a new index and an index edited in place', () => {
    const before = items('gammal text', 'annat');
    warmSearch(before);
    expect(found(before, 'gammal')).toEqual([0]);
    const after = [items('ny text om föreningslivet')[0]!, before[1]!];
    expect(found(after, 'gammal')).toEqual([]);
    expect(found(after, 'foreningslivet')).toEqual([0]);
    // An array edited in place after its corpus was made is noticed, not searched stale.
    before[0] = items('helt ny')[0]!;
    expect(found(before, 'gammal')).toEqual([]);
    expect(found(before, 'helt')).toEqual([0]);
  });

  it("finds entries by their organisations' names, as they follow changes to the log", () => {
    const index = [naming('ett', 'ifk'), naming('två', 'moske', 'ifk'), naming('tre')];
    expect(found(index, 'timra')).toEqual([0, 1]);
    expect(found(index, 'moskeforeningen')).toEqual([1]);
    // A new entry on top and the second one removed: positions follow.
    const next = [naming('noll', 'moske'), index[0]!, index[2]!];
    expect(found(next, 'moskeforeningen')).toEqual([0]);
    expect(found(next, 'ifk')).toEqual([1]);
    expect(found(next, 'tre')).toEqual([2]);
  });

  it('follows many small changes exactly as a corpus built anew would', () => {
    let index = Array.from({ length: 30 }, (_, i) => naming(`text ${i} ord${i % 7}`, `o${i % 4}`));
    const orgName = (id: string) => `förening ${id}`;
    const marks = (ix: IndexedEntry[], word: string) =>
      [...itemsWithWord(corpusOf(ix), word, orgName)].join('');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(next() * (index.length + 1));
      const copy = index.slice();
      if (next() < 0.5 && copy.length > 0) copy.splice(Math.min(at, copy.length - 1), 1);
      else copy.splice(at, 0, naming(`ny ${step} ord${step % 5}`, `o${step % 6}`));
      index = copy;
      for (const word of ['ord3', 'ny', 'text', 'o5', 'forening', 'saknas'])
        expect(marks(index, word)).toBe(byHand(index, word, orgName));
    }
  });

  it('answers a first search by scanning while the corpus is half built, the same as it would', () => {
    const index = Array.from({ length: 40 }, (_, i) =>
      naming(`Möte ${i} om ${i % 3 === 0 ? 'Samverkan' : 'trygghet'}`, i % 4 ? 'ifk' : 'moske'),
    );
    const words = ['samverkan', 'moskeforeningen', 'mote', 'timra', 'saknas'];
    const asText = (marks: Uint8Array[]) => marks.map((m) => m.join(''));
    forgetCorpus();
    expect(buildCorpus(index, 10)).toBe(false);
    const scanned = asText(itemsWithWords(index, words, nameOf));
    expect(buildCorpus(index, 10)).toBe(false); // the search did not finish the corpus
    expect(scanned).toEqual(words.map((w) => byHand(index, w, nameOf)));
    expect(buildCorpus(index)).toBe(true);
    expect(asText(itemsWithWords(index, words, nameOf))).toEqual(scanned);
  });

  it('forgets every word on locking: the next search builds a corpus anew', () => {
    const index = items('hemlig text');
    const before = corpusOf(index);
    forgetCorpus();
    const after = corpusOf(index);
    expect(after).not.toBe(before);
    expect(found(index, 'hemlig')).toEqual([0]);
  });

  it('folds each text once and keeps it on the item', () => {
    const index = items('Länsstyrelsen');
    warmSearch(index);
    expect(index[0]!.folded).toBe('lansstyrelsen');
  });
});
