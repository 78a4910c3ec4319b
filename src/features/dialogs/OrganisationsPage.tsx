import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Organisation } from '../../shared/schemas';
import { Button, EmptyState, Loading, Page, useFocusAfter } from '../../ui';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import { liveOrganisations, useLogSnapshot, useOrganisations } from './hooks';
import { organisationListHref } from './list-params';
import { MergeOrganisations } from './MergeOrganisations';
import { OrganisationForm } from './OrganisationForm';
import { dialogsPerYear } from './organisation-stats';
import './dialogs.css';

function OrganisationCard({
  org,
  perYear,
  onEdit,
}: {
  org: Organisation;
  /** Undefined while the log is loading. */
  perYear: Array<[number, number]> | undefined;
  onEdit: () => void;
}) {
  const t = sv.dialogs.organisations;
  return (
    <>
      <h2 className="card-title">{org.name}</h2>
      <p>
        {t.kinds[org.kind]} · {t.wishesDialog}: {t.wishes[org.wishesDialog].toLowerCase()}
        {org.firstContact ? ` · ${t.firstContact}: ${formatLocalDate(org.firstContact)}` : ''}
      </p>
      {org.note ? <p className="org-note">{org.note}</p> : null}
      {perYear === undefined ? null : perYear.length > 0 ? (
        <ul className="per-year" aria-label={t.perYear}>
          {perYear.map(([year, n]) => (
            <li key={year}>
              {year}: <strong>{n}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p className="dialog-item-meta">{t.noDialogs}</p>
      )}
      <div className="row">
        <Button onClick={onEdit} aria-label={t.edit(org.name)} id={editButtonId(org.id)}>
          {sv.edit}
        </Button>
        <Link
          href={organisationListHref(org.id)}
          className="btn btn-ghost"
          aria-label={t.showDialogs(org.name)}
        >
          {t.showDialogsShort}
        </Link>
        <Link
          href={`/historik/organisations/${org.id}`}
          className="btn btn-ghost"
          aria-label={`${sv.history.link}: ${org.name}`}
        >
          {sv.history.link}
        </Link>
      </div>
    </>
  );
}

/** The id of an organisation's Redigera button ('new': the Lägg till button). */
const editButtonId = (organisationId: string) => `org-edit-${organisationId}`;

/** `/organisationer`: the register, with dialogs per year, add, edit and merging duplicates. */
export default function OrganisationsPage() {
  const all = useOrganisations();
  const snapshot = useLogSnapshot();
  const [editing, setEditing] = useState<string | null>(null);
  const t = sv.dialogs.organisations;
  const focusAfter = useFocusAfter();
  // A closed form gives focus back to the button it replaced.
  const done = () => {
    if (editing !== null) focusAfter(editButtonId(editing));
    setEditing(null);
  };
  const live = useMemo(() => (all ? liveOrganisations(all) : null), [all]);
  const perYear = useMemo(
    () => (snapshot ? dialogsPerYear(snapshot.index.map((i) => i.entry)) : null),
    [snapshot],
  );
  return (
    <Page
      title={t.title}
      actions={
        editing === 'new' ? null : (
          <Button variant="primary" onClick={() => setEditing('new')} id={editButtonId('new')}>
            {t.add}
          </Button>
        )
      }
    >
      <p>{t.intro}</p>
      {live === null || all === undefined ? (
        <Loading />
      ) : (
        <>
          {editing === 'new' ? (
            <section className="card" aria-label={t.add}>
              <OrganisationForm organisation={null} all={all} onDone={done} />
            </section>
          ) : null}
          {live.length === 0 ? (
            <EmptyState title={t.emptyTitle}>
              <p>{t.emptyBody}</p>
            </EmptyState>
          ) : (
            <ul className="card-list">
              {live.map((org) => (
                <li key={org.id} className="card org-card">
                  {editing === org.id ? (
                    <OrganisationForm organisation={org} all={all} onDone={done} />
                  ) : (
                    <OrganisationCard
                      org={org}
                      perYear={perYear ? (perYear.get(org.id) ?? []) : undefined}
                      onEdit={() => setEditing(org.id)}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          <MergeOrganisations
            organisations={live}
            onLastMerge={(keptId) => focusAfter(editButtonId(keptId))}
          />
        </>
      )}
    </Page>
  );
}
