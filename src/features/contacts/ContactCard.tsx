import { Link } from 'wouter';
import { db } from '../../db';
import type { Contact } from '../../shared/schemas';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/contacts';
import { mailtoHref } from '../../lib/tel';
import { Button, byId, focusWhenShown, showToast } from '../../ui';
import { saveFailedText } from '../../lib/save-failed';
import { deleteContact, markVerifiedToday, restoreContact } from './actions';
import { ContactPhone } from './ContactPhone';
import { downloadVCard } from './download-vcard';
import { editButtonId } from './focus-targets';
import { needsVerification } from './verification';

export interface ContactCardProps {
  contact: Contact;
  level: 3 | 4;
  today: string;
  /** School-visit mode: read and call only, no editing controls. */
  readOnly: boolean;
  onEdit: () => void;
  /** Called once the contact is deleted (its card, with the focused button, goes away). */
  onRemoved: () => void;
}

const failed = (error: unknown) => showToast({ message: saveFailedText(error), tone: 'error' });

export function ContactCard({
  contact,
  level,
  today,
  readOnly,
  onEdit,
  onRemoved,
}: ContactCardProps) {
  const t = sv.contacts;
  const Heading = level === 3 ? 'h3' : 'h4';
  const titleId = `contact-${contact.id}`;
  const due = needsVerification(contact.verifiedAt, today);
  // Hidden rest of each button's name: the role, and the organisation when it adds something, so
  // two "Rektor" cards at different schools never have buttons of the same name.
  const named =
    contact.organisation && contact.organisation !== contact.role
      ? `${contact.role}, ${contact.organisation}`
      : contact.role;
  const who = <span className="vh">{` ${named}`}</span>;
  const remove = async () => {
    try {
      await deleteContact(db, contact.id);
      onRemoved();
      showToast({
        message: t.deleted(contact.role),
        actionLabel: sv.undo,
        onAction: () =>
          restoreContact(db, contact.id).then(() => {
            showToast({ message: t.restored });
            return focusWhenShown(byId(editButtonId(contact.id)));
          }, failed),
      });
    } catch (error) {
      failed(error);
    }
  };
  const verify = () =>
    markVerifiedToday(db, contact.id).then(
      () => showToast({ message: t.verification.done }),
      failed,
    );
  const saveCard = () => {
    try {
      downloadVCard(contact);
    } catch {
      showToast({ message: t.vcardFailed, tone: 'error' });
    }
  };
  const subtitle = [contact.organisation, contact.name].filter(Boolean).join(' · ');
  return (
    <li className="card contact-card">
      <article aria-labelledby={titleId}>
        <Heading id={titleId} className="card-title">
          {contact.role}
        </Heading>
        {subtitle ? <p className="contact-muted">{subtitle}</p> : null}
        {contact.phones.length > 0 ? (
          <ul className="contact-phones">
            {contact.phones.map((phone, i) => (
              <ContactPhone
                key={`${i}-${phone.number}`}
                role={contact.role}
                phone={phone}
                showLabel={contact.phones.length > 1}
              />
            ))}
          </ul>
        ) : (
          <p className="contact-muted">{t.noPhone}</p>
        )}
        {contact.email ? (
          <p>
            {t.email}: <a href={mailtoHref(contact.email)}>{contact.email}</a>
          </p>
        ) : null}
        {contact.note ? <p className="contact-note">{contact.note}</p> : null}
        <p className={due ? 'verify-flag' : 'contact-muted'}>
          {due ? <strong>{t.verification.flag}. </strong> : null}
          {contact.verifiedAt
            ? t.verification.last(formatLocalDate(contact.verifiedAt))
            : t.verification.never}
        </p>
        <div className="contact-actions">
          <Button onClick={saveCard}>
            {t.vcard}
            {who}
          </Button>
          <Link href={`/historik/contacts/${contact.id}`} className="btn btn-secondary">
            {sv.history.link}
            {who}
          </Link>
          {readOnly ? null : (
            <>
              <Button onClick={() => void verify()}>
                {t.verification.mark}
                {who}
              </Button>
              <Button id={editButtonId(contact.id)} onClick={onEdit}>
                {sv.edit}
                {who}
              </Button>
              <Button variant="danger" onClick={() => void remove()}>
                {sv.delete}
                {who}
              </Button>
            </>
          )}
        </div>
      </article>
    </li>
  );
}
