import { db } from '../../db';
import { resolveConflict } from '../../sync';
import type { Conflict } from '../../shared/schemas';
import { Button, EmptyState, Loading, Page, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { describeValue, TABLE_NAMES } from './describe';
import { useOpenConflicts } from './hooks';

function valueText(conflict: Conflict, value: unknown): string {
  const t = sv.sync.conflicts;
  if (conflict.field === 'deleted') return value === true ? t.deleted : t.notDeleted;
  return describeValue(value);
}

/** Every open conflict with both values; a person chooses, and the choice syncs. */
export default function ConflictsPage() {
  const conflicts = useOpenConflicts();
  const t = sv.sync.conflicts;
  async function choose(conflict: Conflict, choice: 'shown' | 'other') {
    try {
      await resolveConflict(db, conflict, choice);
      showToast({ message: t.resolved });
    } catch {
      showToast({ message: sv.errors.saveFailed, tone: 'error' });
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
              <h2 className="card-title">
                {TABLE_NAMES[conflict.table] ?? conflict.table}: {conflict.field}
              </h2>
              <dl className="conflict-values">
                <dt>{t.shown}</dt>
                <dd>{valueText(conflict, conflict.shownValue)}</dd>
                <dt>{t.other}</dt>
                <dd>{valueText(conflict, conflict.otherValue)}</dd>
              </dl>
              <div className="row">
                <Button onClick={() => void choose(conflict, 'shown')}>{t.keepShown}</Button>
                <Button variant="primary" onClick={() => void choose(conflict, 'other')}>
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
