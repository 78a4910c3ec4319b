import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { EmptyState, Loading, Page } from '../../ui';
import { sv } from '../../lib/strings/for/todo';
import { ActivityItem, ReviewItem } from './TodoItems';
import { FollowUpItem } from './FollowUpItem';
import type { TodoItem } from './todo-rules';
import { useTodoItems } from './use-todo';
import './todo.css';

function useOrganisationNames(items: TodoItem[] | undefined): Map<string, string> {
  const ids = [
    ...new Set(items?.flatMap((i) => (i.kind === 'followUp' ? i.organisationIds : [])) ?? []),
  ];
  const names = useLiveQuery(
    async () => (await db.organisations.bulkGet(ids)).filter((o) => o !== undefined),
    [ids.join(',')],
  );
  return new Map((names ?? []).map((o) => [o.id, o.name]));
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="todo-section" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      <ul className="card-list">{children}</ul>
    </section>
  );
}

/** "Att göra": dialog follow-ups due soon, activities without status, reviews that are due. */
export default function TodoPage() {
  const t = sv.todo;
  const items = useTodoItems();
  const names = useOrganisationNames(items);
  if (items === undefined) {
    return (
      <Page title={t.title}>
        <Loading />
      </Page>
    );
  }
  const followUps = items.filter((i) => i.kind === 'followUp');
  const activities = items.filter((i) => i.kind === 'activity');
  const reviews = items.filter((i) => i.kind === 'routine' || i.kind === 'contacts');
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      {items.length === 0 ? (
        <EmptyState title={t.empty}>
          <p>{t.emptyHint}</p>
        </EmptyState>
      ) : null}
      {followUps.length > 0 ? (
        <Section id="todo-uppfoljningar" title={t.sections.followUps}>
          {followUps.map((item) => (
            <FollowUpItem
              key={item.key}
              item={item}
              names={names}
              headingId={followUps.length > 1 ? 'todo-uppfoljningar' : null}
            />
          ))}
        </Section>
      ) : null}
      {activities.length > 0 ? (
        <Section id="todo-aktiviteter" title={t.sections.activities}>
          {activities.map((item) => (
            <ActivityItem key={item.key} item={item} />
          ))}
        </Section>
      ) : null}
      {reviews.length > 0 ? (
        <Section id="todo-oversyn" title={t.sections.reviews}>
          {reviews.map((item) => (
            <ReviewItem key={item.key} item={item} />
          ))}
        </Section>
      ) : null}
    </Page>
  );
}
