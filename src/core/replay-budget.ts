// One byte budget for the replay history of every session together. Each session's outbox keeps
// its own bounds (frames, bytes); this caps their sum, so a thousand sessions cannot each hold
// their maximum. Past the budget, history is dropped oldest first, and from sessions with no
// turn running before any other: a client resuming one of them is told how much was lost
// (`replay.lost`), as with the per-session bounds.

/** What the budget needs of an outbox. */
export interface BudgetMember {
  /** Whether no turn is running (its history is dropped first). */
  idle(): boolean;
  /** Emission order of its oldest held frame, or undefined when it holds none. */
  oldestOrder(): number | undefined;
  /** Drops its oldest held frame; returns the bytes freed. */
  dropOldest(): number;
}

export class ReplayBudget {
  #held = 0;
  #order = 0;
  readonly #members = new Set<BudgetMember>();
  /** Once over the budget, history is dropped down to this share of it, so drops come in batches. */
  static readonly REFILL = 0.9;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes > 0)) throw new RangeError("the replay budget must be positive");
  }

  /** Bytes held by every member. */
  get held(): number {
    return this.#held;
  }

  join(member: BudgetMember): void {
    this.#members.add(member);
  }

  /** The member is gone; `bytes` is what it still held. */
  leave(member: BudgetMember, bytes: number): void {
    this.#members.delete(member);
    this.#held -= bytes;
  }

  /** The next emission order number (frames across every member are ordered by it). */
  nextOrder(): number {
    return ++this.#order;
  }

  /** A member now holds `bytes` more; drops history when the sum passes the budget. */
  charge(bytes: number): void {
    this.#held += bytes;
    if (this.#held > this.maxBytes) this.#shrink();
  }

  /** A member dropped `bytes` by its own bounds. */
  release(bytes: number): void {
    this.#held -= bytes;
  }

  #shrink(): void {
    const target = Math.floor(this.maxBytes * ReplayBudget.REFILL);
    const idle: BudgetMember[] = [];
    const busy: BudgetMember[] = [];
    for (const member of this.#members) {
      if (member.oldestOrder() === undefined) continue;
      (member.idle() ? idle : busy).push(member);
    }
    for (const group of [idle, busy]) {
      if (this.#dropOldestOf(group, target)) return;
    }
  }

  /** Drops the group's frames in emission order until the held total is at `target`; true once it is. */
  #dropOldestOf(group: BudgetMember[], target: number): boolean {
    const byAge = (a: BudgetMember, b: BudgetMember) => a.oldestOrder()! - b.oldestOrder()!;
    group.sort(byAge);
    while (group.length > 0) {
      const oldest = group[0]!;
      // Drop from the oldest member until its oldest frame is newer than the next member's.
      const next = group[1]?.oldestOrder() ?? Infinity;
      while (oldest.oldestOrder() !== undefined && oldest.oldestOrder()! < next) {
        this.#held -= oldest.dropOldest();
        if (this.#held <= target) return true;
      }
      group.shift();
      if (oldest.oldestOrder() !== undefined) insertSorted(group, oldest, byAge);
    }
    return this.#held <= target;
  }
}

function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let i = 0;
  while (i < list.length && compare(list[i]!, item) < 0) i++;
  list.splice(i, 0, item);
}
