import type { ReactNode } from 'react';

/**
 * A table that is wider than a phone (large text, a long name that cannot break) scrolls sideways
 * inside this box instead of widening the page. The box is focusable, so a keyboard can scroll it,
 * and named by the table's heading (a group: a second landmark of the section's name would only
 * repeat it).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // A scrollable box must be reachable by keyboard (WCAG 2.1.1), which is what tabIndex is for here.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="report-table-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
