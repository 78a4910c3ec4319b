import { useEffect, useMemo, useState } from 'react';
import { Button, EmptyState, Loading, Page } from '../../ui';
import { useYearParam } from '../../ui/use-year-param';
import { sv } from '../../lib/strings/for/plan';
import { AreaForm } from './lazy-forms';
import { AreaSection } from './AreaSection';
import { CopyYear } from './lazy-forms';
import { useInterventions, usePlanData, useYearIndicators, useYearOptions } from './hooks';
import { IndicatorSummary } from './IndicatorSummary';
import { InterventionsCatalogue } from './InterventionsCatalogue';
import { PlanContext } from './plan-context';
import { PlanIntro } from './PlanIntro';
import { PlanToolbar, type StatusFilter } from './PlanToolbar';
import './plan.css';

/**
 * The plan: areas and their activities with each activity's follow-up for the chosen year, the
 * indicators counted live from the log, and the interventions catalogue. Everything is read live
 * from the device, so it works offline and stays current after a write or a pull.
 */
export default function PlanPage() {
  const t = sv.plan;
  const { year, currentYear, setYear } = useYearParam();
  const years = useYearOptions(currentYear, year);
  const [areaFilter, setAreaFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('');
  const [editing, setEditing] = useState(false);
  const [addingArea, setAddingArea] = useState(false);
  const data = usePlanData(year);
  const indicators = useYearIndicators(year);
  const interventions = useInterventions();
  const view = useMemo(() => ({ year, indicators, editing }), [year, indicators, editing]);
  const loaded = data !== undefined && interventions !== undefined;

  // Links such as /plan#insatser (from the routine) scroll to their section once all is shown;
  // one to an activity ("Bedöm i planen" in Att göra) or a level also puts focus on its heading,
  // so the keyboard goes on from there rather than from the top of the page.
  useEffect(() => {
    if (!loaded || !window.location.hash) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    target?.scrollIntoView();
    target
      ?.querySelector<HTMLElement>(':scope > :is(h2, h3)[tabindex="-1"]')
      ?.focus({ preventScroll: true });
  }, [loaded]);

  const sections = (data?.areas ?? [])
    .filter((area) => !areaFilter || area.id === areaFilter)
    .map((area) => {
      const activities = data?.activitiesByArea.get(area.id) ?? [];
      const shown = activities.filter(
        (a) => !statusFilter || (data?.followUps.get(a.id)?.status ?? 'ejBedomd') === statusFilter,
      );
      return { area, activities, shown };
    })
    .filter(({ shown }) => !statusFilter || shown.length > 0);
  const counts = data && {
    shown: sections.reduce((sum, { shown }) => sum + shown.length, 0),
    total: [...data.activitiesByArea.values()].reduce((sum, list) => sum + list.length, 0),
  };

  return (
    <Page
      title={t.title}
      actions={
        <Button onClick={() => setEditing((on) => !on)}>
          {editing ? t.edit.stop : t.edit.start}
        </Button>
      }
    >
      <PlanContext.Provider value={view}>
        <PlanToolbar
          year={year}
          years={years}
          onYear={setYear}
          areas={data?.areas ?? []}
          areaFilter={areaFilter}
          onArea={setAreaFilter}
          statusFilter={statusFilter}
          onStatus={setStatusFilter}
          counts={counts ?? null}
        />
        <IndicatorSummary indicators={indicators} />
        <PlanIntro />
        {data === undefined ? (
          <Loading />
        ) : data.areas.length === 0 ? (
          <EmptyState title={t.empty}>
            <p>{t.emptyHint}</p>
          </EmptyState>
        ) : sections.length === 0 ? (
          <EmptyState title={t.noMatch} />
        ) : (
          sections.map(({ area, activities, shown }) => (
            <AreaSection
              key={area.id}
              area={area}
              areas={data.areas}
              activities={activities}
              shown={shown}
              followUps={data.followUps}
            />
          ))
        )}
        {editing && data ? (
          <div className="plan-edit-tools">
            {addingArea ? (
              <AreaForm siblings={data.areas} onDone={() => setAddingArea(false)} />
            ) : (
              <Button onClick={() => setAddingArea(true)}>{t.edit.newArea}</Button>
            )}
            <CopyYear year={year} onCopied={setYear} />
          </div>
        ) : null}
        <InterventionsCatalogue interventions={interventions} />
      </PlanContext.Provider>
    </Page>
  );
}
