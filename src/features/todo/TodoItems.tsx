import { Link } from 'wouter';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/todo';
import type { TodoItem } from './todo-rules';

/** An activity whose due year has passed with no status: a link to assess it in the plan. */
export function ActivityItem({ item }: { item: Extract<TodoItem, { kind: 'activity' }> }) {
  const t = sv.todo.activity;
  const textId = `todo-aktivitet-${item.activityId}`;
  return (
    <li className="card todo-item">
      <p className="card-title" id={textId}>
        {item.what}
      </p>
      <p className="todo-due">{t.due(item.dueYear)}</p>
      {/* Named with its activity: the page lists many of these, and a list of links (a screen
          reader's) would otherwise show "Bedöm i planen" again and again. */}
      <Link
        href={`/plan?ar=${item.dueYear}#aktivitet-${item.activityId}`}
        className="btn btn-secondary"
      >
        {t.open}
        <span className="vh">{` – ${item.what}`}</span>
      </Link>
    </li>
  );
}

/** The routine or the contacts, not reviewed for 12 months. */
export function ReviewItem({
  item,
}: {
  item: Extract<TodoItem, { kind: 'routine' | 'contacts' }>;
}) {
  const t = sv.todo.review;
  const text =
    item.kind === 'routine'
      ? item.reviewedAt
        ? t.routineOld(formatLocalDate(item.reviewedAt))
        : t.routineNever
      : t.contacts(item.count);
  return (
    <li className="card todo-item">
      <p className="card-title">{text}</p>
      <Link href={item.kind === 'routine' ? '/rutin' : '/kontakter'} className="btn btn-secondary">
        {item.kind === 'routine' ? t.routineOpen : t.contactsOpen}
      </Link>
    </li>
  );
}
