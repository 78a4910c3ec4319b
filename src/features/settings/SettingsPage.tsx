import { Link } from 'wouter';
import { Loading, Page } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { usePairing } from './hooks';
import { PairingForm } from './PairingForm';
import { OfficeDevices } from './OfficeDevices';
import { StorageInfo } from './StorageInfo';
import { PersonSettings } from './PersonSettings';
import { PassphraseSettings } from './PassphraseSettings';

export default function SettingsPage() {
  const pairing = usePairing();
  const t = sv.sync;
  return (
    <Page title={sv.nav.settings}>
      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t.pairing.heading}</h2>
        {pairing === undefined ? (
          // Still reading the pairing: say nothing rather than "not paired" on a paired device.
          <Loading />
        ) : pairing ? (
          <p>
            {t.pairing.paired(
              pairing.workspaceName,
              pairing.role === 'office' ? t.pairing.roleOffice : t.pairing.roleField,
            )}{' '}
            {pairing.revoked ? t.revoked : null}
          </p>
        ) : (
          <p>{t.unpaired}</p>
        )}
        {pairing === undefined ? null : <PairingForm />}
        <ul className="link-list">
          <li>
            <Link href="/installningar/konflikter">{t.conflicts.title}</Link>
          </li>
          <li>
            <Link href="/installningar/utkorg">{t.outbox.title}</Link>
          </li>
          <li>
            <Link href="/installningar/sakerhetskopia">{sv.sync.backupLink}</Link>
          </li>
        </ul>
      </section>
      {pairing?.role === 'office' && !pairing.revoked ? <OfficeDevices /> : null}
      <PersonSettings />
      <PassphraseSettings />
      <StorageInfo />
      <ul className="link-list">
        <li>
          <Link href="/tillganglighet">{sv.about.accessibility.title}</Link>
        </li>
        <li>
          <Link href="/integritet">{sv.about.privacy.title}</Link>
        </li>
      </ul>
    </Page>
  );
}
