import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../ui';
import { sv } from '../../lib/strings/for/report';

/**
 * The year chooser. The report changes when the user presses Visa, not while they move through
 * the list, so focus never jumps away from the list (WCAG 3.2.2).
 */
export function YearForm({
  year,
  years,
  onYear,
}: {
  year: number;
  years: readonly number[];
  onYear: (year: number) => void;
}) {
  const t = sv.report;
  const [chosen, setChosen] = useState(year);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onYear(chosen);
  };
  return (
    <form className="report-year report-no-print" onSubmit={onSubmit} aria-label={t.yearGroup}>
      <Field label={t.year}>
        {(props) => (
          <select {...props} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit">{t.show}</Button>
    </form>
  );
}
