import { FOLLOW_UP_STATUSES } from '../../shared/schemas';
import type { YearReport } from '../../shared/report';
import { sv } from '../../lib/strings/for/report';
import { TableScroll } from './TableScroll';
import { percent } from './format';
import { StatusBadge } from './StatusBadge';

/** How many of the plan's activities have each status this year. */
export function StatusSummary({ report }: { report: YearReport }) {
  const t = sv.report;
  return (
    <section className="report-section" aria-labelledby="report-status-heading">
      <h2 id="report-status-heading">{t.sections.status}</h2>
      <TableScroll labelledBy="report-status-heading">
        <table className="report-table" aria-labelledby="report-status-heading">
          <thead>
            <tr>
              <th scope="col">{t.status.status}</th>
              <th scope="col" className="report-number">
                {t.status.count}
              </th>
              <th scope="col" className="report-number">
                {t.status.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {FOLLOW_UP_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">
                  <StatusBadge status={status} />
                </th>
                <td className="report-number">{report.statusCounts[status]}</td>
                <td className="report-number">
                  {percent(report.statusCounts[status], report.activityCount)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.status.total}</th>
              <td className="report-number">{report.activityCount}</td>
              <td className="report-number">
                {percent(report.activityCount, report.activityCount)}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
