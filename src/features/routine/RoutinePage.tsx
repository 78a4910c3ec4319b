import { Page } from '../../ui';

export default function RoutinePage() {
  return (
    <Page title="Rutin vid oro">
      <p>Kommer snart.</p>
    </Page>
  );
}
