import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { sv } from '../lib/strings';
import { SyncStatusBar } from '../features/settings/SyncStatusBar';
import { Nav } from './Nav';
import { OfflineIndicator } from './OfflineIndicator';
import { UpdatePrompt } from './UpdatePrompt';
import { InstallHint } from './InstallHint';
import { confirmLeave } from './NavLink';

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
        <SyncStatusBar />
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
