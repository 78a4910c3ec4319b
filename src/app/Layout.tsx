import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'wouter';
import { sv } from '../lib/strings';
import { Nav } from './Nav';
import { OfflineIndicator } from './OfflineIndicator';
import { UpdatePrompt } from './UpdatePrompt';
import { InstallHint } from './InstallHint';
import { confirmLeave } from './NavLink';

/** Reads the outbox, so it loads with the data core rather than in the first bundle. */
const SyncStatusBar = lazy(() => import('../features/settings/SyncStatusBar'));
/** "Lås nu", shown while a passphrase is set and the app is unlocked. */
const LockNowButton = lazy(() => import('../features/lock/LockNowButton'));

export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {sv.skipToContent}
      </a>
      <header className="app-header">
        <Link href="/" className="app-title" onClick={confirmLeave}>
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>{sv.appName}</span>
        </Link>
        <Suspense fallback={null}>
          <SyncStatusBar />
          <LockNowButton />
        </Suspense>
      </header>
      <OfflineIndicator />
      <UpdatePrompt />
      <InstallHint />
      <div className="app-body">
        <Nav />
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
