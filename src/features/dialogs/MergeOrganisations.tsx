import { useState } from 'react';
import { db } from '../../db';
import type { Organisation } from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { mergeOrganisations } from './organisation-actions';

/** Merges two duplicates: the entries of the duplicate move to the kept organisation. */
export function MergeOrganisations({ organisations }: { organisations: Organisation[] }) {
  const t = sv.dialogs.organisations;
  const [keepId, setKeepId] = useState('');
  const [duplicateId, setDuplicateId] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (organisations.length < 2) return null;
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';

  async function merge() {
    if (!keepId || !duplicateId || keepId === duplicateId) {
      setError(t.mergeSame);
      return;
    }
    setError(null);
    if (!window.confirm(t.mergeConfirm(nameOf(duplicateId), nameOf(keepId)))) return;
    try {
      await mergeOrganisations(db, keepId, duplicateId);
      setDuplicateId('');
      showToast({ message: t.merged });
    } catch {
      showToast({ message: sv.errors.saveFailed, tone: 'error' });
    }
  }

  const select = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    err: string | null,
  ) => (
    <Field label={label} error={err}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.choose}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <section aria-labelledby="merge-heading" className="card">
      <h2 id="merge-heading">{t.mergeHeading}</h2>
      <p>{t.mergeIntro}</p>
      <div className="form">
        {select(t.keep, keepId, setKeepId, null)}
        {select(t.duplicate, duplicateId, setDuplicateId, error)}
        <Button variant="danger" onClick={() => void merge()}>
          {t.merge}
        </Button>
      </div>
    </section>
  );
}
