import { Page } from '../../ui';

export default function ReportPage() {
  return (
    <Page title="Rapport">
      <p>Kommer snart.</p>
    </Page>
  );
}
