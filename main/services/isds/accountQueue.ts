/**
 * ISDS refuses a second request of the same account while one is running (status
 * 3009), so the app never sends two at once: calls of one account wait for each other
 * here, whichever box, handler or sync run they come from. Different accounts do not
 * wait for each other.
 */
export class AccountQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every task queued before it under `key` has settled. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // The map forgets an account once its queue has drained.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Accounts with a request running or waiting (for tests and diagnostics). */
  get busyAccounts(): number {
    return this.tails.size;
  }
}
