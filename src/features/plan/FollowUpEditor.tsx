import { useEffect, useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, listOrganisationNames } from '../../db';
import { privacyWarning } from '../../lib/privacy-warning';
import { FOLLOW_UP_STATUSES, LIMITS, type FollowUpStatus } from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { setUnsaved } from '../../lib/unsaved';
import { saveFailedText } from '../../lib/save-failed';
import { saveFollowUp } from './follow-up-actions';
import { STATUS_ICONS } from './StatusLabel';

/**
 * The form for one activity's follow-up in one year: a status chosen from Helt uppfyllt, Delvis
 * uppfyllt, Ej uppfyllt and Ej bedömd, and a comment. While it holds unsaved input the app asks
 * before leaving; a failed save keeps everything typed.
 */
export function FollowUpEditor({
  activityId,
  year,
  status,
  comment,
  onDone,
}: {
  activityId: string;
  year: number;
  status: FollowUpStatus;
  comment: string;
  onDone: () => void;
}) {
  const t = sv.plan.followUp;
  const name = useId();
  const [nextStatus, setNextStatus] = useState(status);
  const [nextComment, setNextComment] = useState(comment);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const commentField = useRef<HTMLTextAreaElement>(null);
  const dirty = nextStatus !== status || nextComment !== comment;
  const key = `followUp:${activityId}:${year}`;
  useEffect(() => {
    setUnsaved(key, dirty);
    return () => setUnsaved(key, false);
  }, [key, dirty]);
  useEffect(() => first.current?.focus(), []);

  const organisationNames = useLiveQuery(() => listOrganisationNames(db), [], []);
  const commentWarning = privacyWarning(nextComment, organisationNames);
  const commentError =
    nextComment.length > LIMITS.longText ? sv.errors.tooLong(LIMITS.longText) : null;

  async function submit() {
    // The field with the error takes focus, so its message is read out rather than nothing happening.
    if (commentError) return commentField.current?.focus();
    setBusy(true);
    setError(null);
    try {
      await saveFollowUp(db, {
        activityId,
        year,
        status: nextStatus,
        comment: nextComment,
        privacyAcknowledged: commentWarning !== null,
      });
      setUnsaved(key, false);
      showToast({ message: t.saved });
      onDone();
    } catch (error) {
      setError(saveFailedText(error));
      setBusy(false);
    }
  }

  return (
    <form
      className="form follow-up-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="status-choice">
        <legend>{t.legend(year)}</legend>
        {FOLLOW_UP_STATUSES.map((value) => (
          <label key={value} className={`status-option status-${value}`}>
            <input
              ref={value === status ? first : undefined}
              type="radio"
              name={name}
              value={value}
              checked={nextStatus === value}
              onChange={() => setNextStatus(value)}
            />
            <span className="status-icon" aria-hidden="true">
              {STATUS_ICONS[value]}
            </span>
            {sv.plan.status[value]}
          </label>
        ))}
      </fieldset>
      <Field label={t.comment} hint={t.commentHint} warning={commentWarning} error={commentError}>
        {(props) => (
          <textarea
            {...props}
            ref={commentField}
            value={nextComment}
            onChange={(e) => setNextComment(e.target.value)}
          />
        )}
      </Field>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? sv.saving : t.save}
        </Button>
        <Button onClick={onDone}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
