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
}

/** The contacts under their category headings (h2 group, h3 category where a group has several). */
export function ContactGroups({ groups, today, readOnly, editingId, onEdit }: ContactGroupsProps) {
  const list = (contacts: Contact[], level: 3 | 4) => (
    <ul className="card-list">
      {contacts.map((contact) =>
        contact.id === editingId ? (
          <li key={contact.id}>
            <ContactForm contact={contact} level={level} onDone={() => onEdit(null)} />
          </li>
        ) : (
          <ContactCard
            key={contact.id}
            contact={contact}
            level={level}
            today={today}
            readOnly={readOnly}
            onEdit={() => onEdit(contact.id)}
          />
        ),
      )}
    </ul>
  );
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} className="contact-group" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{group.title}</h2>
          {group.hasSubheadings
            ? group.sections.map((section) => (
                <section key={section.category} aria-labelledby={`category-${section.category}`}>
                  <h3 id={`category-${section.category}`}>{section.title}</h3>
                  {list(section.contacts, 4)}
                </section>
              ))
            : group.sections.map((section) => (
                <div key={section.category}>{list(section.contacts, 3)}</div>
              ))}
        </section>
      ))}
    </>
  );
}
