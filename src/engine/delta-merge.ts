// Joins the engine's deltas that arrive in one read of its stdout into one delta per item.
// The engine writes every delta as its own line; when codex-api is busy (many turns streaming at
// once) one read brings several deltas of the same item, and each would otherwise become its own
// frame: its own object, its own JSON.stringify, its own HTTP/2 write. Reads bring many lines
// when codex-api paces its reads under load (read-pacer.ts); bench/README.md (scale) has how many
// frames joining saves there.
// Nothing waits for this: what a read brought is handed on before the read returns, so a delta
// that arrives alone goes out alone, as fast as before.
// Order: deltas of one thread keep their order among themselves and against every other line (a
// line that is not a delta first hands on everything held); threads are independent sessions, so
// deltas of different threads may be handed on in a different order than they were read.
import type { DeltaNotification } from "./fast-delta.js";

/** A delta being extended, and the texts it joins (joined once, when it is handed on). */
interface Held {
  delta: DeltaNotification;
  texts: string[];
}

export class DeltaMerger {
  /** Per thread, the delta being extended: at most one, so a thread's order holds. */
  readonly #held = new Map<string, Held>();

  constructor(private readonly emit: (delta: DeltaNotification) => void) {}

  add(delta: DeltaNotification): void {
    const { threadId } = delta.params;
    const held = this.#held.get(threadId);
    if (held !== undefined) {
      const first = held.delta;
      if (first.method === delta.method && first.params.itemId === delta.params.itemId && first.params.turnId === delta.params.turnId) {
        held.texts.push(delta.params.delta);
        return;
      }
      this.#held.delete(threadId);
      this.#emit(held);
    }
    this.#held.set(threadId, { delta, texts: [delta.params.delta] });
  }

  /** Hands on everything held, in the order it was first read. */
  flush(): void {
    if (this.#held.size === 0) return;
    const held = [...this.#held.values()];
    this.#held.clear();
    for (const entry of held) this.#emit(entry);
  }

  /**
   * Joined with Array#join, not `+=`: that makes a rope (a tree of the pieces), which the replay
   * buffer would keep, pieces and all, for as long as it holds the frame.
   */
  #emit({ delta, texts }: Held): void {
    if (texts.length > 1) delta.params.delta = texts.join("");
    this.emit(delta);
  }
}
