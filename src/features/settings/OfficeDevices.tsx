import { useCallback, useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { db } from '../../db';
import {
  createPairingCode,
  listDevices,
  revokeDevice,
  type DeviceInfo,
  type NewPairingCode,
} from '../../sync';
import { Button, Field, Loading, useFocusAfter } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { formatAgo, formatLocalDateTime, localDateTimeNow } from '../../lib/dates';

/** A lost device: when it wiped and how many changes never arrived, or that it is awaited. */
function wipeStatus(device: DeviceInfo): string {
  const t = sv.sync.office;
  if (device.wipedAt === null) return t.awaitingWipe;
  const date = formatLocalDateTime(localDateTimeNow(new Date(device.wipedAt)));
  return t.wipedReport(date, device.lostChanges ?? 0);
}

/** The id of a device card's heading (focus goes there once the device is revoked). */
const deviceHeadingId = (id: string) => `device-${id}`;

/**
 * Office devices: new pairing codes (with a QR code of the pairing link) and device revocation.
 * This device's own card is marked and offers no revocation (the endpoint refuses it too): it is
 * revoked from another office device or with the admin CLI. A new code is said aloud (a live
 * region); after a revocation, whose buttons leave the card, focus goes to the card's heading.
 */
export function OfficeDevices() {
  const t = sv.sync.office;
  const [role, setRole] = useState<'field' | 'office'>('field');
  const [code, setCode] = useState<NewPairingCode | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [devices, setDevices] = useState<DeviceInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusAfter = useFocusAfter();

  const refresh = useCallback(
    () =>
      listDevices(db)
        .then((answer) => setDevices(answer.devices))
        .catch((caught: Error) => setError(caught.message)),
    [],
  );
  useEffect(() => void refresh(), [refresh]);

  async function newCode() {
    setError(null);
    try {
      const created = await createPairingCode(db, role);
      setCode(created);
      setQr(await QRCode.toDataURL(created.url, { margin: 1, width: 240 }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : sv.errors.generic);
    }
  }

  async function revoke(device: DeviceInfo, lost: boolean) {
    if (lost && !window.confirm(t.revokeLostConfirm)) return;
    try {
      await revokeDevice(db, device.id, lost);
      await refresh();
      focusAfter(deviceHeadingId(device.id));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : sv.errors.generic);
    }
  }

  return (
    <section aria-labelledby="office-devices">
      <h2 id="office-devices" tabIndex={-1}>
        {t.heading}
      </h2>
      <div className="row">
        <Field label={t.role}>
          {(props) => (
            <select
              {...props}
              value={role}
              onChange={(e) => setRole(e.target.value as 'field' | 'office')}
            >
              <option value="field">{sv.sync.pairing.roleField}</option>
              <option value="office">{sv.sync.pairing.roleOffice}</option>
            </select>
          )}
        </Field>
        <Button variant="primary" onClick={() => void newCode()}>
          {t.newCode}
        </Button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="pairing-code">
        <div role="status">
          {code ? (
            <>
              <p className="pairing-code-value">{t.codeShown(code.code)}</p>
              <p>{t.expires(new Date(code.expiresAt).toLocaleTimeString('sv-SE'))}</p>
            </>
          ) : null}
        </div>
        {code ? (
          <>
            {qr ? <img src={qr} alt={t.qrAlt} width="240" height="240" /> : null}
            <p>
              <a href={code.url}>{code.url}</a>
            </p>
          </>
        ) : null}
      </div>
      {devices === null ? (
        error ? (
          // The list could not be fetched (offline, say): a way to ask again, from where focus
          // then goes to the section's heading as the button leaves.
          <Button
            onClick={() => {
              setError(null);
              focusAfter('office-devices');
              void refresh();
            }}
          >
            {t.reload}
          </Button>
        ) : (
          <Loading />
        )
      ) : devices.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="card-list">
          {devices.map((device) => (
            <li key={device.id} className="card">
              <h3 id={deviceHeadingId(device.id)} className="card-title" tabIndex={-1}>
                {device.name || device.id} (
                {device.role === 'office' ? sv.sync.pairing.roleOffice : sv.sync.pairing.roleField})
              </h3>
              <p>
                {t.lastSeen}: {device.lastSeenAt ? formatAgo(device.lastSeenAt) : '–'}
              </p>
              {device.current ? <p>{t.thisDevice}</p> : null}
              {device.revokedAt ? (
                <>
                  <p>{device.revokedLost ? t.revokedLost : t.revoked}</p>
                  {device.revokedLost ? <p>{wipeStatus(device)}</p> : null}
                </>
              ) : device.current ? null : (
                <div className="row">
                  <Button
                    aria-describedby={deviceHeadingId(device.id)}
                    onClick={() => void revoke(device, false)}
                  >
                    {t.revoke}
                  </Button>
                  <Button
                    variant="danger"
                    aria-describedby={deviceHeadingId(device.id)}
                    onClick={() => void revoke(device, true)}
                  >
                    {t.revokeLost}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
