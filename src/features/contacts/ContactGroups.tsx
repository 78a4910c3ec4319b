import type { Contact } from '../../shared/schemas';
import { ContactCard } from './ContactCard';
import { ContactForm } from './ContactForm';
import type { ContactGroup } from './groups';

export interface ContactGroupsProps {
  groups: ContactGroup[];
  today: string;
  readOnly: boolean;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  /** The form of this contact closed (saved or cancelled). */
  onFormDone: (id: string) => void;
  /** A contact was deleted; gets the id of its group's heading, where focus goes. */
  onRemoved: (groupHeadingId: string) => void;
}

/** The contacts under their category headings (h2 group, h3 category where a group has several). */
export function ContactGroups({
  groups,
  today,
  readOnly,
  editingId,
  onEdit,
  onFormDone,
  onRemoved,
}: ContactGroupsProps) {
  const list = (contacts: Contact[], level: 3 | 4, headingId: string) => (
    <ul className="card-list">
      {contacts.map((contact) =>
        contact.id === editingId ? (
          <li key={contact.id}>
            <ContactForm contact={contact} level={level} onDone={() => onFormDone(contact.id)} />
          </li>
        ) : (
          <ContactCard
            key={contact.id}
            contact={contact}
            level={level}
            today={today}
            readOnly={readOnly}
            onEdit={() => onEdit(contact.id)}
            onRemoved={() => onRemoved(headingId)}
          />
        ),
      )}
    </ul>
  );
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} className="contact-group" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`} tabIndex={-1}>
            {group.title}
          </h2>
          {group.hasSubheadings
            ? group.sections.map((section) => (
                <section key={section.category} aria-labelledby={`category-${section.category}`}>
                  <h3 id={`category-${section.category}`} tabIndex={-1}>
                    {section.title}
                  </h3>
                  {list(section.contacts, 4, `category-${section.category}`)}
                </section>
              ))
            : group.sections.map((section) => (
                <div key={section.category}>{list(section.contacts, 3, `group-${group.key}`)}</div>
              ))}
        </section>
      ))}
    </>
  );
}
