import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { db, sessionOf } from '../../db';
import { sv } from '../../lib/strings/for/settings';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** How much of the device's storage Värna uses, whether the browser keeps it, and if it is encrypted. */
export function StorageInfo() {
  const t = sv.sync.storage;
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const lockState = useStore(sessionOf(db), (s) => s.state);
  const encrypted = lockState === 'locked' || lockState === 'unlocked';
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate);
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t.heading}</h2>
      <p data-testid="storage-usage">
        {estimate?.usage !== undefined && estimate.quota !== undefined
          ? t.usage(formatBytes(estimate.usage), formatBytes(estimate.quota))
          : t.unknown}
      </p>
      {persisted === null ? null : <p>{persisted ? t.persisted : t.notPersisted}</p>}
      {encrypted ? <p>{sv.lock.storageEncrypted}</p> : <p className="notice">{t.unencrypted}</p>}
    </section>
  );
}
