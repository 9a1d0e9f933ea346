// A protocol-level HTTP/2 client for tests: sends frames (or raw bytes) on one POST /agent/stream
// and hands back server frames as they arrive, decoded with the real codecs. Waits on real
// frames, never on sleeps.
import http2, { type ClientHttp2Session, type ClientHttp2Stream, type SecureClientSessionOptions } from "node:http2";
import type { ServerFrame } from "../../generated/types.js";
import { lengthPrefixedFraming, ndjsonFraming, type Framing } from "../../src/transport/index.js";

export type FramingName = "ndjson" | "length-prefixed";

export const FRAMINGS: Record<FramingName, Framing> = { ndjson: ndjsonFraming, "length-prefixed": lengthPrefixedFraming };

export class RawStream {
  readonly frames: ServerFrame[] = [];
  readonly codecErrors: string[] = [];
  status: number | undefined;
  contentType: string | undefined;
  /** The response's headers, once they arrived. */
  responseHeaders: http2.IncomingHttpHeaders | undefined;
  ended = false;
  private waiters: (() => void)[] = [];
  private readonly framing: Framing;

  private constructor(
    readonly session: ClientHttp2Session,
    readonly stream: ClientHttp2Stream,
    framingName: FramingName,
    private readonly ownsSession: boolean,
  ) {
    this.framing = FRAMINGS[framingName];
    const decoder = this.framing.createDecoder({ maxFrameBytes: 64 << 20 });
    stream.on("response", (headers) => {
      this.status = Number(headers[":status"]);
      this.contentType = String(headers["content-type"] ?? "");
      this.responseHeaders = headers;
      this.wake();
    });
    stream.on("data", (chunk: Buffer) => {
      for (const r of decoder.decode(chunk)) {
        if (r.ok) this.frames.push(r.frame as ServerFrame);
        else this.codecErrors.push(r.error.message);
      }
      this.wake();
    });
    stream.on("close", () => {
      this.ended = true;
      this.wake();
    });
    stream.on("error", () => undefined);
  }

  static open(
    url: string,
    options: { framing?: FramingName; session?: ClientHttp2Session; headers?: Record<string, string | string[]>; tls?: SecureClientSessionOptions } = {},
  ): RawStream {
    const framingName = options.framing ?? "ndjson";
    const session = options.session ?? http2.connect(url, options.tls);
    session.on("error", () => undefined);
    const stream = session.request({
      ":method": "POST",
      ":path": "/agent/stream",
      "content-type": FRAMINGS[framingName].contentType,
      ...options.headers,
    });
    return new RawStream(session, stream, framingName, options.session === undefined);
  }

  send(frame: unknown): void {
    this.stream.write(this.framing.encode(frame));
  }

  sendBytes(bytes: Uint8Array | string): void {
    this.stream.write(bytes);
  }

  endRequest(): void {
    this.stream.end();
  }

  /** The first frame (at or after index `from`) matching `predicate`; rejects after `timeoutMs`. */
  async next<F extends ServerFrame = ServerFrame>(predicate: (f: ServerFrame) => boolean, timeoutMs = 30_000, from = 0): Promise<F> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.slice(from).find(predicate);
      if (found !== undefined) return found as F;
      if (this.ended) throw new Error(`stream ended without the frame; got: ${this.describe()}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms; got: ${this.describe()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves when the response stream has closed. */
  async closed(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error(`stream still open after ${timeoutMs} ms; got: ${this.describe()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    if (!this.stream.destroyed) this.stream.close();
    if (this.ownsSession) this.session.close();
  }

  describe(): string {
    return this.frames
      .map((f) => `${f.seq}:${f.type}${f.type === "status" ? `(${f.state})` : f.type === "error" ? `(${f.code})` : f.type === "item" ? `(${f.event})` : ""}`)
      .join(" ");
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export function isTerminal(f: ServerFrame): boolean {
  return f.type === "status" && f.state !== "started";
}
