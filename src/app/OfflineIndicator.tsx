import { sv } from '../lib/strings/for/shell';
import { useOnline } from './use-online';

/**
 * A visible notice while offline; everything keeps working and is synced later. It sits in a live
 * region that is always there, so losing the network (and getting it back) is heard, not only seen.
 */
export function OfflineIndicator() {
  const online = useOnline();
  return (
    <div role="status">
      {online ? null : (
        <p className="banner banner-offline" data-testid="offline-indicator">
          <span aria-hidden="true">●</span> {sv.offline}
        </p>
      )}
    </div>
  );
}
