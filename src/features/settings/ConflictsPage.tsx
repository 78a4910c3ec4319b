import { db } from '../../db';
import { resolveConflict } from '../../sync';
import type { Conflict } from '../../shared/schemas';
import { Button, EmptyState, Loading, Page, focusHeading, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { formatHistoryValue, historyFieldLabel } from '../../lib/history-values';
import { saveFailedText } from '../../lib/save-failed';
import { TABLE_NAMES } from './describe';
import { useOpenConflicts } from './hooks';

function valueText(conflict: Conflict, value: unknown): string {
  const t = sv.sync.conflicts;
  if (conflict.field === 'deleted') return value === true ? t.deleted : t.notDeleted;
  // As Historik shows values: lists one item a line, phones as label and number, never JSON.
  return formatHistoryValue(value, conflict.field);
}

/** The id of a conflict card's heading. */
const headingId = (conflict: Conflict) => `conflict-${conflict.id}`;

/**
 * Every open conflict with both values; a person chooses, and the choice syncs. A resolved
 * conflict leaves the list with the focused button, so focus goes on to the next conflict's
 * heading (the one before it for the last), or to the page's heading once none is left.
 */
export default function ConflictsPage() {
  const conflicts = useOpenConflicts();
  const t = sv.sync.conflicts;
  async function choose(conflict: Conflict, choice: 'shown' | 'other') {
    const open = conflicts ?? [];
    const at = open.findIndex((c) => c.id === conflict.id);
    const next = open[at + 1] ?? open[at - 1];
    try {
      await resolveConflict(db, conflict, choice);
      focusHeading(next ? headingId(next) : null);
      showToast({ message: t.resolved });
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  }
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      {conflicts === undefined ? (
        <Loading />
      ) : conflicts.length === 0 ? (
        <EmptyState title={t.none} />
      ) : (
        <ul className="card-list">
          {conflicts.map((conflict) => (
            <li key={conflict.id} className="card">
              <h2 id={headingId(conflict)} className="card-title" tabIndex={-1}>
                {TABLE_NAMES[conflict.table] ?? conflict.table}:{' '}
                {historyFieldLabel(conflict.table, conflict.field)}
              </h2>
              <dl className="conflict-values">
                <dt>{t.shown}</dt>
                <dd>{valueText(conflict, conflict.shownValue)}</dd>
                <dt>{t.other}</dt>
                <dd>{valueText(conflict, conflict.otherValue)}</dd>
              </dl>
              <div className="row">
                <Button
                  aria-describedby={headingId(conflict)}
                  onClick={() => void choose(conflict, 'shown')}
                >
                  {t.keepShown}
                </Button>
                <Button
                  variant="primary"
                  aria-describedby={headingId(conflict)}
                  onClick={() => void choose(conflict, 'other')}
                >
                  {t.chooseOther}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
