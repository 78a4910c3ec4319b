import { useId } from 'react';
import { useSchoolMode } from '../lib/school-mode';

/** School-visit mode on/off: only the routine and the contacts, in large text (a device setting). */
export function SchoolModeSwitch({ label, hint }: { label: string; hint: string }) {
  const { enabled, setEnabled } = useSchoolMode();
  const hintId = useId();
  return (
    <div className="school-switch">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-describedby={hintId}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      <p id={hintId} className="school-switch-hint">
        {hint}
      </p>
    </div>
  );
}
