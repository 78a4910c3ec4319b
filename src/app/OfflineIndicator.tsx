import { sv } from '../lib/strings/for/shell';
import { useOnline } from './use-online';

/** A visible notice while offline; everything keeps working and is synced later. */
export function OfflineIndicator() {
  const online = useOnline();
  if (online) return null;
  return (
    <p className="banner banner-offline" data-testid="offline-indicator">
      <span aria-hidden="true">●</span> {sv.offline}
    </p>
  );
}
