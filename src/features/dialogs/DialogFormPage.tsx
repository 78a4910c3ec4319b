import { Page } from '../../ui';

export default function DialogFormPage() {
  return (
    <Page title="Ny dialog">
      <p>Kommer snart.</p>
    </Page>
  );
}
