import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { Button, EmptyState, Loading, Page } from '../../ui';
import { localDateToday } from '../../lib/dates';
import { sv } from '../../lib/strings/for/dialogs';
import { DueFollowUps } from './DueFollowUps';
import {
  NO_FILTERS,
  type DueFollowUp,
  type IndexedEntry,
  type ListFilters as Filters,
} from './filter-entries';
import { useLogSnapshot, useOrganisationNames } from './hooks';
import { filtersFromParams, filtersToParams, hasFilters } from './list-params';
import { ListFilters } from './ListFilters';
import { dueOf, listViewOf, type ListView } from './list-view';
import { buildCorpus } from './search-corpus';
import { VirtualDialogList } from './VirtualDialogList';
import './dialogs.css';

const NO_YEARS: number[] = [];
const NO_DUE: DueFollowUp[] = [];
const EMPTY_VIEW: ListView = { shown: [], rows: [] };

/**
 * Builds the search corpus in idle time, a slice at a time (each text folded and its words
 * indexed), so even the first search is quick; after a change to the log it only follows the
 * change.
 */
function warmSearch(index: IndexedEntry[]): () => void {
  let timer = 0;
  const step = () => {
    if (!buildCorpus(index, 250)) timer = window.setTimeout(step, 16);
  };
  timer = window.setTimeout(step, 300);
  return () => window.clearTimeout(timer);
}

/**
 * `/dialoger`: the log, newest first and grouped by month, with due follow-ups on top. It reads
 * the log's live read model, so an entry saved, synced or restored shows up without a refresh, and
 * opening the page after a save needs no new read of the whole table.
 */
export default function DialogListPage() {
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const deferred = useDeferredValue(filters);
  const snapshot = useLogSnapshot();
  const nameOf = useOrganisationNames(snapshot?.organisations);
  const today = localDateToday();
  const index = snapshot?.index ?? null;
  useEffect(() => (index ? warmSearch(index) : undefined), [index]);
  const { shown, rows } = index ? listViewOf(index, deferred, today, nameOf) : EMPTY_VIEW;
  // The read model keeps the years and the entries that can have a due follow-up up to date.
  const withFollowUps = snapshot?.withFollowUps;
  const due = withFollowUps ? dueOf(withFollowUps, today) : NO_DUE;
  const years = snapshot?.years ?? NO_YEARS;
  const t = sv.dialogs.list;
  // Stable while the filters are, so the filters and the due follow-ups (memoised) are not drawn
  // again when only the log changed.
  const setFilters = useCallback(
    (next: Filters) => setParams(filtersToParams(next), { replace: true }),
    [setParams],
  );
  const showAllDue = useCallback(
    () => setFilters({ ...filters, dueOnly: true }),
    [setFilters, filters],
  );

  return (
    <Page
      title={sv.dialogs.listTitle}
      actions={
        <Button variant="primary" onClick={() => navigate('/dialoger/ny')}>
          {sv.dialogs.newDialog}
        </Button>
      }
    >
      {index === null ? (
        <Loading />
      ) : index.length === 0 ? (
        <EmptyState title={t.emptyTitle}>
          <p>{t.emptyBody}</p>
        </EmptyState>
      ) : (
        <>
          {snapshot?.complete ? (
            <>
              <DueFollowUps
                due={due}
                nameOf={nameOf}
                onShowAll={filters.dueOnly ? null : showAllDue}
              />
              <ListFilters
                filters={filters}
                years={years}
                organisationName={filters.organisationId ? nameOf(filters.organisationId) : null}
                onChange={setFilters}
              />
              <p className="list-count" aria-live="polite">
                {t.count(shown.length, index.length)}
              </p>
            </>
          ) : (
            <Loading label={t.loadingOlder} />
          )}
          {shown.length === 0 ? (
            <EmptyState title={t.noMatchTitle}>
              <p>{t.noMatchBody}</p>
              {hasFilters(filters) ? (
                <Button
                  onClick={() => {
                    setFilters(NO_FILTERS);
                    // The button goes with the "no match" state: the search box keeps the focus.
                    document
                      .querySelector<HTMLElement>('.list-filters input[type="search"]')
                      ?.focus();
                  }}
                >
                  {t.clearFilters}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <VirtualDialogList rows={rows} nameOf={nameOf} />
          )}
        </>
      )}
    </Page>
  );
}
