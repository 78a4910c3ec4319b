import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Button, Page } from '../ui';
import { sv } from '../lib/strings/for/shell';
import { ErrorBoundary } from './ErrorBoundary';
import { useOnline } from './use-online';

/** What shows instead of a page that failed: what happened, that nothing saved is lost, and a way on. */
function PageFailed({ onRetry }: { onRetry: () => void }) {
  const t = sv.pageFailed;
  const online = useOnline();
  return (
    <Page title={t.title}>
      <p>{t.body}</p>
      {online ? null : <p>{t.offline}</p>}
      <div className="row">
        <Button variant="primary" onClick={onRetry}>
          {t.retry}
        </Button>
        <Button onClick={() => window.location.reload()}>{t.reload}</Button>
        <Link href="/" className="btn btn-ghost">
          {t.home}
        </Link>
      </div>
    </Page>
  );
}

/**
 * A page that fails to render (its chunk could not be loaded offline, a read threw) shows a
 * Swedish message and a way on, with the menu kept; going to another page clears it.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(retry) => <PageFailed onRetry={retry} />}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * An extra in the header or the menu (sync status, "Lås nu", the to-do badge) that fails shows
 * nothing rather than taking the app down with it, and is tried again when the network returns.
 */
export function QuietBoundary({ children }: { children: ReactNode }) {
  const online = useOnline();
  return (
    <ErrorBoundary resetKey={String(online)} fallback={() => null}>
      {children}
    </ErrorBoundary>
  );
}
