// What the baseline servers do with a stream's frames, the least that answers like codex-api:
// open_session → a session frame; heartbeat → a heartbeat with inReplyTo; user_message → the
// transport-out turn it asks for; approve → dropped, or with `answerApproves` the error frame
// codex-api sends for an unknown command; anything else is dropped. When the request ends, a
// terminate frame ends the response. No validation, sessions, history or queues of its own:
// frames go out while write() accepts them, and wait for 'drain' when it does not.
import { randomUUID } from "node:crypto";
import { notFoundError, parsePlan, sessionFrame, terminateFrame, turnFrames } from "./frames.js";

/** One response stream in the framing of its server (NDJSON lines, or gRPC messages). */
export interface FrameOut {
  /** Encodes and writes a frame; false = wait for drained() before writing more. */
  write(frame: object): boolean;
  drained(): Promise<void>;
  end(lastFrame: object): void;
}

// fatal: the same UTF-8 validation the real decoders do.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeJson(body: Uint8Array): unknown {
  return JSON.parse(utf8.decode(body));
}

export class FloorStream {
  private sessionId: string | undefined;
  private turn: Promise<void> = Promise.resolve();
  private turns = 0;
  private lastSeq = 0;

  constructor(
    private readonly out: FrameOut,
    private readonly answerApproves = false,
  ) {}

  frame(value: unknown): void {
    const frame = value as { type?: unknown; id?: unknown; content?: unknown; commandId?: unknown };
    if (frame.type === "approve") {
      if (this.answerApproves) this.out.write(notFoundError(++this.lastSeq, this.sessionId ?? "", frame.id, String(frame.commandId)));
    } else if (frame.type === "heartbeat") {
      this.out.write({ type: "heartbeat", seq: 0, ...(this.sessionId === undefined ? {} : { sessionId: this.sessionId }), sentAtMs: Date.now(), timestamp: new Date().toISOString(), inReplyTo: frame.id });
    } else if (frame.type === "open_session" || frame.type === "user_message") {
      if (this.sessionId === undefined) {
        this.sessionId = randomUUID();
        this.out.write(sessionFrame(this.sessionId));
      }
      if (frame.type === "user_message") {
        const plan = parsePlan(String(frame.content));
        this.lastSeq = plan.frames + 2;
        this.turn = this.pump(turnFrames(plan, this.sessionId, `turn_${++this.turns}`));
      }
    }
  }

  requestEnded(): void {
    void this.turn.then(() => this.out.end(terminateFrame(this.lastSeq, this.sessionId)));
  }

  private async pump(frames: Iterable<object>): Promise<void> {
    for (const frame of frames) if (!this.out.write(frame)) await this.out.drained();
  }
}
