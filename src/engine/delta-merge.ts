// Joins the engine's deltas into one delta per item: those that arrive in one read of its stdout
// and, under heavy load, those that arrive within `joinMs`.
// The engine writes every delta as its own line, and each would otherwise become its own frame:
// its own object, its own JSON.stringify, its own HTTP/2 write. Most of codex-api's work under
// load is per frame. Joining what one read brought is free (nothing waits), but at 100 turns
// streaming at once a turn gets a delta only every ~15 ms, so one read rarely brings two of the
// same item. Under sustained heavy output (read-pacer.ts decides) deltas are therefore held for up
// to `joinMs` (50 ms by default, read-pacer.ts says why), and the frames, and the work, shrink to
// a fraction (bench/README.md, scale).
// Order: deltas of one thread keep their order among themselves and against every other line of
// that thread: a line of a thread first hands on that thread's held delta, and a line of no
// thread (a response, say to a steer) first hands on everything held. Threads are independent
// sessions, so deltas of different threads may be handed on in a different order than they were
// read.
import type { DeltaNotification } from "./fast-delta.js";

/** A delta being extended, and the texts it joins (joined once, when it is handed on). */
interface Held {
  delta: DeltaNotification;
  texts: string[];
}

export class DeltaMerger {
  /** Per thread, the delta being extended: at most one, so a thread's order holds. */
  readonly #held = new Map<string, Held>();
  /** Set while deltas are held past the end of their read: hands everything on when it fires. */
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly emit: (delta: DeltaNotification) => void,
    /** Under load, the longest a delta is held for more of its item; 0 holds none past its read. */
    private readonly joinMs = 0,
  ) {}

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

  /** Hands on the thread's held delta, if any: another line of the thread follows it. */
  flushThread(threadId: string): void {
    const held = this.#held.get(threadId);
    if (held === undefined) return;
    this.#held.delete(threadId);
    this.#emit(held);
  }

  /** Hands on everything held, in the order it was first read. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#held.size === 0) return;
    const held = [...this.#held.values()];
    this.#held.clear();
    for (const entry of held) this.#emit(entry);
  }

  /**
   * A read ended. Under load (`busy`) what is held may wait up to `joinMs`, counted from the
   * first read that left something held; otherwise it is handed on now, as it would be without
   * joining.
   */
  endOfRead(busy: boolean): void {
    if (!busy || this.joinMs <= 0) return this.flush();
    if (this.#held.size > 0 && this.#timer === undefined) {
      this.#timer = setTimeout(() => this.flush(), this.joinMs);
    }
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
