import type { Contact } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';
import { telHref } from '../../lib/tel';
import { firstSentence } from './urgency';

/**
 * A step's contacts as large call buttons: every number is a plain `tel:` link, so it dials with
 * no network. A contact without a number shows how it is reached instead.
 */
export function CallButtons({
  contactIds,
  contactsById,
  urgent,
}: {
  contactIds: readonly string[];
  contactsById: ReadonlyMap<string, Contact>;
  urgent: boolean;
}) {
  const t = sv.routine;
  const contacts = contactIds.flatMap((id) => {
    const contact = contactsById.get(id);
    return contact ? [contact] : [];
  });
  if (contacts.length === 0) return null;
  return (
    <ul className="routine-contacts">
      {contacts.map((contact) =>
        contact.phones.length > 0 ? (
          contact.phones.map((phone, i) => (
            <li key={`${contact.id}-${i}`}>
              <a
                className={`btn btn-primary routine-call${urgent ? ' routine-call-urgent' : ''}`}
                href={telHref(phone.number)}
              >
                <span className="routine-call-who">
                  {t.call} {contact.role}
                  {contact.phones.length > 1 ? ` (${phone.label})` : ''}
                </span>{' '}
                <span className="routine-call-number">{phone.number}</span>
              </a>
            </li>
          ))
        ) : (
          <li key={contact.id} className="routine-contact-nophone">
            <strong>{contact.role}</strong>
            <span>{contact.note ? firstSentence(contact.note) : t.noPhone}</span>
          </li>
        ),
      )}
    </ul>
  );
}
