import './warm-database';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { showsBeforeLockState } from '../features/lock/before-lock-state';
import { App } from './App';
import { preloadRoute } from './routes';
import './styles.css';

/**
 * Starts loading what the first screen waits for, in parallel: the start-up (lock state, defaults,
 * sync), the lock gate (it opens the database as soon as it loads) and the page's chunk.
 */
let started = false;
function start(): void {
  if (started) return;
  started = true;
  void import('../features/settings/start-device').then(({ startDevice }) => startDevice());
  preloadRoute(window.location.pathname);
}

// A page that needs data waits for all of it, so it starts now, before React renders. The start
// page needs none: it is painted first, and the data core (its download, parsing and the
// start-up's work) follows after that paint instead of competing with it on a slow phone. (A tab
// opened in the background paints no frames: the timer starts it all the same.)
if (showsBeforeLockState(window.location.pathname)) {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 500);
} else {
  start();
}

const root = document.getElementById('root');
if (!root) throw new Error('Root element missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
