import type { YearIndicators } from '../../shared/indicators';
import type { YearReport } from '../../shared/report';
import { sv } from '../../lib/strings/for/report';
import { TableScroll } from './TableScroll';

const ROWS: ReadonlyArray<{
  key: keyof typeof sv.report.indicators;
  value: (i: YearIndicators) => number;
}> = [
  { key: 'dialogs', value: (i) => i.dialogs },
  { key: 'network', value: (i) => i.networkMeetings.total },
  { key: 'interventions', value: (i) => i.interventions.total },
  { key: 'trainingsBasic', value: (i) => i.trainings.grund },
  { key: 'trainingsTargeted', value: (i) => i.trainings.riktad },
];

/** The plan's indicators counted from the log: this year, the year before, and the change. */
export function IndicatorTable({ report }: { report: YearReport }) {
  const t = sv.report;
  const previousYear = report.year - 1;
  return (
    <section className="report-section" aria-labelledby="report-indicators-heading">
      <h2 id="report-indicators-heading">{t.sections.indicators}</h2>
      <TableScroll labelledBy="report-indicators-heading">
        <table className="report-table" aria-labelledby="report-indicators-heading">
          <thead>
            <tr>
              <th scope="col">{t.indicators.name}</th>
              <th scope="col" className="report-number report-year-column">
                {report.year}
              </th>
              <th scope="col" className="report-number report-year-column">
                {previousYear}
              </th>
              <th scope="col" className="report-number">
                {t.indicators.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(({ key, value }) => {
              const now = value(report.indicators);
              const before = value(report.previousIndicators);
              const change = now - before;
              return (
                <tr key={key}>
                  <th scope="row">{t.indicators[key]}</th>
                  <td className="report-number">{now}</td>
                  <td className="report-number">{before}</td>
                  <td className="report-number">
                    {`${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
