// The request body: client frames checked against the spec, encoded in the stream's framing and
// written with Node's flow control (a full buffer waits for `drain`).
import type { Writable } from "node:stream";
import type { ClientFrame } from "../../generated/types.js";
import { checkClientFrame } from "../protocol/index.js";
import type { Framing } from "../transport/index.js";
import { CodexApiError } from "./codex-api-error.js";

/** Bytes a framing adds around the JSON body: the line feed, or the 4-byte length. */
const FRAMING_OVERHEAD_BYTES = { ndjson: 1, "length-prefixed": 4 } as const;

export class FrameWriter {
  /** The largest frame body the server accepts; the `session` frame announces the real one. */
  maxFrameBytes: number;
  /** Called after each frame is handed to the stream (the heartbeat timer restarts). */
  onSent: () => void = () => undefined;

  constructor(
    private readonly body: Writable,
    private readonly framing: Framing,
    maxFrameBytes: number,
  ) {
    this.maxFrameBytes = maxFrameBytes;
  }

  get isEnded(): boolean {
    return this.body.writableEnded || this.body.destroyed;
  }

  /**
   * Sending a frame that breaks the spec is a bug in the caller: it throws before a byte is
   * written. So does an oversized one, which a length-prefixed server would treat as fatal.
   */
  async send(frame: ClientFrame): Promise<void> {
    const check = checkClientFrame(frame);
    if (!check.ok) {
      const { path, message } = check.problem;
      throw new CodexApiError("invalid_frame", `refusing to send a frame that breaks the spec at ${path || "/"}: ${message}`, { path });
    }
    const bytes = this.framing.encode(frame);
    const bodyBytes = bytes.byteLength - FRAMING_OVERHEAD_BYTES[this.framing.name];
    if (bodyBytes > this.maxFrameBytes) {
      throw new CodexApiError("frame_too_large", `the ${frame.type} frame is ${bodyBytes} bytes; the server accepts at most ${this.maxFrameBytes}`);
    }
    if (this.isEnded) throw new CodexApiError("stream_closed", `cannot send ${frame.type}: the stream is closed; open a session again`);
    const flushed = this.body.write(bytes);
    this.onSent();
    if (!flushed) await drained(this.body);
  }

  /** Ends the request body: the server finishes what is running, sends `terminate` and ends. */
  end(): void {
    if (!this.isEnded) this.body.end();
  }
}

function drained(body: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      body.off("drain", done);
      body.off("close", closed);
      resolve();
    };
    const closed = () => {
      body.off("drain", done);
      reject(new CodexApiError("stream_closed", "the stream closed while a frame was being sent"));
    };
    body.once("drain", done);
    body.once("close", closed);
  });
}
