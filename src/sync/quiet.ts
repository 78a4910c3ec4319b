/**
 * A promise awaited later (a page fetched or stored ahead): until then its failure must not count
 * as unhandled. Returns the same promise, which still rejects where it is awaited.
 */
export function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
