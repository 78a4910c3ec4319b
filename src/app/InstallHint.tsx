import { useState } from 'react';
import { Button, visiblePageHeading } from '../ui';
import { sv } from '../lib/strings/for/shell';

const KEY = 'varna.iosHintDismissed';

function isIosSafariInBrowser(): boolean {
  const ua = navigator.userAgent;
  const ios =
    /iPhone|iPad|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
  const standalone =
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}

/**
 * Safari on iPhone has no install prompt, and it clears the storage of sites not on the home
 * screen after 7 days without a visit: tell the user how to add Värna to the home screen.
 */
export function InstallHint() {
  const [show, setShow] = useState(() => {
    try {
      return isIosSafariInBrowser() && localStorage.getItem(KEY) !== '1';
    } catch {
      return false;
    }
  });
  if (!show) return null;
  return (
    <aside className="banner banner-install" aria-labelledby="ios-hint-title">
      <h2 id="ios-hint-title">{sv.iosHint.title}</h2>
      <p>{sv.iosHint.body}</p>
      <Button
        onClick={() => {
          localStorage.setItem(KEY, '1');
          // The hint leaves with this button: focus goes to the page's heading, not the body.
          visiblePageHeading()?.focus();
          setShow(false);
        }}
      >
        {sv.iosHint.dismiss}
      </Button>
    </aside>
  );
}
