import type { ReactNode } from 'react';
import { Field } from './Field';

/**
 * A labelled passphrase input: hidden text, and the browser's password manager told whether this
 * is an existing passphrase (unlock, confirm, open a backup) or a new one.
 */
export function PassphraseField({
  label,
  value,
  onChange,
  error,
  hint,
  isNew = false,
  announce,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  isNew?: boolean;
  /** Say the error aloud as it appears (see Field). */
  announce?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error} announce={announce}>
      {(props) => (
        <input
          {...props}
          type="password"
          autoComplete={isNew ? 'new-password' : 'current-password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
