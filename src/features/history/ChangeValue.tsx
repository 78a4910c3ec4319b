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
  context,
}: {
  value: unknown;
  label: string;
  /** The field the value belongs to (a status reads by its name). */
  field?: string;
  /**
   * Which change this value is of (field, from or to, when), read after "Visa mer" by screen
   * readers: a long history has many of these buttons, and each says which text it opens.
   */
  context?: string;
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
          {context ? <span className="vh">{` – ${context}`}</span> : null}
        </button>
      ) : null}
    </div>
  );
}
