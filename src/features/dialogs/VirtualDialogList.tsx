import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { Link } from 'wouter';
import type { LogEntry } from '../../shared/schemas';
import { formatLocalDateTime, formatMonth } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import { entryKindText, entryTitle } from './entry-text';
import { isMonthRow, type ListRow } from './filter-entries';

/** Texts formatted once per value: a row drawn again (a new entry above it) formats nothing. */
function formattedOnce(format: (value: string) => string): (value: string) => string {
  const done = new Map<string, string>();
  return (value) => {
    let text = done.get(value);
    if (text === undefined) {
      if (done.size >= 2000) done.clear();
      done.set(value, (text = format(value)));
    }
    return text;
  };
}
const dateTimeText = formattedOnce(formatLocalDateTime);
const monthText = formattedOnce(formatMonth);

/** One entry; drawn again only when the entry (a new object when it changed) or the names change. */
const EntryRow = memo(function EntryRow({
  entry,
  nameOf,
}: {
  entry: LogEntry;
  nameOf: (id: string) => string;
}) {
  const open = entry.followUps.filter((f) => !f.done).length;
  return (
    <Link href={`/dialoger/${entry.id}`} className="card dialog-item">
      <span className="dialog-item-title">{entryTitle(entry, nameOf)}</span>
      <span className="dialog-item-meta">
        {dateTimeText(entry.date)} · {entryKindText(entry)}
        {open > 0 ? ` · ${sv.dialogs.list.openFollowUps(open)}` : ''}
      </span>
      {entry.summary ? <span className="dialog-item-summary">{entry.summary}</span> : null}
    </Link>
  );
});

/**
 * Where the list started on the page last time it was shown: the next visit starts from it, so
 * the virtualizer does not lay out 10,000 rows once for a margin of 0 and again for the real one.
 */
let lastScrollMargin = 0;

/** The month heading to keep on screen: the last one at or before the first visible row. */
function stickyIndex(rows: ListRow[], startIndex: number): number {
  for (let i = Math.min(startIndex, rows.length - 1); i >= 0; i--) {
    const row = rows[i];
    if (row && isMonthRow(row)) return i;
  }
  return 0;
}

/**
 * Each row's key, which rows are month headings and each entry's place among the entries, as plain
 * arrays: the virtualizer asks for keys and headings row by row over the whole list each time the
 * rows change (twice when an entry is added).
 */
function rowFacts(rows: ListRow[]): {
  keys: string[];
  heading: Uint8Array;
  place: Uint32Array;
  entries: number;
} {
  const keys = new Array<string>(rows.length);
  const heading = new Uint8Array(rows.length);
  const place = new Uint32Array(rows.length);
  let entries = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isMonthRow(row)) {
      heading[i] = 1;
      keys[i] = row.key;
    } else {
      keys[i] = row.id;
      place[i] = ++entries;
    }
  }
  return { keys, heading, place, entries };
}

/**
 * The entries as one real list, virtualised against the window so 10,000 entries scroll smoothly:
 * only the rows near the screen exist in the DOM, each entry with its place among all the entries
 * (aria-posinset / aria-setsize), so "3 av 10 000" counts entries, not the month headings between
 * them. A month's heading row is drawn for the eye (and kept visible, sticky) but hidden from
 * assistive technology; the same heading is given to it inside the month's first entry instead.
 */
export function VirtualDialogList({
  rows,
  nameOf,
}: {
  rows: ListRow[];
  nameOf: (id: string) => string;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(lastScrollMargin);
  /** The window's scroll while the list was on screen: kept while the list is kept hidden. */
  const shownScroll = useRef<number | null>(null);
  // Before the virtualizer's own effects (declared below), so it starts from the restored scroll.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // Shown again after it was kept hidden (a new entry's form opened from it): back where it was,
    // not where the form was scrolled to.
    if (shownScroll.current !== null) window.scrollTo(0, shownScroll.current);
    shownScroll.current = window.scrollY;
    const onScroll = () => {
      shownScroll.current = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const measure = () => {
      lastScrollMargin = Math.round(list.getBoundingClientRect().top + window.scrollY);
      setScrollMargin(lastScrollMargin);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, []);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const sticky = stickyIndex(rows, range.startIndex);
      return [...new Set([sticky, ...defaultRangeExtractor(range)])].sort((a, b) => a - b);
    },
    [rows],
  );
  // Stable while the rows are: a new function would make the virtualizer lay out every row again.
  const facts = useMemo(() => rowFacts(rows), [rows]);
  const estimateSize = useCallback((i: number) => (facts.heading[i] ? 48 : 96), [facts]);
  const getItemKey = useCallback((i: number) => facts.keys[i] ?? i, [facts]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: 6,
    scrollMargin,
    rangeExtractor,
  });
  const activeSticky = stickyIndex(rows, virtualizer.range?.startIndex ?? 0);
  return (
    <ul ref={listRef} className="dialog-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        const month = isMonthRow(row);
        const sticky = month && item.index === activeSticky;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-hidden={month ? true : undefined}
            aria-setsize={month ? undefined : facts.entries}
            aria-posinset={month ? undefined : facts.place[item.index]}
            className={sticky ? 'dialog-row-sticky' : undefined}
            style={
              sticky
                ? undefined
                : {
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    transform: `translateY(${item.start - scrollMargin}px)`,
                  }
            }
          >
            {month ? (
              <p className="month-heading">{monthText(row.month)}</p>
            ) : (
              <>
                {facts.heading[item.index - 1] ? (
                  <h2 className="vh">{monthText(row.date.slice(0, 7))}</h2>
                ) : null}
                <EntryRow entry={row} nameOf={nameOf} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
