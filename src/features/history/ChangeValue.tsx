import { useState } from 'react';
import { formatHistoryValue } from '../../lib/history-values';
import { sv } from '../../lib/strings/for/history';

/** Text longer than this is collapsed behind "Visa mer". */
const COLLAPSE_AT = 160;

/** One old or new value; long text shows its start and a "Visa mer" toggle. */
export function ChangeValue({
  value,
  label,
  field,
}: {
  value: unknown;
  label: string;
  /** The field the value belongs to (a status reads by its name). */
  field?: string;
}) {
  const t = sv.history;
  const [open, setOpen] = useState(false);
  const text = formatHistoryValue(value, field);
  const long = text.length > COLLAPSE_AT;
  const shown = long && !open ? `${text.slice(0, COLLAPSE_AT).trimEnd()} …` : text;
  return (
    <div className="history-value">
      <span className="history-value-label">{label}</span>
      <p className="history-value-text">{shown}</p>
      {long ? (
        <button
          type="button"
          className="history-more"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t.showLess : t.showMore}
        </button>
      ) : null}
    </div>
  );
}
