import { common } from './strings/common';

/**
 * True when a write failed because the device's storage is full: IndexedDB's QuotaExceededError,
 * as the browser throws it or as Dexie wraps it (in `inner`), or as a cause of another error.
 */
export function isStorageFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/**
 * What to tell the user when a save failed: trying again does not help while the device is full,
 * so that case says what to do instead. Either way what was typed is kept by the caller.
 */
export function saveFailedText(error: unknown): string {
  return isStorageFull(error) ? common.errors.storageFull : common.errors.saveFailed;
}
