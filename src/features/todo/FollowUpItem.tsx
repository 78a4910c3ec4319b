import { Link } from 'wouter';
import { db } from '../../db';
import { Button, showToast } from '../../ui';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/todo';
import { setAgreedFollowUpDone } from './actions';
import type { TodoItem } from './todo-rules';

type FollowUpTodo = Extract<TodoItem, { kind: 'followUp' }>;

function markDone(item: FollowUpTodo, done: boolean): void {
  setAgreedFollowUpDone(db, item.entryId, item.followUpId, done)
    .then(() => {
      if (done) {
        showToast({
          message: sv.todo.followUp.done,
          actionLabel: sv.undo,
          onAction: () => markDone(item, false),
        });
      }
    })
    .catch(() => showToast({ message: sv.errors.generic, tone: 'error' }));
}

/** An agreed follow-up from a dialog: what, when it is due (or that it is late), and the dialog. */
export function FollowUpItem({ item, names }: { item: FollowUpTodo; names: Map<string, string> }) {
  const t = sv.todo.followUp;
  const textId = `todo-${item.entryId}-${item.followUpId}`;
  const organisations = item.organisationIds
    .map((id) => names.get(id))
    .filter(Boolean)
    .join(', ');
  const due = formatLocalDate(item.due);
  return (
    <li className={`card todo-item${item.overdue ? ' todo-overdue' : ''}`}>
      <p className="card-title" id={textId}>
        {item.text || '–'}
      </p>
      <p className="todo-due">
        {item.overdue ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t.overdue(due)}
          </>
        ) : (
          t.due(due)
        )}
      </p>
      <p className="todo-muted">
        {formatLocalDate(item.entryDate)}
        {organisations ? ` · ${organisations}` : ''}
      </p>
      <div className="row">
        <Link
          href={`/dialoger/${item.entryId}`}
          className="btn btn-secondary"
          aria-describedby={textId}
        >
          {t.open}
        </Link>
        <Button aria-label={t.markDoneNamed(item.text)} onClick={() => markDone(item, true)}>
          {t.markDone}
        </Button>
      </div>
    </li>
  );
}
