import { useMemo, useState } from 'react';
import { localDateToday } from '../../lib/dates';
import { useSchoolMode } from '../../lib/school-mode';
import { sv } from '../../lib/strings/for/contacts';
import { hasUnsavedInput } from '../../lib/unsaved';
import { Button, EmptyState, Loading, Page, SchoolModeSwitch, useFocusAfter } from '../../ui';
import { ContactForm } from './ContactForm';
import { ContactGroups } from './ContactGroups';
import { groupContacts } from './groups';
import { useContacts } from './hooks';
import { filterContacts } from './search';
import { NEW_CONTACT_BUTTON_ID, editButtonId } from './focus-targets';
import './contacts.css';

const NEW = 'new';

/**
 * The contact list: grouped by category, searchable ignoring accents, each number callable from
 * the screen. Reads from IndexedDB, so it works offline; edits sync like any record.
 */
export default function ContactsPage() {
  const t = sv.contacts;
  const contacts = useContacts();
  const schoolMode = useSchoolMode((s) => s.enabled);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const today = localDateToday();
  const focusAfter = useFocusAfter();
  // One form at a time: opening another asks first when the open one holds unsaved input.
  const edit = (id: string | null) => {
    if (
      id !== null &&
      editing !== null &&
      hasUnsavedInput() &&
      !window.confirm(sv.discardChanges)
    ) {
      return;
    }
    setEditing(id);
  };
  const matches = useMemo(() => {
    const found = filterContacts(contacts ?? [], query);
    // The contact being edited stays on screen whatever the search says, so nothing typed is lost.
    const edited = contacts?.find((c) => c.id === editing);
    return edited && !found.includes(edited) ? [...found, edited] : found;
  }, [contacts, query, editing]);
  const groups = useMemo(() => groupContacts(matches), [matches]);
  const count = groups.reduce(
    (n, g) => n + g.sections.reduce((m, s) => m + s.contacts.length, 0),
    0,
  );
  const addButton =
    schoolMode || editing === NEW ? null : (
      <Button id={NEW_CONTACT_BUTTON_ID} variant="primary" onClick={() => edit(NEW)}>
        {t.newContact}
      </Button>
    );
  return (
    <Page title={t.title} actions={addButton}>
      <SchoolModeSwitch label={sv.contacts.schoolMode} hint={sv.contacts.schoolModeHint} />
      {editing === NEW ? (
        <ContactForm
          level={2}
          onDone={() => {
            setEditing(null);
            // The search box when the button is gone (school-visit mode turned on meanwhile).
            focusAfter(NEW_CONTACT_BUTTON_ID, 'contact-search');
          }}
        />
      ) : null}
      <div className="field contacts-search">
        <label htmlFor="contact-search">{t.search}</label>
        <input
          id="contact-search"
          type="search"
          autoComplete="off"
          aria-describedby="contact-search-hint"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id="contact-search-hint" className="field-hint">
          {t.searchHint}
        </p>
      </div>
      <p className="vh" aria-live="polite">
        {query.trim() ? t.count(count) : ''}
      </p>
      {contacts === undefined ? (
        <Loading label={sv.loading} />
      ) : contacts.length === 0 ? (
        <EmptyState title={t.empty}>
          <p>{t.emptyHint}</p>
        </EmptyState>
      ) : count === 0 ? (
        <EmptyState title={t.noMatch(query.trim())}>
          <Button
            onClick={() => {
              setQuery('');
              // The button leaves with the empty result: focus goes back to the search box.
              focusAfter('contact-search');
            }}
          >
            {t.clearSearch}
          </Button>
        </EmptyState>
      ) : (
        <ContactGroups
          groups={groups}
          today={today}
          readOnly={schoolMode}
          editingId={editing}
          onEdit={edit}
          onFormDone={(id) => {
            setEditing(null);
            focusAfter(editButtonId(id), 'contact-search');
          }}
          onRemoved={(groupHeadingId) => focusAfter(groupHeadingId, 'contact-search')}
        />
      )}
    </Page>
  );
}
