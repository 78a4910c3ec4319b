import { memo, useRef } from 'react';
import { LOG_KINDS, type LogKind } from '../../shared/schemas';
import { Button, Field } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import type { ListFilters as Filters } from './filter-entries';

export interface ListFiltersProps {
  filters: Filters;
  years: number[];
  organisationName: string | null;
  onChange: (filters: Filters) => void;
}

/** Search, kind, year, "follow-up due", and the organisation chosen from the register. */
export const ListFilters = memo(function ListFilters({
  filters,
  years,
  organisationName,
  onChange,
}: ListFiltersProps) {
  const t = sv.dialogs.list;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const searchRef = useRef<HTMLInputElement>(null);
  return (
    <search className="list-filters">
      <Field label={t.search} hint={t.searchHint}>
        {(props) => (
          <input
            {...props}
            ref={searchRef}
            type="search"
            value={filters.query}
            onChange={(e) => set({ query: e.target.value })}
          />
        )}
      </Field>
      <div className="form-pair">
        <Field label={t.kind}>
          {(props) => (
            <select
              {...props}
              value={filters.kind}
              onChange={(e) => set({ kind: e.target.value as LogKind | '' })}
            >
              <option value="">{t.allKinds}</option>
              {LOG_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {sv.dialogs.kinds[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.year}>
          {(props) => (
            <select
              {...props}
              value={filters.year ?? ''}
              onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t.allYears}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="switch">
        <input
          type="checkbox"
          checked={filters.dueOnly}
          onChange={(e) => set({ dueOnly: e.target.checked })}
        />
        <span>{t.dueOnly}</span>
      </label>
      {filters.organisationId ? (
        <ul className="chips">
          <li className="chip">
            <span>{t.organisationFilter(organisationName ?? '')}</span>
            <Button
              className="chip-remove"
              variant="ghost"
              aria-label={t.clearOrganisation}
              onClick={() => {
                // The button goes with the filter: the keyboard goes on from the search box.
                searchRef.current?.focus();
                set({ organisationId: null });
              }}
            >
              ×
            </Button>
          </li>
        </ul>
      ) : null}
    </search>
  );
});
