import { useEffect, useState } from 'react';
import { META, db, setMeta } from '../../db';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings';
import { useSchoolMode } from '../../lib/school-mode';
import { useMetaValue } from './hooks';

/** The name of the person using the device (for the history) and the school-visit mode switch. */
export function PersonSettings() {
  const t = sv.sync.person;
  const stored = useMetaValue<string>(META.actorName);
  const [name, setName] = useState('');
  useEffect(() => setName(stored ?? ''), [stored]);
  const { enabled, setEnabled } = useSchoolMode();
  return (
    <>
      <section aria-labelledby="person-heading">
        <h2 id="person-heading">{t.heading}</h2>
        <form
          className="form row"
          onSubmit={(event) => {
            event.preventDefault();
            void setMeta(db, META.actorName, name.trim()).then(() => showToast({ message: t.saved }));
          }}
        >
          <Field label={t.name} hint={t.hint}>
            {(props) => (
              <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            )}
          </Field>
          <Button type="submit">{sv.save}</Button>
        </form>
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
