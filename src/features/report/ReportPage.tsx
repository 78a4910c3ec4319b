import { Link } from 'wouter';
import { Button, Loading, Page } from '../../ui';
import { useYearParam } from '../../ui/use-year-param';
import { sv } from '../../lib/strings/for/report';
import { ActivityFigures } from './ActivityFigures';
import { useReportYears, useYearReport } from './hooks';
import { IndicatorTable } from './IndicatorTable';
import { MonthChart } from './MonthChart';
import { OrganisationTable } from './OrganisationTable';
import { ReportMeta } from './ReportMeta';
import { StatusSummary } from './StatusSummary';
import { YearForm } from './YearForm';
import './report.css';

/**
 * The annual report for RTH for a chosen year (this year by default, `?ar=` in the address), computed live from the
 * device's data, offline included. The browser's print / "Spara som PDF" gives a clean A4 report
 * (see the print rules in report.css).
 */
export default function ReportPage() {
  const { year, currentYear, setYear } = useYearParam();
  const years = useReportYears(currentYear);
  const report = useYearReport(year);
  const t = sv.report;
  return (
    <Page
      title={t.title(year)}
      actions={
        <Button variant="primary" className="report-no-print" onClick={() => window.print()}>
          {t.print}
        </Button>
      }
    >
      <div className="report">
        <p className="report-intro">{t.intro}</p>
        <ReportMeta />
        <YearForm key={year} year={year} years={years} onYear={setYear} />
        <p className="report-no-print report-export-link">
          <Link href="/installningar/sakerhetskopia">{t.exportLink}</Link>
        </p>
        {report === undefined ? (
          <Loading />
        ) : (
          <>
            <StatusSummary report={report} />
            <IndicatorTable report={report} />
            <ActivityFigures report={report} />
            <OrganisationTable report={report} />
            <MonthChart year={year} months={report.dialogsByMonth} />
          </>
        )}
      </div>
    </Page>
  );
}
