import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { db } from '../../db';
import type { LogEntry } from '../../shared/schemas';
import {
  Button,
  EmptyState,
  Loading,
  Page,
  focusWhenShown,
  showToast,
  visiblePageHeading,
} from '../../ui';
import { formatLocalDate, formatLocalDateTime } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import { saveFailedText } from '../../lib/save-failed';
import { deleteLogEntry, restoreLogEntry } from './actions';
import { entryKindText, entryTitle } from './entry-text';
import { useLogEntry, useOrganisationNames, useOrganisations, usePlanActivities } from './hooks';
import { organisationListHref } from './list-params';
import './dialogs.css';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function FollowUpList({ entry }: { entry: LogEntry }) {
  const t = sv.dialogs.detail;
  return (
    <ul>
      {entry.followUps.map((f) => (
        <li key={f.id}>
          {f.text.trim() || sv.dialogs.detail.untitledFollowUp}
          {f.due ? ` – ${sv.dialogs.due.dueOn(formatLocalDate(f.due))}` : ''} (
          {f.done ? t.yes : t.no})
        </li>
      ))}
    </ul>
  );
}

/** `/dialoger/:id`: one entry, with edit and delete (a tombstone, undone from the toast). */
export default function DialogDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const entry = useLogEntry(id);
  const organisations = useOrganisations();
  const activities = usePlanActivities();
  const nameOf = useOrganisationNames(organisations);
  const d = sv.dialogs;
  const t = d.detail;
  const f = d.form;
  if (entry === undefined || organisations === undefined) {
    return (
      <Page title={d.detailTitle}>
        <Loading />
      </Page>
    );
  }
  if (entry === null || entry.deleted) {
    return (
      <Page title={d.detailTitle}>
        <EmptyState title={f.notFound}>
          <Link href="/dialoger">{t.back}</Link>
        </EmptyState>
      </Page>
    );
  }
  async function remove(target: LogEntry) {
    try {
      await deleteLogEntry(db, target.id);
      navigate('/dialoger');
      showToast(
        {
          message: target.kind === 'dialog' ? t.deleted : t.deletedOther,
          actionLabel: t.undo,
          onAction: () =>
            restoreLogEntry(db, target.id).then(() => {
              showToast({ message: t.restored });
              // The restored entry's row once the live list draws it, else the list's heading.
              return focusWhenShown(
                `.dialog-list a[href="/dialoger/${target.id}"]`,
                visiblePageHeading,
              );
            }),
        },
        10_000,
      );
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  }
  const activity = activities?.find((a) => a.id === entry.activityId);
  const none = t.none;
  return (
    <Page
      title={`${d.kinds[entry.kind]}: ${entryTitle(entry, nameOf)}`}
      actions={
        <>
          <Link href={`/dialoger/${entry.id}/redigera`} className="btn btn-primary">
            {t.edit}
          </Link>
          <Button variant="danger" onClick={() => void remove(entry)}>
            {t.delete}
          </Button>
          <Link href={`/historik/logEntries/${entry.id}`} className="btn btn-secondary">
            {sv.history.link}
          </Link>
        </>
      }
    >
      <dl className="detail-list card">
        <Item term={t.kind}>{entryKindText(entry)}</Item>
        <Item term={t.date}>{formatLocalDateTime(entry.date)}</Item>
        {entry.organisationIds.length > 0 ? (
          <Item term={t.organisations}>
            <ul className="link-list">
              {entry.organisationIds.map((orgId) => (
                <li key={orgId}>
                  <Link href={organisationListHref(orgId)}>{nameOf(orgId)}</Link>
                </li>
              ))}
            </ul>
          </Item>
        ) : null}
        {entry.kind === 'training' ? (
          <Item term={f.trainingAudience}>{entry.trainingAudience || none}</Item>
        ) : null}
        {entry.kind === 'intervention' ? (
          <Item term={f.interventionCount}>{entry.interventionCount ?? none}</Item>
        ) : null}
        {entry.meetingForm ? (
          <Item term={f.meetingForm}>{d.meetingForms[entry.meetingForm]}</Item>
        ) : null}
        {entry.participantRoles.length > 0 ? (
          <Item term={f.roles}>{entry.participantRoles.join(', ')}</Item>
        ) : null}
        {entry.orgParticipants !== null ? (
          <Item term={f.orgParticipants}>{entry.orgParticipants}</Item>
        ) : null}
        {entry.topics.length > 0 ? <Item term={f.topics}>{entry.topics.join(', ')}</Item> : null}
        <Item term={f.summary}>{entry.summary || none}</Item>
        {entry.followUps.length > 0 ? (
          <Item term={f.followUps}>
            <FollowUpList entry={entry} />
          </Item>
        ) : null}
        {entry.nextMeeting ? (
          <Item term={f.nextMeeting}>{formatLocalDate(entry.nextMeeting)}</Item>
        ) : null}
        <Item term={f.activity}>{activity?.label ?? none}</Item>
        {entry.preventionLevel ? (
          <Item term={f.preventionLevel}>{d.preventionLevels[entry.preventionLevel]}</Item>
        ) : null}
      </dl>
      <p>
        <Link href="/dialoger">{t.back}</Link>
      </p>
    </Page>
  );
}
