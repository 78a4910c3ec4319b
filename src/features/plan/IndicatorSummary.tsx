import { NO_LEVEL, type YearIndicators } from '../../shared/indicators';
import { PREVENTION_LEVELS } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';

/** The year's indicators counted from the log: dialogs, network meetings, interventions by level, trainings. */
export function IndicatorSummary({ indicators }: { indicators: YearIndicators | undefined }) {
  if (!indicators) return null;
  const t = sv.plan.indicator;
  const m = t.measures;
  const rows: Array<[string, number]> = [
    [m.dialogs, indicators.dialogs],
    [t.regional, indicators.networkMeetings.regional],
    [t.national, indicators.networkMeetings.nationell],
    [m.trainingsBasic, indicators.trainings.grund],
    [m.trainingsTargeted, indicators.trainings.riktad],
    [m.interventions, indicators.interventions.total],
  ];
  const levels = [...PREVENTION_LEVELS, NO_LEVEL] as const;
  return (
    <details className="indicator-summary">
      <summary>{t.summaryHeading(indicators.year)}</summary>
      <p className="plan-muted">{t.summaryHint}</p>
      <dl className="indicator-table">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="indicator-subheading">{t.interventionsByLevel}</p>
      <dl className="indicator-table">
        {levels.map((level) => (
          <div key={level}>
            <dt>{sv.plan.levels[level]}</dt>
            <dd>{indicators.interventions.byLevel[level]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
