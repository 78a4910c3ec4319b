/**
 * What shows while the lock state is still being read at start (the state itself comes from the
 * database, whose code loads after the first bundle). Kept out of the lock gate's chunk so the
 * first bundle can use it: src/app/lock-gate.tsx shows the start page at once with it.
 *
 * Pages with no data at all (the start page: a heading and two links) may show at once, unless
 * this device is known to have a passphrase: then the unlock form comes without the page flashing
 * first. Whether a passphrase is set is remembered in localStorage; no entry (a first run) counts
 * as none, and a locked state found later still replaces the page with the unlock form.
 */
const KEY = 'varna.passphraseSet';
const NO_DATA_PAGES = ['/'];

function passphraseHinted(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true;
  }
}

/** True when `location` may show before the lock state is known. */
export function showsBeforeLockState(location: string): boolean {
  return NO_DATA_PAGES.includes(location) && !passphraseHinted();
}

/** Called with every known lock state: whether a passphrase is set (locked or unlocked). */
export function rememberPassphraseSet(set: boolean): void {
  try {
    if (passphraseHinted() !== set) localStorage.setItem(KEY, set ? '1' : '0');
  } catch {
    // Without localStorage every start waits for the lock state, as before.
  }
}
