import { sv } from '../../lib/strings/for/contacts';
import { Button, Field } from '../../ui';
import { newPhoneRow, type PhoneRow } from './contact-form';

const MAX_PHONES = 10;

/** The contact's numbers: each a label and a number, rows added and removed freely. */
export function PhoneFields({
  rows,
  errors,
  onChange,
}: {
  rows: PhoneRow[];
  errors: Record<string, string>;
  onChange: (rows: PhoneRow[]) => void;
}) {
  const t = sv.contacts.form;
  const update = (key: string, patch: Partial<PhoneRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="phone-fields">
      <legend>{t.phones}</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="phone-row" role="group" aria-label={t.phoneGroup(index + 1)}>
          <Field label={t.phoneNumber} error={errors[row.key]}>
            {(props) => (
              <input
                {...props}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                maxLength={60}
                value={row.number}
                onChange={(e) => update(row.key, { number: e.target.value })}
              />
            )}
          </Field>
          <Field label={t.phoneLabel} hint={index === 0 ? t.phoneLabelHint : undefined}>
            {(props) => (
              <input
                {...props}
                maxLength={200}
                value={row.label}
                onChange={(e) => update(row.key, { label: e.target.value })}
              />
            )}
          </Field>
          <Button variant="ghost" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            {t.removePhone(index + 1)}
          </Button>
        </div>
      ))}
      {rows.length < MAX_PHONES ? (
        <Button onClick={() => onChange([...rows, newPhoneRow()])}>{t.addPhone}</Button>
      ) : null}
    </fieldset>
  );
}
