import { Page } from '../../ui';

export default function DialogDetailPage() {
  return (
    <Page title="Dialog">
      <p>Kommer snart.</p>
    </Page>
  );
}
