import { Page } from '../../ui';

export default function DialogListPage() {
  return (
    <Page title="Dialoger">
      <p>Kommer snart.</p>
    </Page>
  );
}
