/**
 * A register of numbers per year — the podací deník (documents) or the case-file
 * register: hands out the next number, reserves blocks for a user, and accepts a
 * reserved number once from the user it was reserved for. A number is never given
 * twice, reserved or not: the next number always lies above everything given or
 * reserved before.
 */
export class NumberRegister {
  private readonly highest = new Map<number, number>();
  /** `year/sequence` → the user it is reserved for. */
  private readonly reservedFor = new Map<string, string>();
  /** Reserved numbers an entity already carries. */
  private readonly spent = new Set<string>();

  private raise(year: number, sequence: number): void {
    if (sequence > (this.highest.get(year) ?? 0)) this.highest.set(year, sequence);
  }

  /** A number an entity carries (seeded, replayed or just given). */
  noteUsed(year: number, sequence: number): void {
    this.raise(year, sequence);
    const key = `${year}/${sequence}`;
    if (this.reservedFor.has(key)) this.spent.add(key);
  }

  noteReserved(user: string, year: number, sequence: number): void {
    this.raise(year, sequence);
    this.reservedFor.set(`${year}/${sequence}`, user);
  }

  /** The next free number of the year, taken at once. */
  next(year: number): number {
    const sequence = (this.highest.get(year) ?? 0) + 1;
    this.highest.set(year, sequence);
    return sequence;
  }

  /** Takes a proposed number if it was reserved for `user` and no entity carries it yet. */
  claim(user: string, year: number, sequence: number): boolean {
    const key = `${year}/${sequence}`;
    if (this.reservedFor.get(key) !== user || this.spent.has(key)) return false;
    this.spent.add(key);
    return true;
  }

  /** Reserves the next `count` numbers of the year for `user`. */
  reserve(user: string, year: number, count: number): number[] {
    const numbers: number[] = [];
    for (let i = 0; i < count; i++) {
      const sequence = this.next(year);
      this.reservedFor.set(`${year}/${sequence}`, user);
      numbers.push(sequence);
    }
    return numbers;
  }

  /** Reserved for `user` and not yet carried by any entity. */
  isOpenReservation(user: string, year: number, sequence: number): boolean {
    const key = `${year}/${sequence}`;
    return this.reservedFor.get(key) === user && !this.spent.has(key);
  }

  highestOf(year: number): number {
    return this.highest.get(year) ?? 0;
  }
}

/** Evidence numbers (EvidencePoradi): one running count per evidence period. */
export class EvidenceCounter {
  private readonly highest = new Map<string, number>();

  note(period: string, order: number): void {
    if (order > (this.highest.get(period) ?? 0)) this.highest.set(period, order);
  }

  next(period: string): number {
    const order = (this.highest.get(period) ?? 0) + 1;
    this.highest.set(period, order);
    return order;
  }
}
