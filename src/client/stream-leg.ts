// One leg of a session stream: a single `POST /agent/stream`, opened with `open_session` and bound
// once the server's `session` frame arrives, with its own reader, writer and heartbeat. A
// SessionStream strings legs together across reconnects.
import type { Duplex } from "node:stream";
import { ERROR_CODES } from "../../generated/protocol.js";
import type { ClientFrame, ErrorCode, OpenSessionFrame, SessionFrame } from "../../generated/types.js";
import type { Framing } from "../transport/index.js";
import { CodexApiError } from "./codex-api-error.js";
import { FrameReader, type ReaderLimits } from "./frame-reader.js";
import { FrameWriter } from "./frame-writer.js";
import { readErrorBody, type H2Connection, type RequestStream, type ResponseHead } from "./h2-transport.js";

export const AGENT_STREAM_PATH = "/agent/stream";

export interface LegConfig {
  /** The live HTTP/2 connection; a new one when the last has died (GOAWAY, reset, closed). */
  dial: () => Promise<H2Connection>;
  framing: Framing;
  limits: ReaderLimits;
}

export class StreamLeg {
  /** Resolves once the request stream has closed in both directions. */
  readonly closed: Promise<void>;
  readonly #heartbeat: NodeJS.Timeout | undefined;

  private constructor(
    private readonly body: Duplex,
    readonly reader: FrameReader,
    readonly writer: FrameWriter,
    /** The `session` frame: what is replayed, the turn running now, the server's limits. */
    readonly session: SessionFrame,
  ) {
    writer.maxFrameBytes = session.maxFrameBytes;
    // Spec (clientHeartbeat): a client with nothing else to send sends a heartbeat at least
    // every heartbeatIntervalMs. Every frame sent restarts the timer. (0 would mean a busy loop.)
    if (session.heartbeatIntervalMs > 0) {
      const heartbeat = setTimeout(() => this.#beat(), session.heartbeatIntervalMs).unref();
      writer.onSent = () => heartbeat.refresh();
      this.#heartbeat = heartbeat;
    }
    this.closed = body.closed ? Promise.resolve() : new Promise((resolve) => body.once("close", () => resolve()));
  }

  /** Opens a stream, sends `open_session` and waits for the server's `session` frame. */
  static open(config: LegConfig, frame: OpenSessionFrame, signal: AbortSignal | undefined): Promise<StreamLeg> {
    const aborted = () => new CodexApiError("aborted", "opening the session was aborted", { cause: signal?.reason });
    return withStream(config, frame, signal, aborted, async (body, reader, writer) => new StreamLeg(body, reader, writer, await sessionFrameOf(reader)));
  }

  /**
   * The `lastSeq` to resume after this leg: the newest frame it received (taken or still queued:
   * the consumer gets those before the next leg's), or past the frames its session frame said were lost.
   */
  get resumeSeq(): number {
    return Math.max(this.reader.seqReceived, this.session.seq + (this.session.replay?.lost ?? 0));
  }

  /** Stops the heartbeat and the stream; frames already received stay readable. */
  dispose(): void {
    clearTimeout(this.#heartbeat);
    this.body.destroy();
  }

  #beat(): void {
    if (!this.writer.isEnded) this.writer.send({ type: "heartbeat", sentAtMs: Date.now() }).catch(() => undefined);
  }
}

/** A refused request (415, 401, 404…) carries a small JSON body `{error: {code, message}}`. */
/**
 * Opens a `POST /agent/stream`, sends its first frame, checks the answer's head, then hands the
 * stream to `use`. Abort resets the stream (every step then fails); any failure resets it and
 * becomes a CodexApiError, `aborted()` when the signal fired.
 */
export async function withStream<T>(
  config: LegConfig,
  frame: ClientFrame & { sessionId?: string },
  signal: AbortSignal | undefined,
  aborted: () => CodexApiError,
  use: (body: Duplex, reader: FrameReader, writer: FrameWriter) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw aborted();
  const request = (await config.dial()).post(AGENT_STREAM_PATH, config.framing.contentType, frame.sessionId);
  const onAbort = () => request.body.destroy();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const writer = new FrameWriter(request.body, config.framing, config.limits.maxFrameBytes);
    await writer.send(frame);
    await expectAgentStream(await request.head, request, config.framing);
    return await use(request.body, new FrameReader(request.body, config.framing, config.limits), writer);
  } catch (error) {
    request.body.destroy();
    if (signal?.aborted) throw aborted();
    throw CodexApiError.from(error);
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

export async function expectAgentStream(head: ResponseHead, request: RequestStream, framing: Framing): Promise<void> {
  if (head.status === 200) {
    const mediaType = head.contentType?.split(";")[0]?.trim().toLowerCase();
    if (mediaType === framing.contentType) return;
    throw new CodexApiError("bad_response", `the server answered with content type ${head.contentType ?? "(none)"}, not ${framing.contentType}; is this a codex-api server?`);
  }
  const text = await readErrorBody(request.body).catch(() => "");
  let error: { code?: unknown; message?: unknown } | undefined;
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error;
  } catch {
    // Not JSON: reported with the status below.
  }
  const message = typeof error?.message === "string" ? error.message : text.trim().slice(0, 200);
  const code = error?.code;
  if (typeof code === "string" && Object.hasOwn(ERROR_CODES, code)) {
    throw new CodexApiError(code as ErrorCode, `HTTP ${head.status}: ${message}`);
  }
  throw new CodexApiError("bad_response", `the server answered HTTP ${head.status}${message === "" ? "" : `: ${message}`}`);
}

/** The first frame that matters is `session`, or the `error`/`terminate` refusing the stream. */
async function sessionFrameOf(reader: FrameReader): Promise<SessionFrame> {
  for (;;) {
    const next = await reader.next();
    if (next.done) throw new CodexApiError("stream_closed", "the server ended the stream before sending the session frame");
    const frame = next.value;
    switch (frame.type) {
      case "session":
        return frame;
      // The server may send a heartbeat while it is still opening the session.
      case "heartbeat":
        continue;
      case "error":
      case "terminate":
        throw CodexApiError.fromFrame(frame);
      default:
        throw new CodexApiError("bad_response", `the server sent ${frame.type} before the session frame`);
    }
  }
}
