import type { Contact } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';

/**
 * Which contacts a step links to. Kept in the order chosen (the first is called first); ids of
 * contacts deleted elsewhere are kept, so a restored contact comes back in the step.
 */
export function ContactPicker({
  contacts,
  selected,
  onChange,
}: {
  contacts: readonly Contact[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const t = sv.routine.form;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="routine-picker">
      <legend>{t.contacts}</legend>
      <p className="field-hint">{contacts.length > 0 ? t.contactsHint : t.noContacts}</p>
      <ul>
        {contacts.map((contact) => (
          <li key={contact.id}>
            <label className="switch">
              <input
                type="checkbox"
                checked={selected.includes(contact.id)}
                onChange={(e) => toggle(contact.id, e.target.checked)}
              />
              <span>
                {contact.role}
                {contact.phones[0] ? ` – ${contact.phones[0].number}` : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
