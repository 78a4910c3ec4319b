import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** The floor of the cold-start benchmark: the least a React PWA can do, a heading and a button. */
function App() {
  return (
    <main>
      <h1>Hej</h1>
      <button type="button">Spara</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
