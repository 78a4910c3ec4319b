import { Page } from '../../ui';

export default function OrganisationsPage() {
  return (
    <Page title="Organisationer">
      <p>Kommer snart.</p>
    </Page>
  );
}
