import { useEffect, useState } from 'react';
import { sv } from '../../lib/strings';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** How much of the device's storage Värna uses, and whether the browser keeps it. */
export function StorageInfo() {
  const t = sv.sync.storage;
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
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
      <p className="notice">{t.unencrypted}</p>
    </section>
  );
}
