import { memo } from 'react';
import { Link } from 'wouter';
import { db } from '../../db';
import { Button, buttonNamed, focusHeading, focusWhenShown, showToast } from '../../ui';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import { saveFailedText } from '../../lib/save-failed';
import { setFollowUpDone } from './actions';
import { entryTitle } from './entry-text';
import type { DueFollowUp } from './filter-entries';

/** Due follow-ups shown above the log; the rest are one tap away (the list's follow-up filter). */
const SHOWN = 5;

/**
 * Agreed follow-ups that are due within a week (or overdue), at the top of the list: the earliest
 * few, and when there are more, a button that filters the log to the entries that have one (a long
 * log can hold hundreds, which would bury the log itself and slow every visit to the list).
 */
export const DueFollowUps = memo(function DueFollowUps({
  due,
  nameOf,
  onShowAll,
}: {
  due: DueFollowUp[];
  nameOf: (id: string) => string;
  /** Shows every entry with a due follow-up; null when the list already does. */
  onShowAll: (() => void) | null;
}) {
  const t = sv.dialogs.due;
  if (due.length === 0) return null;
  const entries = new Set(due.map((item) => item.entry.id)).size;
  // A follow-up written with only a due date is shown, and named, by its dialog.
  const title = (item: DueFollowUp) => item.followUp.text.trim() || entryTitle(item.entry, nameOf);
  const label = (item: DueFollowUp) => `${t.markDone}: ${title(item)}`;
  // The done item leaves the list with its focused Klar button: focus moves to the section's
  // heading (the page's when it was the last), and after "Ångra" back to its Klar button.
  async function markDone(item: DueFollowUp) {
    try {
      await setFollowUpDone(db, item.entry.id, item.followUp.id, true);
      focusHeading(due.length > 1 ? 'due-heading' : null);
      showToast({
        message: t.done,
        actionLabel: sv.dialogs.detail.undo,
        onAction: () =>
          setFollowUpDone(db, item.entry.id, item.followUp.id, false).then(
            () => focusWhenShown(buttonNamed(label(item))),
            (error: unknown) => showToast({ message: saveFailedText(error), tone: 'error' }),
          ),
      });
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  }
  return (
    <section aria-labelledby="due-heading" className="due-list">
      <h2 id="due-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <ul className="card-list">
        {due.slice(0, SHOWN).map((item) => (
          <li key={`${item.entry.id}-${item.followUp.id}`} className="card due-item">
            <div>
              <p className="card-title">{title(item)}</p>
              <p>
                <Link href={`/dialoger/${item.entry.id}`}>{entryTitle(item.entry, nameOf)}</Link>
              </p>
              <p className={item.overdue ? 'due-overdue' : undefined}>
                {item.overdue ? `${t.overdue}. ` : ''}
                {t.dueOn(formatLocalDate(item.followUp.due ?? item.entry.date))}
              </p>
            </div>
            <Button onClick={() => void markDone(item)} aria-label={label(item)}>
              {t.markDone}
            </Button>
          </li>
        ))}
      </ul>
      {due.length > SHOWN && onShowAll ? (
        <Button onClick={onShowAll}>{t.showAll(entries)}</Button>
      ) : null}
    </section>
  );
});
