import { sv } from '../../lib/strings/for/report';
import { TableScroll } from './TableScroll';

const WIDTH = 320;
const HEIGHT = 210;
const SIDE = 4;
const TOP = 24;
const BOTTOM = 28;
const PLOT = HEIGHT - TOP - BOTTOM;
const SLOT = (WIDTH - 2 * SIDE) / 12;
const BAR = 16;

/** The chart's accessible name: what it shows, the total, the busiest month and every month. */
export function chartLabel(year: number, months: readonly number[]): string {
  const t = sv.report.months;
  const total = months.reduce((sum, n) => sum + n, 0);
  const max = Math.max(0, ...months);
  const busiest = max > 0 ? t.busiest(t.long[months.indexOf(max)] ?? '', max) : '';
  const perMonth = months.map((n, i) => `${t.long[i]} ${n}`).join(', ');
  return t.chartLabel(year, total, busiest, perMonth);
}

/**
 * Dialog meetings per month as a bar chart (an SVG with one accessible name that says it all),
 * each bar labelled with its number so it reads on paper too, and the same figures as a table.
 */
export function MonthChart({ year, months }: { year: number; months: readonly number[] }) {
  const t = sv.report.months;
  const max = Math.max(1, ...months);
  const total = months.reduce((sum, n) => sum + n, 0);
  return (
    <section className="report-section" aria-labelledby="report-months-heading">
      <h2 id="report-months-heading">{sv.report.sections.months}</h2>
      <svg
        className="report-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={chartLabel(year, months)}
      >
        <line
          className="report-chart-axis"
          x1={SIDE}
          x2={WIDTH - SIDE}
          y1={TOP + PLOT}
          y2={TOP + PLOT}
        />
        {months.map((count, i) => {
          const height = (count / max) * PLOT;
          const x = SIDE + i * SLOT + (SLOT - BAR) / 2;
          const centre = SIDE + i * SLOT + SLOT / 2;
          return (
            <g key={t.short[i]}>
              <rect
                className="report-chart-bar"
                x={x}
                y={TOP + PLOT - height}
                width={BAR}
                height={height}
              />
              <text className="report-chart-value" x={centre} y={TOP + PLOT - height - 5}>
                {count}
              </text>
              <text className="report-chart-month" x={centre} y={HEIGHT - 9}>
                {t.short[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="report-chart-table">
        <summary>{t.showTable}</summary>
        <TableScroll labelledBy="report-months-heading">
          <table className="report-table" aria-labelledby="report-months-heading">
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col" className="report-number">
                  {t.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((count, i) => (
                <tr key={t.long[i]}>
                  <th scope="row">{t.long[i]}</th>
                  <td className="report-number">{count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td className="report-number">{total}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
