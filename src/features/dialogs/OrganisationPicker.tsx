import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Organisation } from '../../shared/schemas';
import { foldForSearch } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import type { OrganisationChoice } from './form-state';

const MAX_SUGGESTIONS = 8;

interface Option {
  key: string;
  label: string;
  choice: OrganisationChoice;
}

export interface OrganisationPickerProps {
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };
  /** Live organisations of the register, sorted. */
  register: Organisation[];
  chosen: OrganisationChoice[];
  text: string;
  onChange: (chosen: OrganisationChoice[], text: string) => void;
}

function suggestionsFor(register: Organisation[], chosen: OrganisationChoice[], text: string) {
  const query = foldForSearch(text.trim());
  if (!query) return [];
  const taken = new Set(chosen.map((c) => c.id ?? foldForSearch(c.name)));
  const matches = register
    .filter((o) => !taken.has(o.id) && foldForSearch(o.name).includes(query))
    .sort(
      (a, b) => Number(foldForSearch(b.name) === query) - Number(foldForSearch(a.name) === query),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map((o): Option => ({ key: o.id, label: o.name, choice: { id: o.id, name: o.name } }));
  const exact = register.some((o) => foldForSearch(o.name) === query);
  if (!exact && !taken.has(query)) {
    const name = text.trim();
    matches.push({ key: 'new', label: sv.dialogs.form.addNew(name), choice: { id: null, name } });
  }
  return matches;
}

/**
 * The Organisation field: an ARIA 1.2 combobox offering the register's matches as the user types,
 * and a "new" option for a name not in the register. Chosen organisations show as removable chips;
 * a name still typed when the form is saved counts as chosen too.
 */
export function OrganisationPicker({
  inputProps,
  register,
  chosen,
  text,
  onChange,
}: OrganisationPickerProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => suggestionsFor(register, chosen, text), [register, chosen, text]);
  const expanded = open && options.length > 0;
  const inputRef = useRef<HTMLInputElement>(null);
  /** What the last add or remove was, said in a live region: the chips are outside the field. */
  const [announcement, setAnnouncement] = useState('');
  const t = sv.dialogs.form;

  function choose(option: Option) {
    const next = [...chosen, option.choice];
    onChange(next, '');
    setActive(-1);
    setAnnouncement(t.chosenAnnounce(option.choice.name, next.length));
  }

  function remove(choice: OrganisationChoice) {
    const next = chosen.filter((x) => x !== choice);
    onChange(next, text);
    setAnnouncement(t.removedAnnounce(choice.name, next.length));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(-1, Math.min(options.length - 1, i + step)));
    } else if (event.key === 'Enter' && text.trim()) {
      event.preventDefault();
      const option =
        (expanded && options[active]) ||
        options.find((o) => foldForSearch(o.choice.name) === foldForSearch(text.trim()));
      if (option) choose(option);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
      remove(chosen[chosen.length - 1]!);
    }
  }

  return (
    <div className="org-picker">
      {chosen.length > 0 ? (
        <ul className="chips">
          {chosen.map((c) => (
            <li key={c.id ?? `new-${c.name}`} className="chip">
              <span>
                {c.name}
                {c.id === null ? <span className="chip-badge"> ({t.newBadge})</span> : null}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t.remove(c.name)}
                onClick={() => {
                  // The button goes with its chip: the keyboard goes on from the field.
                  inputRef.current?.focus();
                  remove(c);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="combobox">
        <input
          {...inputProps}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(e) => {
            onChange(chosen, e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t.suggestions}
          className="combobox-list"
          hidden={!expanded}
        >
          {expanded
            ? options.map((option, i) => (
                // Keys are handled on the combobox input (aria-activedescendant), as the ARIA pattern says.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={option.key}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`combobox-option${i === active ? ' combobox-option-active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(option)}
                >
                  {option.label}
                </li>
              ))
            : null}
        </ul>
      </div>
      <p className="vh" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
