import type { YearReport } from '../../shared/report';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/report';
import { TableScroll } from './TableScroll';

/** Dialog meetings per organisation in the year: how many, and the latest. */
export function OrganisationTable({ report }: { report: YearReport }) {
  const t = sv.report.organisations;
  const rows = report.dialogsByOrganisation;
  const named = rows.filter((row) => row.organisationId !== null).length;
  return (
    <section
      className="report-section report-new-page"
      aria-labelledby="report-organisations-heading"
    >
      <h2 id="report-organisations-heading">{sv.report.sections.organisations}</h2>
      {rows.length === 0 ? (
        <p>{t.empty(report.year)}</p>
      ) : (
        <>
          <p>{t.total(report.dialogCount, named)}</p>
          <TableScroll labelledBy="report-organisations-heading">
            <table className="report-table" aria-labelledby="report-organisations-heading">
              <thead>
                <tr>
                  <th scope="col">{t.organisation}</th>
                  <th scope="col" className="report-number">
                    {t.count}
                  </th>
                  <th scope="col">{t.last}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.organisationId ?? 'none'}>
                    <th scope="row">
                      {row.organisationId === null ? t.none : (row.name ?? t.unknown)}
                    </th>
                    <td className="report-number">{row.count}</td>
                    <td>{formatLocalDate(row.lastDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
