import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { db } from '../../db';
import type { LogEntry, Organisation } from '../../shared/schemas';
import { EmptyState, Loading, Page } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { DialogForm } from './DialogForm';
import { NEW_DRAFT_ID, editDraftId, loadDraft } from './drafts';
import { emptyForm, formFromEntry, type DialogFormState } from './form-state';
import {
  liveOrganisations,
  useLogEntry,
  useOrganisationNames,
  useOrganisations,
  usePlanActivities,
  type ActivityOption,
} from './hooks';

/** The stored draft for `id`, read once when the form opens (undefined while reading). */
function useStoredDraft(id: string): DialogFormState | null | undefined {
  const [read, setRead] = useState<{ id: string; draft: DialogFormState | null } | null>(null);
  useEffect(() => {
    let current = true;
    loadDraft(db, id).then(
      (draft) => current && setRead({ id, draft }),
      () => current && setRead({ id, draft: null }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  return read?.id === id ? read.draft : undefined;
}

function LoadedForm(props: {
  entry: LogEntry | null;
  draftId: string;
  draft: DialogFormState | null;
  organisations: Organisation[];
  activities: ActivityOption[];
}) {
  const nameOf = useOrganisationNames(props.organisations);
  const [initial] = useState(() =>
    props.entry ? formFromEntry(props.entry, nameOf) : emptyForm(),
  );
  const register = useMemo(() => liveOrganisations(props.organisations), [props.organisations]);
  return (
    <DialogForm
      entryId={props.entry?.id ?? null}
      draftId={props.draftId}
      initial={initial}
      restored={props.draft}
      register={register}
      organisations={props.organisations}
      activities={props.activities}
    />
  );
}

/** `/dialoger/ny` (also the manifest shortcut) and `/dialoger/:id/redigera`. Works offline. */
export default function DialogFormPage() {
  const { id } = useParams<{ id?: string }>();
  const entryId = id ?? null;
  const draftId = entryId ? editDraftId(entryId) : NEW_DRAFT_ID;
  const entry = useLogEntry(entryId ?? '');
  const organisations = useOrganisations();
  const activities = usePlanActivities();
  const draft = useStoredDraft(draftId);
  const title = entryId ? sv.dialogs.editTitle : sv.dialogs.newTitle;
  if (entry === undefined || !organisations || !activities || draft === undefined) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (entryId && (!entry || entry.deleted)) {
    return (
      <Page title={title}>
        <EmptyState title={sv.dialogs.form.notFound}>
          <Link href="/dialoger">{sv.dialogs.detail.back}</Link>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <LoadedForm
        key={draftId}
        entry={entryId ? entry : null}
        draftId={draftId}
        draft={draft}
        organisations={organisations}
        activities={activities}
      />
    </Page>
  );
}
