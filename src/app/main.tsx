import './warm-database';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadRoute } from './routes';
import './styles.css';

// Everything the first screen waits for starts loading now, in parallel, before React renders:
// the start-up (lock state, defaults, sync), the lock gate (it opens the database as soon as it
// loads) and the page's chunk.
void import('../features/settings/start-device').then(({ startDevice }) => startDevice());
preloadRoute(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('Root element missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
