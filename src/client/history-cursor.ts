// The consumer's place in a session's history: history frames are numbered 1, 2, 3… per session
// (spec: "Sequence numbers and resume"), so after a reconnect a replayed frame the consumer already
// has is dropped, and a hole in the numbering is reported, never skipped over in silence. Pure.
import type { ServerFrame, SessionFrame } from "../../generated/types.js";

/** History frames `fromSeq`..`toSeq` that the consumer will never get: the server no longer held them. */
export interface FrameGap {
  fromSeq: number;
  toSeq: number;
  count: number;
}

/**
 * - next: hand the frame out;
 * - duplicate: the consumer already has it (a replay overlapping what an older stream delivered);
 * - after_gap: hand the frame out after reporting the frames missing before it.
 */
export type Admission = { kind: "next" } | { kind: "duplicate" } | { kind: "after_gap"; gap: FrameGap };

/** item, command_prompt, question_prompt, status, usage, session_forked, rolled_back, and error on a bound stream (it carries the sessionId). */
export function isHistoryFrame(frame: ServerFrame): boolean {
  return (
    frame.type === "item" ||
    frame.type === "command_prompt" ||
    frame.type === "question_prompt" ||
    frame.type === "status" ||
    frame.type === "usage" ||
    frame.type === "session_forked" ||
    frame.type === "rolled_back" ||
    (frame.type === "error" && frame.sessionId !== undefined)
  );
}

export class HistoryCursor {
  #lastSeq: number;

  constructor(lastSeq: number) {
    this.#lastSeq = lastSeq;
  }

  /** The seq of the last history frame handed out (or reported lost). */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /** A stream (re)opened with `lastSeq` = `session.seq`: `replay.lost` frames after it will never come. */
  resumed(session: SessionFrame): FrameGap | undefined {
    const lost = session.replay?.lost ?? 0;
    if (lost === 0) return undefined;
    const gap = { fromSeq: session.seq + 1, toSeq: session.seq + lost, count: lost };
    this.#lastSeq = Math.max(this.#lastSeq, gap.toSeq);
    return gap;
  }

  /** Where a frame the server sent stands; moves the cursor past a history frame that is handed out. */
  admit(frame: ServerFrame): Admission {
    return isHistoryFrame(frame) ? this.admitSeq(frame.seq) : { kind: "next" };
  }

  /** Where a history frame numbered `seq` stands (also one of a type a later version added). */
  admitSeq(seq: number): Admission {
    if (seq <= this.#lastSeq) return { kind: "duplicate" };
    const expected = this.#lastSeq + 1;
    this.#lastSeq = seq;
    if (seq === expected) return { kind: "next" };
    return { kind: "after_gap", gap: { fromSeq: expected, toSeq: seq - 1, count: seq - expected } };
  }
}
