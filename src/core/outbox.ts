// One per session: every history frame of the session passes through here. It numbers frames
// (seq 1, 2, 3… with no gaps), keeps the most recent ones for replay, and hands each to the
// stream bound to the session, if any. Control frames (session, heartbeat, terminate) never
// pass through: they belong to a stream, not to the session's history.
import type { ItemDeltaFrame, ServerFrame } from "../../generated/types.js";
import type { BudgetMember, ReplayBudget } from "./replay-budget.js";

/** A history frame before the outbox stamps it: without `seq` and `sessionId`. */
export type Unsequenced<F> = F extends unknown ? Omit<F, "seq" | "sessionId"> : never;

export type HistoryFrame = Exclude<ServerFrame, { type: "session" | "heartbeat" | "terminate" }>;

export interface FrameSink {
  /**
   * Receives history frames in seq order. Live frames come with their JSON text (the outbox
   * needs it for the replay bound), so the sink need not stringify them again; replayed ones not.
   */
  deliver(frame: HistoryFrame, json?: string): void;
}

/** How much history a session keeps for replay: the newest frames within both bounds. */
export interface ReplayLimits {
  maxFrames: number;
  maxBytes: number;
  /** The budget shared with every other session's history, if any (replay-budget.ts). */
  budget?: ReplayBudget;
  /** Whether the session has no turn running: its history goes first when the budget is short. */
  idle?: () => boolean;
}

export interface ReplayWindow {
  frames: HistoryFrame[];
  fromSeq: number;
  toSeq: number;
  /** Frames after the requested seq that are no longer held. */
  lost: number;
}

export class Outbox implements BudgetMember {
  /**
   * Held frames from `head` on; dropped entries before it are cleared, compacted in batches.
   * (Keeping their JSON text instead was tried: no gain at scale, and more collection work when
   * frames share their text, as a benchmark's do; bench/README.md, scale.)
   */
  private readonly buffer: (HistoryFrame | undefined)[] = [];
  /** JSON size of each buffered frame, parallel to `buffer`. */
  private readonly sizes: number[] = [];
  /** Emission order of each buffered frame across every session (the shared budget's clock). */
  private readonly orders: number[] = [];
  private bufferedBytes = 0;
  /** Index of the oldest frame still held; the arrays are compacted in batches, not per shift. */
  private head = 0;
  private lastSeqSent = 0;
  private sink: FrameSink | undefined;

  constructor(
    readonly sessionId: string,
    private readonly limits: ReplayLimits,
  ) {
    limits.budget?.join(this);
  }

  /** The seq of the newest history frame (0 before the first). */
  get lastSeq(): number {
    return this.lastSeqSent;
  }

  emit(frame: Unsequenced<HistoryFrame>): HistoryFrame {
    // type, seq and sessionId first: what a person reading the stream looks for. (Copying the
    // whole frame re-sets `type` in place; a rest pattern to leave it out is slower per frame.)
    const stamped = Object.assign({ type: frame.type, seq: ++this.lastSeqSent, sessionId: this.sessionId }, frame) as HistoryFrame;
    return this.#keep(stamped, JSON.stringify(stamped));
  }

  /**
   * An item delta: most frames of a turn. Built as a literal in its wire key order rather than
   * copied onto a stamp (emit), which saves the copy. Serialised with JSON.stringify: writing the
   * text from pieces makes a rope, which measured slower (bench/README.md, scale).
   */
  emitDelta(turnId: string, itemId: string, itemType: ItemDeltaFrame["itemType"], field: ItemDeltaFrame["field"], index: number | undefined, delta: string): HistoryFrame {
    const seq = ++this.lastSeqSent;
    const frame: ItemDeltaFrame =
      index === undefined
        ? { type: "item", seq, sessionId: this.sessionId, event: "delta", turnId, itemId, itemType, field, delta }
        : { type: "item", seq, sessionId: this.sessionId, event: "delta", turnId, itemId, itemType, field, index, delta };
    return this.#keep(frame, JSON.stringify(frame));
  }

  #keep(stamped: HistoryFrame, json: string): HistoryFrame {
    const size = json.length;
    const budget = this.limits.budget;
    this.buffer.push(stamped);
    this.sizes.push(size);
    this.orders.push(budget === undefined ? 0 : budget.nextOrder());
    this.bufferedBytes += size;
    let dropped = 0;
    while (this.buffer.length - this.head > this.limits.maxFrames || (this.bufferedBytes > this.limits.maxBytes && this.buffer.length - this.head > 1)) {
      dropped += this.dropOldest();
    }
    // Delivered before the shared budget may drop it: a frame is never lost to a live stream.
    this.sink?.deliver(stamped, json);
    budget?.release(dropped);
    budget?.charge(size);
    return stamped;
  }

  /** Drops the oldest held frame (BudgetMember); returns its size. */
  dropOldest(): number {
    if (this.head >= this.buffer.length) return 0;
    const size = this.sizes[this.head]!;
    this.buffer[this.head] = undefined;
    this.bufferedBytes -= size;
    this.head++;
    if (this.head >= 1024 && this.head * 2 > this.buffer.length) {
      this.buffer.splice(0, this.head);
      this.sizes.splice(0, this.head);
      this.orders.splice(0, this.head);
      this.head = 0;
    }
    return size;
  }

  oldestOrder(): number | undefined {
    return this.head < this.buffer.length ? this.orders[this.head] : undefined;
  }

  idle(): boolean {
    return this.limits.idle?.() ?? true;
  }

  /** The session is gone: its history leaves the shared budget. */
  dispose(): void {
    this.limits.budget?.leave(this, this.bufferedBytes);
    this.buffer.length = 0;
    this.sizes.length = 0;
    this.orders.length = 0;
    this.head = 0;
    this.bufferedBytes = 0;
    this.sink = undefined;
  }

  /** Frames and bytes held for replay. */
  get held(): { frames: number; bytes: number } {
    return { frames: this.buffer.length - this.head, bytes: this.bufferedBytes };
  }

  /** Binds a sink (replacing any other); returns the frames after `afterSeq` still held. */
  attach(sink: FrameSink, afterSeq: number | undefined): ReplayWindow | null {
    this.sink = sink;
    if (afterSeq === undefined) return null;
    const wanted = afterSeq + 1;
    // Held frames are consecutive, the last being lastSeq.
    const heldCount = this.buffer.length - this.head;
    const firstHeld = this.lastSeqSent - heldCount + 1;
    const frames = this.buffer.slice(this.head + Math.max(0, wanted - firstHeld)) as HistoryFrame[];
    const lost = Math.max(0, Math.min(firstHeld, this.lastSeqSent + 1) - wanted);
    const fromSeq = frames[0]?.seq ?? this.lastSeqSent + 1;
    return { frames, fromSeq, toSeq: frames.length > 0 ? frames[frames.length - 1]!.seq : this.lastSeqSent, lost };
  }

  detach(sink: FrameSink): void {
    if (this.sink === sink) this.sink = undefined;
  }

}
