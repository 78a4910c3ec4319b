import { Page } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { PairingForm } from './PairingForm';

/** `/parkoppla#kod=…`: the link in the office's QR code fills in the code. */
export default function PairPage() {
  const code = new URLSearchParams(window.location.hash.slice(1)).get('kod') ?? '';
  return (
    <Page title={sv.sync.pairing.pageTitle}>
      {code ? <p>{sv.sync.pairing.fromLink}</p> : null}
      <p>{sv.sync.pairing.iphone}</p>
      <PairingForm initialCode={code} />
    </Page>
  );
}
