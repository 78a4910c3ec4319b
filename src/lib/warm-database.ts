/** How long the warming connection stays open: long enough for the data core's own open. */
export const WARM_FOR_MS = 10_000;

/**
 * Opens the IndexedDB database `name` at whatever version it has, without reading or changing it,
 * so the browser loads it from disk now. If it does not exist, the creation is aborted (the data
 * core creates it with its schema). The connection closes on any version change (so an upgrade is
 * never blocked) and after `keepMs`. Never throws: warming is only a head start.
 */
export function warmDatabase(name: string, keepMs: number = WARM_FOR_MS): void {
  let request: IDBOpenDBRequest;
  try {
    request = indexedDB.open(name);
  } catch {
    return;
  }
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => event.preventDefault();
  request.onblocked = () => undefined;
  request.onsuccess = () => {
    const connection = request.result;
    connection.onversionchange = () => connection.close();
    setTimeout(() => connection.close(), keepMs);
  };
}
