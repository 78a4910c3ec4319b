import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { Link } from 'wouter';
import type { LogEntry } from '../../shared/schemas';
import { formatLocalDateTime, formatMonth } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import { entryKindText, entryTitle } from './entry-text';
import { isMonthRow, rowKey, type ListRow } from './filter-entries';

function EntryRow({ entry, nameOf }: { entry: LogEntry; nameOf: (id: string) => string }) {
  const open = entry.followUps.filter((f) => !f.done).length;
  return (
    <Link href={`/dialoger/${entry.id}`} className="card dialog-item">
      <span className="dialog-item-title">{entryTitle(entry, nameOf)}</span>
      <span className="dialog-item-meta">
        {formatLocalDateTime(entry.date)} · {entryKindText(entry)}
        {open > 0 ? ` · ${sv.dialogs.list.openFollowUps(open)}` : ''}
      </span>
      {entry.summary ? <span className="dialog-item-summary">{entry.summary}</span> : null}
    </Link>
  );
}

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
 * The entries as one real list, virtualised against the window so 10,000 entries scroll smoothly:
 * only the rows near the screen exist in the DOM, each with its position in the whole list
 * (aria-posinset / aria-setsize). The current month's heading stays visible (sticky).
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
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      lastScrollMargin = Math.round(list.getBoundingClientRect().top + window.scrollY);
      setScrollMargin(lastScrollMargin);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const sticky = stickyIndex(rows, range.startIndex);
      return [...new Set([sticky, ...defaultRangeExtractor(range)])].sort((a, b) => a - b);
    },
    [rows],
  );
  // Stable while the rows are: a new function would make the virtualizer lay out every row again.
  const estimateSize = useCallback(
    (i: number) => {
      const row = rows[i];
      return row && isMonthRow(row) ? 48 : 96;
    },
    [rows],
  );
  const getItemKey = useCallback(
    (i: number) => {
      const row = rows[i];
      return row ? rowKey(row) : i;
    },
    [rows],
  );
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
        const sticky = isMonthRow(row) && item.index === activeSticky;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
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
            {isMonthRow(row) ? (
              <h2 className="month-heading">{formatMonth(row.month)}</h2>
            ) : (
              <EntryRow entry={row} nameOf={nameOf} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
