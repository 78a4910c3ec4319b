import type { ActivityFigure, YearReport } from '../../shared/report';
import { sv } from '../../lib/strings/for/report';
import { measureLabel } from './format';
import { StatusBadge } from './StatusBadge';

function ActivityItem({ figure, year }: { figure: ActivityFigure; year: number }) {
  const t = sv.report.activity;
  return (
    <li className="report-activity">
      <p className="report-activity-what">{figure.what}</p>
      <dl className="report-facts">
        <div>
          <dt>{t.status}</dt>
          <dd>
            <StatusBadge status={figure.status} />
          </dd>
        </div>
        <div>
          <dt>{t.comment}</dt>
          <dd className="report-comment">{figure.comment.trim() || t.noComment}</dd>
        </div>
        <div>
          <dt>{t.indicator}</dt>
          <dd>
            {figure.value === null
              ? t.notLinked
              : t.value(measureLabel(figure), year, figure.value)}
            {figure.value !== null && figure.target !== null
              ? ` (${t.target(figure.target)})`
              : null}
          </dd>
        </div>
        {figure.change !== null && figure.previous !== null ? (
          <div>
            <dt>{t.change(year - 1)}</dt>
            <dd>{sv.report.change(figure.change, year - 1, figure.previous)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

/** Per area, each activity's status, comment, indicator value and change from the year before. */
export function ActivityFigures({ report }: { report: YearReport }) {
  const t = sv.report;
  return (
    <section className="report-section report-follow-up" aria-labelledby="report-follow-up-heading">
      <h2 id="report-follow-up-heading">{t.sections.followUp}</h2>
      {report.areas.length === 0 ? <p>{t.emptyPlan}</p> : null}
      {report.areas.map((area) => (
        <section key={area.areaId} className="report-area" aria-labelledby={`area-${area.areaId}`}>
          <h3 id={`area-${area.areaId}`}>{area.title}</h3>
          {area.activities.length === 0 ? (
            <p>{t.activity.noActivities}</p>
          ) : (
            <ol className="report-activities">
              {area.activities.map((figure) => (
                <ActivityItem key={figure.activityId} figure={figure} year={report.year} />
              ))}
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}
