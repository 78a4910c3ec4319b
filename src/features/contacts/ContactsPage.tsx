import { Page } from '../../ui';

export default function ContactsPage() {
  return (
    <Page title="Kontakter">
      <p>Kommer snart.</p>
    </Page>
  );
}
