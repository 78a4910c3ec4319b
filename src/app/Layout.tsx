import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { sv } from '../lib/strings/for/shell';
import { Nav } from './Nav';
import { OfflineIndicator } from './OfflineIndicator';
import { UpdatePrompt } from './UpdatePrompt';
import { InstallHint } from './InstallHint';
import { confirmLeave } from './NavLink';
import { preloadable } from './preloadable';
import { useAfterStart } from './use-after-start';
import { QuietBoundary } from './boundaries';

/** Reads the outbox, so it loads after the first screen rather than before it. */
const SyncStatusBar = preloadable(() => import('../features/settings/SyncStatusBar'), null);
/** "Lås nu", shown while a passphrase is set and the app is unlocked. */
const LockNowButton = preloadable(() => import('../features/lock/LockNowButton'), null);

export function Layout({ children }: { children: ReactNode }) {
  const afterStart = useAfterStart();
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
        <QuietBoundary>{afterStart ? <SyncStatusBar /> : null}</QuietBoundary>
        <QuietBoundary>
          <LockNowButton />
        </QuietBoundary>
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
