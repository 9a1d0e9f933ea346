// One per session: every history frame of the session passes through here. It numbers frames
// (seq 1, 2, 3… with no gaps), keeps the most recent ones for replay, and hands each to the
// stream bound to the session, if any. Control frames (session, heartbeat, terminate) never
// pass through: they belong to a stream, not to the session's history.
import type { ServerFrame } from "../../generated/types.js";

/** A history frame before the outbox stamps it: without `seq` and `sessionId`. */
export type Unsequenced<F> = F extends unknown ? Omit<F, "seq" | "sessionId"> : never;

export type HistoryFrame = Exclude<ServerFrame, { type: "session" | "heartbeat" | "terminate" }>;

export interface FrameSink {
  /** Receives history frames in seq order. */
  deliver(frame: HistoryFrame): void;
}

export interface ReplayWindow {
  frames: HistoryFrame[];
  fromSeq: number;
  toSeq: number;
  /** Frames after the requested seq that are no longer held. */
  lost: number;
}

export class Outbox {
  private readonly buffer: HistoryFrame[] = [];
  private lastSeqSent = 0;
  private sink: FrameSink | undefined;

  constructor(
    readonly sessionId: string,
    private readonly maxReplayFrames: number,
  ) {}

  /** The seq of the newest history frame (0 before the first). */
  get lastSeq(): number {
    return this.lastSeqSent;
  }

  emit(frame: Unsequenced<HistoryFrame>): HistoryFrame {
    // type, seq and sessionId first: what a person reading the stream looks for.
    const { type, ...fields } = frame;
    const stamped = { type, seq: ++this.lastSeqSent, sessionId: this.sessionId, ...fields } as HistoryFrame;
    this.buffer.push(stamped);
    if (this.buffer.length > this.maxReplayFrames) this.buffer.shift();
    this.sink?.deliver(stamped);
    return stamped;
  }

  /** Binds a sink (replacing any other); returns the frames after `afterSeq` still held. */
  attach(sink: FrameSink, afterSeq: number | undefined): ReplayWindow | null {
    this.sink = sink;
    if (afterSeq === undefined) return null;
    const wanted = afterSeq + 1;
    const frames = this.buffer.filter((f) => f.seq >= wanted);
    const firstHeld = this.buffer[0]?.seq ?? this.lastSeqSent + 1;
    const lost = Math.max(0, Math.min(firstHeld, this.lastSeqSent + 1) - wanted);
    const fromSeq = frames[0]?.seq ?? this.lastSeqSent + 1;
    return { frames, fromSeq, toSeq: frames.length > 0 ? frames[frames.length - 1]!.seq : this.lastSeqSent, lost };
  }

  detach(sink: FrameSink): void {
    if (this.sink === sink) this.sink = undefined;
  }

  get attached(): FrameSink | undefined {
    return this.sink;
  }
}
