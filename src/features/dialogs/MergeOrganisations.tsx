import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { db } from '../../db';
import type { Organisation } from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { saveFailedText } from '../../lib/save-failed';
import { mergeOrganisations } from './organisation-actions';

/**
 * Merges two duplicates: the entries of the duplicate move to the kept organisation. A choice
 * missing is said at its field, which takes focus. The section goes once fewer than two
 * organisations are left, its focused button with it: `onLastMerge` then moves focus elsewhere.
 */
export function MergeOrganisations({
  organisations,
  onLastMerge,
}: {
  organisations: Organisation[];
  onLastMerge: (keptId: string) => void;
}) {
  const t = sv.dialogs.organisations;
  const [keepId, setKeepId] = useState('');
  const [duplicateId, setDuplicateId] = useState('');
  const [error, setError] = useState<{ field: 'keep' | 'duplicate'; message: string } | null>(null);
  const keepField = useRef<HTMLSelectElement>(null);
  const duplicateField = useRef<HTMLSelectElement>(null);
  if (organisations.length < 2) return null;
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';

  async function merge() {
    if (!keepId || !duplicateId || keepId === duplicateId) {
      const field = keepId ? 'duplicate' : 'keep';
      // Drawn at once, so the field takes focus with its error already tied to it.
      flushSync(() => setError({ field, message: t.mergeSame }));
      (field === 'keep' ? keepField : duplicateField).current?.focus();
      return;
    }
    setError(null);
    if (!window.confirm(t.mergeConfirm(nameOf(duplicateId), nameOf(keepId)))) return;
    try {
      await mergeOrganisations(db, keepId, duplicateId);
      setDuplicateId('');
      showToast({ message: t.merged });
      if (organisations.length <= 2) onLastMerge(keepId);
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  }

  const select = (
    field: 'keep' | 'duplicate',
    label: string,
    value: string,
    onChange: (v: string) => void,
  ) => (
    <Field label={label} error={error?.field === field ? error.message : null}>
      {(props) => (
        <select
          {...props}
          ref={field === 'keep' ? keepField : duplicateField}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
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
        {select('keep', t.keep, keepId, setKeepId)}
        {select('duplicate', t.duplicate, duplicateId, setDuplicateId)}
        <Button variant="danger" onClick={() => void merge()}>
          {t.merge}
        </Button>
      </div>
    </section>
  );
}
