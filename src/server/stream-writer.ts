// All writes of one response stream: encoding in the stream's framing, HTTP/2 flow control
// (`write()` false → hold frames until `drain`), and a bound on what may wait in memory. A client
// that stops reading fills the queue; then the stream is given up (its session keeps its frames
// in the replay buffer) instead of growing the server's memory.
// Frames written in one tick are encoded together and handed to the stream as one chunk once the
// tick's synchronous work is done: for small frames a stream write costs more than the frame's
// encoding (bench/README.md, transport-out).
import { constants, type ServerHttp2Stream } from "node:http2";
import { frameJson, type Framing } from "../transport/index.js";

/** A batch is written early at this many characters, so a long burst goes out in chunks of this size. */
const MAX_BATCH_CHARS = 64 * 1024;

export class StreamWriter {
  /** JSON texts of this tick's frames, written together when the tick's work is done. */
  private batch: string[] = [];
  /** The highest `seq` among the batch's frames. */
  private batchSeq = 0;
  /** The highest `seq` of each queued chunk, parallel to `queue`. */
  private queueSeqs: number[] = [];
  /** The highest `seq` handed to the HTTP/2 stream: what the client will get if the rest is dropped. */
  private writtenSeq = 0;
  private endTimer: NodeJS.Timeout | undefined;
  private batchChars = 0;
  /** Characters of the batch written while waiting for drain (counted in `queuedBytes`). */
  private batchCountedChars = 0;
  /** Encoded batches waiting for `drain`, from `head` on: Array#shift copies the whole array each time. */
  private queue: Uint8Array[] = [];
  private head = 0;
  /** What waits for `drain`: the queue's bytes, and the batch's characters until it is encoded. */
  private queuedBytes = 0;
  private waitingForDrain = false;
  private ended = false;

  constructor(
    private readonly stream: ServerHttp2Stream,
    private readonly framing: Framing,
    private readonly maxQueuedBytes: number,
    /** Called once when the queue overflows; the caller ends the stream. */
    private readonly onOverflow: () => void,
    /** After end(), how long the last frames may wait for a client that does not read. */
    private readonly endTimeoutMs: number,
  ) {
    stream.on("drain", () => this.flush());
    stream.on("close", () => clearTimeout(this.endTimer));
  }

  get isEnded(): boolean {
    return this.ended || this.stream.destroyed;
  }

  /** The highest `seq` among the frames handed to the stream so far (not those still queued). */
  get lastWrittenSeq(): number {
    return this.writtenSeq;
  }

  /**
   * Queues a frame; returns false if the stream is over or the queue just overflowed. A replayed
   * frame (`bounded: false`) is exempt from the bound: the backlog of a resume is bounded by the
   * session's replay buffer, and a client catching up is not a slow one. `json` is the frame's
   * JSON text when the caller has it already.
   */
  write(frame: unknown, bounded = true, json = frameJson(frame)): boolean {
    if (this.isEnded) return false;
    if (this.waitingForDrain) {
      if (bounded && this.queuedBytes + json.length > this.maxQueuedBytes) {
        this.onOverflow();
        return false;
      }
      this.queuedBytes += json.length;
      this.batchCountedChars += json.length;
    }
    // nextTick, not queueMicrotask: it runs after the promise jobs of the frames being handled
    // (their answers join this batch), and Node wraps each queueMicrotask in an async resource.
    if (this.batch.length === 0) process.nextTick(() => this.writeBatch());
    this.batch.push(json);
    const seq = (frame as { seq?: unknown }).seq;
    if (typeof seq === "number" && seq > this.batchSeq) this.batchSeq = seq;
    this.batchChars += json.length;
    if (this.batchChars >= MAX_BATCH_CHARS) this.writeBatch();
    return true;
  }

  /**
   * Writes a last frame and ends the response. With `dropQueued` (a slow consumer) frames still
   * waiting are discarded so the final frame is not stuck behind them.
   */
  end(lastFrame: unknown, dropQueued = false): void {
    if (this.isEnded) return;
    if (dropQueued) {
      this.batch = [];
      this.batchChars = 0;
      this.batchCountedChars = 0;
      this.batchSeq = this.writtenSeq;
      this.queue = [];
      this.queueSeqs = [];
      this.head = 0;
      this.queuedBytes = 0;
    }
    this.batch.push(frameJson(lastFrame));
    this.writeBatch();
    this.ended = true;
    // A client that does not read would hold the stream, and its connection's stream slot,
    // forever: past the deadline the stream is reset (RST_STREAM CANCEL).
    this.endTimer = setTimeout(() => {
      if (!this.stream.closed && !this.stream.destroyed) this.stream.close(constants.NGHTTP2_CANCEL);
    }, this.endTimeoutMs);
    this.endTimer.unref();
    if (this.head === this.queue.length) this.stream.end(() => this.closeStream());
    else this.flushThenEnd();
  }

  /** Encodes the batch as one chunk: to the stream, or to the queue while waiting for drain. */
  private writeBatch(): void {
    if (this.batch.length === 0 || this.stream.destroyed) return;
    const chunk = this.framing.encodeBatch(this.batch);
    const seq = this.batchSeq;
    this.queuedBytes -= this.batchCountedChars;
    this.batch = [];
    this.batchChars = 0;
    this.batchCountedChars = 0;
    if (this.waitingForDrain) {
      this.queue.push(chunk);
      this.queueSeqs.push(seq);
      this.queuedBytes += chunk.byteLength;
      return;
    }
    this.writtenSeq = seq;
    if (!this.stream.write(chunk)) this.waitingForDrain = true;
  }

  private flush(): void {
    this.waitingForDrain = false;
    while (this.head < this.queue.length) {
      const next = this.queue[this.head]!;
      this.writtenSeq = this.queueSeqs[this.head]!;
      this.head++;
      this.queuedBytes -= next.byteLength;
      if (!this.stream.write(next)) {
        this.waitingForDrain = true;
        break;
      }
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.queueSeqs = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.queueSeqs = this.queueSeqs.slice(this.head);
      this.head = 0;
    }
  }

  private flushThenEnd(): void {
    this.flush();
    if (this.head === this.queue.length) this.stream.end(() => this.closeStream());
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
