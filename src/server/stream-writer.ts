// All writes of one response stream: encoding in the stream's framing, HTTP/2 flow control
// (`write()` false → hold frames until `drain`), and a bound on what may wait in memory. A client
// that stops reading fills the queue; then the stream is given up (its session keeps its frames
// in the replay buffer) instead of growing the server's memory.
import { constants, type ServerHttp2Stream } from "node:http2";
import type { Framing } from "../transport/index.js";

export class StreamWriter {
  private readonly queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private waitingForDrain = false;
  private ended = false;

  constructor(
    private readonly stream: ServerHttp2Stream,
    private readonly framing: Framing,
    private readonly maxQueuedBytes: number,
    /** Called once when the queue overflows; the caller ends the stream. */
    private readonly onOverflow: () => void,
  ) {
    stream.on("drain", () => this.flush());
  }

  get isEnded(): boolean {
    return this.ended || this.stream.destroyed;
  }

  /**
   * Queues a frame; returns false if the stream is over or the queue just overflowed. A replayed
   * frame (`bounded: false`) is exempt from the bound: the backlog of a resume is bounded by the
   * session's replay buffer, and a client catching up is not a slow one.
   */
  write(frame: unknown, bounded = true): boolean {
    if (this.isEnded) return false;
    const bytes = this.framing.encode(frame);
    if (this.waitingForDrain) {
      if (bounded && this.queuedBytes + bytes.byteLength > this.maxQueuedBytes) {
        this.onOverflow();
        return false;
      }
      this.queue.push(bytes);
      this.queuedBytes += bytes.byteLength;
      return true;
    }
    if (!this.stream.write(bytes)) this.waitingForDrain = true;
    return true;
  }

  /**
   * Writes a last frame and ends the response. With `dropQueued` (a slow consumer) frames still
   * waiting are discarded so the final frame is not stuck behind them.
   */
  end(lastFrame: unknown, dropQueued = false): void {
    if (this.isEnded) return;
    if (dropQueued) {
      this.queue.length = 0;
      this.queuedBytes = 0;
    }
    const bytes = this.framing.encode(lastFrame);
    this.ended = true;
    if (this.queue.length === 0) {
      this.stream.end(bytes, () => this.closeStream());
      return;
    }
    this.queue.push(bytes);
    this.flushThenEnd();
  }

  private flush(): void {
    this.waitingForDrain = false;
    while (this.queue.length > 0) {
      const next = this.queue.shift()!;
      this.queuedBytes -= next.byteLength;
      if (!this.stream.write(next)) {
        this.waitingForDrain = true;
        return;
      }
    }
  }

  private flushThenEnd(): void {
    this.flush();
    if (this.queue.length === 0) this.stream.end(() => this.closeStream());
    else this.stream.once("drain", () => this.flushThenEnd());
  }

  /**
   * The response is complete but the client may still have its request body open: end the
   * stream with RST_STREAM(NO_ERROR), as RFC 9113 §8.1 allows, so both sides are done.
   */
  private closeStream(): void {
    if (!this.stream.closed && !this.stream.destroyed) this.stream.close(constants.NGHTTP2_NO_ERROR);
  }
}
