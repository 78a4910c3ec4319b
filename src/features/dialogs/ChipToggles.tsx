import { useRef } from 'react';
import { Button, Field } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { addItem } from './form-state';

export interface ChipTogglesProps {
  legend: string;
  /** The offered choices; chosen items not among them are shown too. */
  options: readonly string[];
  selected: string[];
  onSelected: (items: string[]) => void;
  /** Label of the free-text field and its add button's name. */
  otherLabel: string;
  text: string;
  onText: (text: string) => void;
  error?: string | null;
  warning?: string | null;
}

/**
 * Toggle chips (buttons with aria-pressed) from a list, plus free text added as a chip with the
 * add button or Enter. Text still typed when the form is saved is kept as an item too.
 */
export function ChipToggles(props: ChipTogglesProps) {
  const { legend, options, selected, onSelected, otherLabel, text, onText } = props;
  const all = [...options, ...selected.filter((s) => !options.includes(s))];
  const textRef = useRef<HTMLInputElement>(null);
  const add = () => {
    onSelected(addItem(selected, text));
    onText('');
  };
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="chips">
        {all.map((item) => {
          const on = selected.includes(item);
          return (
            <button
              key={item}
              type="button"
              className={`chip-toggle${on ? ' chip-toggle-on' : ''}`}
              aria-pressed={on}
              onClick={() => {
                // An own item toggled off leaves the list, and its button with it: the keyboard
                // goes on from the free-text field it was added with.
                if (on && !options.includes(item)) textRef.current?.focus();
                onSelected(on ? selected.filter((s) => s !== item) : [...selected, item]);
              }}
            >
              {item}
            </button>
          );
        })}
      </div>
      <Field label={otherLabel} error={props.error} warning={props.warning}>
        {(fieldProps) => (
          <div className="inline-add">
            <input
              {...fieldProps}
              ref={textRef}
              type="text"
              value={text}
              onChange={(e) => onText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <Button onClick={add} aria-label={`${sv.dialogs.form.add} ${otherLabel.toLowerCase()}`}>
              {sv.dialogs.form.add}
            </Button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}
