import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Root element missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The data core loads after the first render, so the shell paints from the smallest bundle.
void import('../features/settings/start-device').then(({ startDevice }) => startDevice());
