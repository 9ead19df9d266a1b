/**
 * What the built-in simulator tells the demo once per address (its logins, boxes, the
 * demo signer, its CA): asked once and kept; a failed question (a simulator not up yet)
 * is asked again next time.
 */
export class SimAnswers<T> {
  private readonly bySim = new Map<string, Promise<T>>();

  constructor(private readonly load: (simUrl: string) => Promise<T>) {}

  get(simUrl: string): Promise<T> {
    let value = this.bySim.get(simUrl);
    if (!value) {
      const loading = this.load(simUrl);
      this.bySim.set(simUrl, loading);
      loading.catch(() => {
        if (this.bySim.get(simUrl) === loading) this.bySim.delete(simUrl);
      });
      value = loading;
    }
    return value;
  }

  /** Forgets every answer (a simulator started afresh may have made new ones). */
  clear(): void {
    this.bySim.clear();
  }
}
