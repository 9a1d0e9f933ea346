// The response body as a queue of server frames: decoded in the stream's framing, checked against
// the spec (outside production), handed out in order. The queue is bounded in bytes: when it is
// full the body is paused, HTTP/2 flow control stops the server, and reading resumes once the
// consumer has taken half of it.
import type { Readable } from "node:stream";
import type { ServerFrame, TerminateFrame } from "../../generated/types.js";
import { readServerFrame } from "../protocol/index.js";
import type { Decoder, Framing } from "../transport/index.js";
import { CodexApiError } from "./codex-api-error.js";
import { CHECK_SERVER_FRAMES } from "./dev-checks.js";

export interface ReaderLimits {
  /** Largest server frame accepted, in bytes. */
  maxFrameBytes: number;
  /** Bytes of received frames held for a slow consumer before the body is paused. */
  maxQueuedBytes: number;
}

/**
 * - reading: frames are decoded into the queue;
 * - ended: `terminate` (when it is set) or the end of the body was reached; later bytes are dropped;
 * - failed: `error` is raised once the frames queued before it are taken.
 */
type ReaderState = { state: "reading" } | { state: "ended"; terminate: TerminateFrame | undefined } | { state: "failed"; error: CodexApiError };

/** How a reader stopped; known as soon as it happens, before the queued frames are taken. */
export type ReaderStop = Exclude<ReaderState, { state: "reading" }>;

interface Queued {
  frame: ServerFrame;
  bytes: number;
}

interface Waiter {
  resolve: (result: IteratorResult<ServerFrame, undefined>) => void;
  reject: (error: CodexApiError) => void;
}

export class FrameReader {
  #state: ReaderState = { state: "reading" };
  readonly #decoder: Decoder;
  readonly #queue: Queued[] = [];
  /** Index of the next frame to hand out; the array is compacted now and then, not shifted. */
  #head = 0;
  #queuedBytes = 0;
  #paused = false;
  readonly #waiters: Waiter[] = [];
  #seqReceived = 0;
  #onStop: ((stop: ReaderStop) => void) | undefined;

  constructor(
    private readonly body: Readable,
    framing: Framing,
    private readonly limits: ReaderLimits,
  ) {
    this.#decoder = framing.createDecoder({ maxFrameBytes: limits.maxFrameBytes });
    body.on("data", (chunk: Uint8Array) => this.#onData(chunk));
    body.on("end", () => this.#onEnd());
    // Whatever breaks the body is the transport's failure, so reconnecting may help.
    body.on("error", (error) => {
      const failure = CodexApiError.from(error);
      this.#fail(failure.code === "unknown" ? new CodexApiError("unavailable", `the stream broke: ${failure.message}`, { cause: error }) : failure);
    });
    body.on("close", () =>
      this.#fail(new CodexApiError("stream_closed", "the stream closed before the server sent terminate; reconnect with lastSeq to continue")),
    );
  }

  /** The highest `seq` of any frame received, taken or still queued. */
  get seqReceived(): number {
    return this.#seqReceived;
  }

  /** Calls `listener` once, synchronously, when the reader stops (at once if it already has). */
  whenStopped(listener: (stop: ReaderStop) => void): void {
    if (this.#state.state === "reading") this.#onStop = listener;
    else listener(this.#state);
  }

  next(): Promise<IteratorResult<ServerFrame, undefined>> {
    const queued = this.#queue[this.#head];
    if (queued !== undefined) return Promise.resolve({ done: false, value: this.#take(queued) });
    if (this.#state.state === "ended") return Promise.resolve({ done: true, value: undefined });
    if (this.#state.state === "failed") return Promise.reject(this.#state.error);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  #onData(chunk: Uint8Array): void {
    for (const result of this.#decoder.decode(chunk)) {
      if (this.#state.state !== "reading") return;
      if (!result.ok) {
        this.#fail(new CodexApiError(result.error.code, `the server sent an unreadable frame: ${result.error.message}`, { cause: result.error }));
        this.body.destroy();
        return;
      }
      const frame = this.#checked(result.frame);
      if (frame === undefined) return;
      this.#push({ frame, bytes: result.bytes });
      // terminate is always the last frame of a stream (spec: TerminateFrame).
      if (frame.type === "terminate") this.#end(frame);
    }
  }

  /**
   * Outside production, what this version knows of a frame is checked against the spec; fields,
   * item kinds and enum values of a later version pass (spec "Versioning"). A frame type of a
   * later version goes on to the session, which skips it but counts its seq.
   */
  #checked(value: unknown): ServerFrame | undefined {
    if (!CHECK_SERVER_FRAMES) return value as ServerFrame;
    const check = readServerFrame(value);
    if (check.ok === true) return check.frame;
    if (check.ok === "skip") return value as ServerFrame;
    const { code, path, message } = check.problem;
    this.#fail(new CodexApiError(code === "unknown_frame_type" ? "invalid_frame" : code, `the server sent a frame that breaks the spec at ${path || "/"}: ${message}`, { path }));
    this.body.destroy();
    return undefined;
  }

  #onEnd(): void {
    for (const result of this.#decoder.end()) {
      if (!result.ok) return this.#fail(new CodexApiError(result.error.code, `the server's response ended inside a frame: ${result.error.message}`));
    }
    this.#end(undefined);
  }

  #push(queued: Queued): void {
    const seq: unknown = queued.frame.seq;
    if (typeof seq === "number") this.#seqReceived = Math.max(this.#seqReceived, seq);
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) return waiter.resolve({ done: false, value: queued.frame });
    this.#queue.push(queued);
    this.#queuedBytes += queued.bytes;
    if (!this.#paused && this.#queuedBytes >= this.limits.maxQueuedBytes) {
      this.#paused = true;
      this.body.pause();
    }
  }

  #take(queued: Queued): ServerFrame {
    this.#head++;
    this.#queuedBytes -= queued.bytes;
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    } else if (this.#head >= 1024) {
      this.#queue.splice(0, this.#head);
      this.#head = 0;
    }
    if (this.#paused && this.#queuedBytes <= this.limits.maxQueuedBytes / 2) {
      this.#paused = false;
      this.body.resume();
    }
    return queued.frame;
  }

  #end(terminate: TerminateFrame | undefined): void {
    if (this.#state.state !== "reading") return;
    this.#state = { state: "ended", terminate };
    // Keep the body flowing so it can reach its end and close; nothing more is queued.
    if (this.#paused) this.body.resume();
    this.#onStop?.(this.#state);
    for (const waiter of this.#waiters.splice(0)) waiter.resolve({ done: true, value: undefined });
  }

  #fail(error: CodexApiError): void {
    if (this.#state.state !== "reading") return;
    this.#state = { state: "failed", error };
    this.#onStop?.(this.#state);
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
  }
}
