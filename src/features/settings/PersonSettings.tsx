import { useState } from 'react';
import { META, db, setMeta } from '../../db';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { useSchoolMode } from '../../lib/school-mode';
import { saveFailedText } from '../../lib/save-failed';
import { useMetaValue } from './hooks';

/**
 * The name field. A name saved here, or in another tab, replaces what the field shows without
 * remounting the form: a remount would take the focused Spara button away and drop focus to the
 * body.
 */
function ActorNameForm({ stored }: { stored: string }) {
  const t = sv.sync.person;
  const [name, setName] = useState(stored);
  const [shown, setShown] = useState(stored);
  if (stored !== shown) {
    setShown(stored);
    setName(stored);
  }
  return (
    <form
      className="form row"
      onSubmit={(event) => {
        event.preventDefault();
        void setMeta(db, META.actorName, name.trim()).then(
          () => showToast({ message: t.saved }),
          (error: unknown) => showToast({ message: saveFailedText(error), tone: 'error' }),
        );
      }}
    >
      <Field label={t.name} hint={t.hint}>
        {(props) => (
          <input
            {...props}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit">{sv.save}</Button>
    </form>
  );
}

/** The name of the person using the device (for the history) and the school-visit mode switch. */
export function PersonSettings() {
  const stored = useMetaValue<string>(META.actorName);
  const { enabled, setEnabled } = useSchoolMode();
  return (
    <>
      <section aria-labelledby="person-heading">
        <h2 id="person-heading">{sv.sync.person.heading}</h2>
        {stored === undefined ? null : <ActorNameForm stored={stored ?? ''} />}
      </section>
      <section aria-labelledby="school-heading">
        <h2 id="school-heading">{sv.sync.schoolMode.heading}</h2>
        <label className="switch">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <span>{sv.sync.schoolMode.label}</span>
        </label>
      </section>
    </>
  );
}
