import { Link } from 'wouter';
import { db } from '../../db';
import { Button, buttonNamed, focusHeading, focusWhenShown, showToast } from '../../ui';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/todo';
import { setAgreedFollowUpDone } from './actions';
import type { TodoItem } from './todo-rules';

type FollowUpTodo = Extract<TodoItem, { kind: 'followUp' }>;

const markDoneLabel = (item: FollowUpTodo) =>
  item.text.trim()
    ? sv.todo.followUp.markDoneNamed(item.text)
    : sv.todo.followUp.markDoneUntitled(formatLocalDate(item.entryDate));

/**
 * Marks the follow-up done, so it leaves the list with its focused Klar button: focus moves to the
 * heading above it (the page's when it was the last of its section), and after "Ångra" back to its
 * Klar button.
 */
function markDone(item: FollowUpTodo, headingId: string | null): void {
  const failed = () => showToast({ message: sv.errors.generic, tone: 'error' });
  setAgreedFollowUpDone(db, item.entryId, item.followUpId, true)
    .then(() => {
      focusHeading(headingId);
      showToast({
        message: sv.todo.followUp.done,
        actionLabel: sv.undo,
        onAction: () =>
          setAgreedFollowUpDone(db, item.entryId, item.followUpId, false).then(
            () => focusWhenShown(buttonNamed(markDoneLabel(item))),
            failed,
          ),
      });
    })
    .catch(failed);
}

/** An agreed follow-up from a dialog: what, when it is due (or that it is late), and the dialog. */
export function FollowUpItem({
  item,
  names,
  headingId,
}: {
  item: FollowUpTodo;
  names: Map<string, string>;
  /** The heading focus goes to once the item is done; null for the page's (it was the last). */
  headingId: string | null;
}) {
  const t = sv.todo.followUp;
  const textId = `todo-${item.entryId}-${item.followUpId}`;
  const organisations = item.organisationIds
    .map((id) => names.get(id))
    .filter(Boolean)
    .join(', ');
  const due = formatLocalDate(item.due);
  const dialogName = [formatLocalDate(item.entryDate), organisations].filter(Boolean).join(', ');
  return (
    <li className={`card todo-item${item.overdue ? ' todo-overdue' : ''}`}>
      <p className="card-title" id={textId}>
        {item.text.trim() || t.untitled}
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
        {/* Named with its dialog (date and organisations), told apart from the other dialogs'. */}
        <Link
          href={`/dialoger/${item.entryId}`}
          className="btn btn-secondary"
          aria-describedby={textId}
        >
          {t.open}
          <span className="vh">{` ${dialogName}`}</span>
        </Link>
        <Button aria-label={markDoneLabel(item)} onClick={() => markDone(item, headingId)}>
          {t.markDone}
        </Button>
      </div>
    </li>
  );
}
