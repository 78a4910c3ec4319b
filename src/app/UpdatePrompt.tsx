import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../ui';
import { sv } from '../lib/strings/for/shell';
import { hasUnsavedInput } from '../lib/unsaved';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Prompt-mode updates: a new version waits until the user chooses "Uppdatera", and the page is
 * never reloaded while a form holds unsaved input. Checks for a new version every hour.
 */
export function UpdatePrompt() {
  const [blocked, setBlocked] = useState(false);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(swUrl, registration) {
      if (!registration) return;
      setInterval(() => {
        if (!navigator.onLine) return;
        void fetch(swUrl, { cache: 'no-store' })
          .then((response) => (response.ok ? registration.update() : undefined))
          .catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="banner banner-update" role="alert">
      <span>{sv.update.available}</span>
      <Button
        variant="primary"
        onClick={() => {
          if (hasUnsavedInput()) {
            setBlocked(true);
            return;
          }
          void updateServiceWorker(true);
        }}
      >
        {sv.update.action}
      </Button>
      {blocked ? <span className="banner-note">{sv.update.blocked}</span> : null}
    </div>
  );
}
