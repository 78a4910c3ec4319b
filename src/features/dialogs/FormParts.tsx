import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Button } from '../../ui';
import { confirmLeaving } from '../../lib/unsaved';
import { sv } from '../../lib/strings/for/dialogs';

/**
 * "Utkast återställt" after a reload or a crash, with a way to start over. Said aloud: the text
 * goes into its status region just after the region is drawn (one drawn with its text is not
 * reliably read), while focus is on the page's heading.
 */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const t = sv.dialogs.form;
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div className="notice draft-notice">
      <p role="status">
        {drawn ? (
          <>
            <strong>{t.draftRestored}</strong> {t.draftRestoredBody}
          </>
        ) : null}
      </p>
      <Button onClick={onDiscard}>{t.discardDraft}</Button>
    </div>
  );
}

/** Spara (one tap, large), Avbryt (asks first when text is unsaved; the draft stays), and the draft's state. */
export function FormActions({
  saving,
  cancelHref,
  draftStored,
  draftFailure,
}: {
  saving: boolean;
  cancelHref: string;
  draftStored: boolean;
  /** Set while the changes could not be kept as a draft: said aloud, once. */
  draftFailure: 'full' | 'other' | null;
}) {
  const t = sv.dialogs.form;
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" large busy={saving}>
        {t.save}
      </Button>
      <Link
        href={cancelHref}
        className="btn btn-ghost"
        onClick={(e) => {
          if (!confirmLeaving()) e.preventDefault();
        }}
      >
        {t.cancel}
      </Link>
      {draftStored ? <p className="field-hint draft-saved">{t.draftSaved}</p> : null}
      <p className={draftFailure ? 'field-warning' : 'vh'} aria-live="polite">
        {draftFailure ? t.draftFailed[draftFailure] : ''}
      </p>
    </div>
  );
}
