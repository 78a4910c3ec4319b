import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Button } from '../../ui';
import { hasUnsavedInput } from '../../lib/unsaved';
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
}: {
  saving: boolean;
  cancelHref: string;
  draftStored: boolean;
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
          if (hasUnsavedInput() && !window.confirm(sv.leave.draftKept)) e.preventDefault();
        }}
      >
        {t.cancel}
      </Link>
      {draftStored ? <p className="field-hint draft-saved">{t.draftSaved}</p> : null}
    </div>
  );
}
