import type { IndexedEntry } from './filter-entries';
import { foldFast } from './search-text';

/**
 * The words of the log's folded search texts: each distinct word once, with the positions (in the
 * list's index) of the entries that hold it. A search word matches an entry when it is part of one
 * of the entry's words (a search word holds no white space, so it can never span two), so finding
 * it means one `indexOf` pass over the vocabulary — a few thousand words — instead of over all
 * 10,000 texts, and then marking the entries of the words found.
 *
 * Organisation names are looked up per organisation, not stored in the texts, so renaming one
 * needs no new corpus.
 *
 * The log's read model publishes a new index array on every change, usually one entry added,
 * changed or removed; the corpus follows such a change in place (the entries in between are
 * compared by identity) instead of reading every text again.
 */
interface SearchCorpus {
  /** The items the corpus was made from, in index order. */
  items: IndexedEntry[];
  /** How many of `items` are in the corpus so far (it is built a slice at a time). */
  built: number;
  /** For each distinct word, the positions of the items that hold it, ascending. */
  holders: Map<string, number[]>;
  /** For each organisation id, the positions of the items that name it, ascending. */
  namers: Map<string, number[]>;
  /** The vocabulary joined by newlines with where each word starts; null when out of date. */
  vocabulary: { text: string; starts: Int32Array; holders: number[][] } | null;
}

const WHITE_SPACE = /\s+/;

/** A change bigger than this is built anew rather than followed entry by entry. */
const PATCH_LIMIT = 50;

/** The corpus last used: the next index is usually this one's, changed by an entry or two. */
let current: SearchCorpus | null = null;
/** Corpora by index array (a corpus followed to a newer index no longer fits the older array). */
let byIndex = new WeakMap<readonly IndexedEntry[], SearchCorpus>();

/** The entry's folded search text (folded on first use, then kept on the item). */
export function searchTextOf(item: IndexedEntry): string {
  return (item.folded ??= foldFast(item.raw));
}

function wordsOf(item: IndexedEntry): Set<string> {
  const words = new Set(searchTextOf(item).split(WHITE_SPACE));
  words.delete('');
  return words;
}

function addItem(corpus: SearchCorpus, item: IndexedEntry, at: number): void {
  for (const word of wordsOf(item)) {
    if (insert(corpus.holders, word, at)) corpus.vocabulary = null;
  }
  for (const id of item.entry.organisationIds) insert(corpus.namers, id, at);
}

function removeItem(corpus: SearchCorpus, item: IndexedEntry, at: number): void {
  for (const word of wordsOf(item)) {
    if (remove(corpus.holders, word, at)) corpus.vocabulary = null;
  }
  for (const id of item.entry.organisationIds) remove(corpus.namers, id, at);
}

/** Adds position `at` under `key`; true when the key is new. */
function insert(lists: Map<string, number[]>, key: string, at: number): boolean {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [at]);
  else if (list.length === 0 || list[list.length - 1]! < at) list.push(at);
  else if (list[firstAtLeast(list, at)] !== at) list.splice(firstAtLeast(list, at), 0, at);
  return list === undefined;
}

/** Removes position `at` from under `key`; true when the key is gone. */
function remove(lists: Map<string, number[]>, key: string, at: number): boolean {
  const list = lists.get(key);
  if (list === undefined) return false;
  const i = firstAtLeast(list, at);
  if (list[i] === at) list.splice(i, 1);
  if (list.length > 0) return false;
  lists.delete(key);
  return true;
}

/** Index of the first value ≥ `at` in an ascending array. */
function firstAtLeast(values: number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moves every position at or after `from` by `by`. */
function shift(corpus: SearchCorpus, from: number, by: number): void {
  if (by === 0) return;
  for (const lists of [corpus.holders, corpus.namers]) {
    for (const list of lists.values()) {
      for (let i = list.length - 1; i >= 0 && list[i]! >= from; i--) list[i]! += by;
    }
  }
}

/**
 * Follows the change from the corpus's items to `index` in place when it is a small one (a run of
 * entries replaced between an unchanged start and end); false when it is not.
 */
function patch(corpus: SearchCorpus, index: readonly IndexedEntry[]): boolean {
  const before = corpus.items;
  if (corpus.built < before.length) return false;
  let start = 0;
  const most = Math.min(before.length, index.length);
  while (start < most && before[start] === index[start]) start++;
  let end = 0;
  while (end < most - start && before[before.length - 1 - end] === index[index.length - 1 - end])
    end++;
  const removed = before.length - end - start;
  const added = index.length - end - start;
  if (removed + added > PATCH_LIMIT) return false;
  for (let i = start + removed - 1; i >= start; i--) removeItem(corpus, before[i]!, i);
  shift(corpus, start + removed, added - removed);
  for (let i = start; i < start + added; i++) addItem(corpus, index[i]!, i);
  corpus.items = index.slice();
  corpus.built = index.length;
  return true;
}

const sameItems = (items: IndexedEntry[], index: readonly IndexedEntry[]): boolean =>
  items.length === index.length && items.every((item, i) => item === index[i]);

function corpusFor(index: readonly IndexedEntry[]): SearchCorpus {
  const kept = byIndex.get(index);
  if (kept && sameItems(kept.items, index)) return (current = kept);
  if (!(current && (sameItems(current.items, index) || patch(current, index))))
    current = {
      items: index.slice(),
      built: 0,
      holders: new Map(),
      namers: new Map(),
      vocabulary: null,
    };
  byIndex.set(index, current);
  return current;
}

/**
 * Adds up to `count` more entries of `index` to its corpus (the list's idle-time warm-up, a slice
 * at a time); true when the corpus is complete.
 */
export function buildCorpus(index: readonly IndexedEntry[], count = Infinity): boolean {
  const corpus = corpusFor(index);
  const end = Math.min(corpus.items.length, corpus.built + count);
  for (; corpus.built < end; corpus.built++)
    addItem(corpus, corpus.items[corpus.built]!, corpus.built);
  return corpus.built === corpus.items.length;
}

/** The index's complete corpus: kept, followed from the last one, or built now. */
export function corpusOf(index: readonly IndexedEntry[]): SearchCorpus {
  buildCorpus(index);
  return current!;
}

function vocabularyOf(corpus: SearchCorpus): NonNullable<SearchCorpus['vocabulary']> {
  if (corpus.vocabulary) return corpus.vocabulary;
  const starts = new Int32Array(corpus.holders.size + 1);
  let at = 0;
  let w = 0;
  for (const word of corpus.holders.keys()) {
    starts[w++] = at;
    at += word.length + 1;
  }
  starts[w] = at;
  return (corpus.vocabulary = {
    text: [...corpus.holders.keys()].join('\n'),
    starts,
    holders: [...corpus.holders.values()],
  });
}

/**
 * Which items hold `word` in their text or in the name of one of their organisations (`nameOf`
 * gives the name as shown, a merged duplicate's included): `marks[i]` is 1 for those, 0 for the
 * rest.
 */
export function itemsWithWord(
  corpus: SearchCorpus,
  word: string,
  nameOf: (organisationId: string) => string,
): Uint8Array {
  const { text, starts, holders } = vocabularyOf(corpus);
  const marks = new Uint8Array(corpus.items.length);
  let w = 0;
  let at = text.indexOf(word);
  while (at !== -1) {
    while (starts[w + 1]! <= at) w++;
    for (const i of holders[w]!) marks[i] = 1;
    // One hit per word is enough: go on from the next word.
    at = text.indexOf(word, starts[w + 1]);
  }
  for (const [id, namers] of corpus.namers) {
    if (foldedName(nameOf, id).includes(word)) for (const i of namers) marks[i] = 1;
  }
  return marks;
}

/** Folded names by the `nameOf` they came from (a new one comes with every register change). */
let foldedNames = new WeakMap<(id: string) => string, Map<string, string>>();

function foldedName(nameOf: (id: string) => string, id: string): string {
  let names = foldedNames.get(nameOf);
  if (names === undefined) foldedNames.set(nameOf, (names = new Map<string, string>()));
  let folded = names.get(id);
  if (folded === undefined) names.set(id, (folded = foldFast(nameOf(id))));
  return folded;
}

/**
 * Drops the corpus and the folded names (on locking: the words of the log's text must not stay
 * in memory once the text is sealed again).
 */
export function forgetCorpus(): void {
  current = null;
  byIndex = new WeakMap();
  foldedNames = new WeakMap();
}

/**
 * For each search word, which items hold it (`marks[k][i]` is 1 when item i holds word k): through
 * the corpus when it is complete (or can follow the index's change), else by scanning the texts —
 * a first search before the idle-time warm-up is done does not wait for the whole corpus; it only
 * folds what it reads, which the warm-up then reuses.
 */
export function itemsWithWords(
  index: readonly IndexedEntry[],
  words: readonly string[],
  nameOf: (organisationId: string) => string,
): Uint8Array[] {
  const corpus = corpusFor(index);
  if (corpus.built === corpus.items.length)
    return words.map((word) => itemsWithWord(corpus, word, nameOf));
  return words.map((word) => {
    const marks = new Uint8Array(index.length);
    for (let i = 0; i < index.length; i++) {
      const item = index[i]!;
      if (
        searchTextOf(item).includes(word) ||
        item.entry.organisationIds.some((id) => foldedName(nameOf, id).includes(word))
      )
        marks[i] = 1;
    }
    return marks;
  });
}

/** Folds every text and builds the corpus now (the list does the same in idle time). */
export function warmSearch(index: readonly IndexedEntry[]): void {
  corpusOf(index);
}
