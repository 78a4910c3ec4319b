/**
 * Runs async tasks one at a time, in arrival order. The SQLite store has one connection: a
 * transaction that awaits between statements must not let another request's statements run inside
 * it (they would see, or join, uncommitted work).
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
