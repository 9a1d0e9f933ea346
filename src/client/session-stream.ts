// One `POST /agent/stream` bound to one session: opened with `open_session`, read as an async
// iterable of server frames, written with typed client frames, kept alive with heartbeats.
import { randomUUID } from "node:crypto";
import { ERROR_CODES, PROTOCOL_VERSION } from "../../generated/protocol.js";
import type {
  ClientFrame,
  ClientFrameId,
  CommandPromptFrame,
  ConfigOverrides,
  Decision,
  ErrorCode,
  ImageInput,
  OpenSessionFrame,
  ServerFrame,
  SessionFrame,
  UserMessageFrame,
} from "../../generated/types.js";
import type { Framing } from "../transport/index.js";
import { CodexApiError } from "./codex-api-error.js";
import { FrameReader, type ReaderLimits } from "./frame-reader.js";
import { FrameWriter } from "./frame-writer.js";
import { readErrorBody, type H2Connection, type RequestStream, type ResponseHead } from "./h2-transport.js";
import { foldTurn, type TurnResult } from "./turn-fold.js";

const AGENT_STREAM_PATH = "/agent/stream";

export interface OpenSessionOptions {
  /** The session to continue; a new session gets this id when the server does not hold it. Omitted, the server assigns one. */
  sessionId?: string;
  /** On reconnect: the last `seq` seen; the server replays every history frame after it. */
  lastSeq?: number;
  /** Settings for this and every later turn of the session. */
  configOverrides?: ConfigOverrides;
  /** Aborting cancels a running turn, then closes the stream. */
  signal?: AbortSignal;
}

export interface SendMessageOptions {
  images?: ImageInput[];
  configOverrides?: ConfigOverrides;
  /** The frame id, echoed as `inReplyTo` by the turn's `status: started`; a UUID by default. */
  id?: ClientFrameId;
}

export type PromptHandler = (prompt: CommandPromptFrame) => Decision | Promise<Decision>;

export interface RunOptions {
  /** Answers the turn's command prompts. Without it every prompt is denied (fail closed). */
  onPrompt?: PromptHandler;
  images?: ImageInput[];
  configOverrides?: ConfigOverrides;
  /** Aborting sends `cancel`; run() then resolves with status `interrupted`. */
  signal?: AbortSignal;
}

/** What a connection gives each of its streams. */
export interface StreamConfig {
  h2: H2Connection;
  framing: Framing;
  limits: ReaderLimits;
  /** Called once the stream is gone. */
  onClosed: (stream: SessionStream) => void;
}

export class SessionStream implements AsyncIterable<ServerFrame> {
  readonly sessionId: string;
  /** True when the session existed before this stream (a reconnect or takeover). */
  readonly resumed: boolean;
  /** The `session` frame: what is replayed, the turn running now, the server's limits. */
  readonly session: SessionFrame;
  #lastSeq: number;
  /** run() folds the frames it reads, so two at once would steal each other's frames. */
  #runInProgress = false;
  readonly #heartbeat: NodeJS.Timeout | undefined;
  readonly #closed: Promise<void>;

  private constructor(
    request: RequestStream,
    private readonly reader: FrameReader,
    private readonly writer: FrameWriter,
    session: SessionFrame,
    config: StreamConfig,
    signal: AbortSignal | undefined,
  ) {
    this.session = session;
    this.sessionId = session.sessionId;
    this.resumed = session.resumed;
    this.#lastSeq = session.seq;
    writer.maxFrameBytes = session.maxFrameBytes;
    // Spec (clientHeartbeat): a client with nothing else to send sends a heartbeat at least
    // every heartbeatIntervalMs. Every frame sent restarts the timer. (0 would mean a busy loop.)
    if (session.heartbeatIntervalMs > 0) {
      const heartbeat = setTimeout(() => this.#beat(), session.heartbeatIntervalMs).unref();
      writer.onSent = () => heartbeat.refresh();
      this.#heartbeat = heartbeat;
    }
    const onAbort = () => void this.cancel().catch(() => undefined).then(() => this.close());
    signal?.addEventListener("abort", onAbort, { once: true });
    this.#closed = new Promise((resolve) => {
      const closed = () => {
        clearTimeout(this.#heartbeat);
        signal?.removeEventListener("abort", onAbort);
        config.onClosed(this);
        resolve();
      };
      if (request.body.closed) closed();
      else request.body.once("close", closed);
    });
  }

  /** Opens a stream, sends `open_session` and waits for the server's `session` frame. */
  static async open(config: StreamConfig, options: OpenSessionOptions): Promise<SessionStream> {
    const { signal } = options;
    if (signal?.aborted) throw new CodexApiError("aborted", "opening the session was aborted", { cause: signal.reason });
    const request = config.h2.post(AGENT_STREAM_PATH, config.framing.contentType);
    // Destroying the stream makes every step below fail, so abort needs no race of its own.
    const onAbort = () => request.body.destroy();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const writer = new FrameWriter(request.body, config.framing, config.limits.maxFrameBytes);
      await writer.send(openSessionFrame(options));
      await expectAgentStream(await request.head, request, config.framing);
      const reader = new FrameReader(request.body, config.framing, config.limits);
      const session = await sessionFrameOf(reader);
      return new SessionStream(request, reader, writer, session, config, signal);
    } catch (error) {
      request.body.destroy();
      if (signal?.aborted) throw new CodexApiError("aborted", "opening the session was aborted", { cause: signal.reason });
      throw CodexApiError.from(error);
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /** The `seq` of the last frame this stream has handed out: pass it as `lastSeq` to resume. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /**
   * Every frame the server sends after `session`, in order, until `terminate` or the end of the
   * stream. One consumer at a time. Leaving a `for await` loop keeps the session open: a later
   * loop or run() continues where it stopped; close() ends it.
   */
  [Symbol.asyncIterator](): AsyncIterator<ServerFrame, undefined> {
    return {
      next: async () => {
        const next = await this.reader.next();
        if (!next.done) this.#lastSeq = next.value.seq;
        return next;
      },
      return: async () => ({ done: true, value: undefined }),
    };
  }

  /** Sends any client frame; throws (before writing) when it breaks the spec. */
  send(frame: ClientFrame): Promise<void> {
    return this.writer.send(frame);
  }

  /** Starts a turn; resolves with the frame id its `status: started` will echo as `inReplyTo`. */
  async sendMessage(content: string, options: SendMessageOptions = {}): Promise<ClientFrameId> {
    const frame: UserMessageFrame = { type: "user_message", id: options.id ?? randomUUID(), content };
    if (options.images !== undefined) frame.images = options.images;
    if (options.configOverrides !== undefined) frame.configOverrides = options.configOverrides;
    await this.send(frame);
    return frame.id!;
  }

  approve(commandId: string, decision: Decision, explanation?: string): Promise<void> {
    return this.send({ type: "approve", commandId, decision, ...(explanation === undefined ? {} : { explanation }) });
  }

  /** Interrupts the running turn; with none running the server just acknowledges it. */
  cancel(): Promise<void> {
    return this.send({ type: "cancel" });
  }

  heartbeat(): Promise<void> {
    return this.send({ type: "heartbeat", sentAtMs: Date.now() });
  }

  /**
   * Sends `prompt` as a user message and reads the stream until that turn ends: a fold of its
   * frames into one result. Rejects with a CodexApiError when the server refuses the message or
   * the stream ends first. A prompt handler that throws cancels the turn and run() rejects with
   * its error.
   */
  async run(prompt: string, options: RunOptions = {}): Promise<TurnResult> {
    const { signal, onPrompt = () => "deny" } = options;
    if (this.#runInProgress) throw new CodexApiError("turn_in_progress", "run() is already reading a turn on this stream; await it first");
    if (signal?.aborted) throw new CodexApiError("aborted", "the turn was aborted before it was sent", { cause: signal.reason });
    this.#runInProgress = true;
    const onAbort = () => void this.cancel().catch(() => undefined);
    try {
      const messageId = await this.sendMessage(prompt, { images: options.images, configOverrides: options.configOverrides });
      signal?.addEventListener("abort", onAbort, { once: true });
      return await foldTurn(this, messageId, async (commandPrompt) => {
        let decision: Decision;
        try {
          decision = await onPrompt(commandPrompt);
        } catch (error) {
          await this.cancel().catch(() => undefined);
          throw error;
        }
        await this.approve(commandPrompt.commandId, decision);
      });
    } finally {
      signal?.removeEventListener("abort", onAbort);
      this.#runInProgress = false;
    }
  }

  /**
   * Ends the request body and waits for the server to end the stream, which it does once no
   * turn is running (spec: terminate `client_closed`). Frames until then still reach an iterator.
   */
  async close(): Promise<void> {
    clearTimeout(this.#heartbeat);
    this.writer.end();
    await this.#closed;
  }

  #beat(): void {
    if (!this.writer.isEnded) this.heartbeat().catch(() => undefined);
  }
}

function openSessionFrame(options: OpenSessionOptions): OpenSessionFrame {
  const frame: OpenSessionFrame = { type: "open_session", protocolVersion: PROTOCOL_VERSION };
  if (options.sessionId !== undefined) frame.sessionId = options.sessionId;
  if (options.lastSeq !== undefined) frame.lastSeq = options.lastSeq;
  if (options.configOverrides !== undefined) frame.configOverrides = options.configOverrides;
  return frame;
}

/** A refused request (415, 401, 404…) carries a small JSON body `{error: {code, message}}`. */
async function expectAgentStream(head: ResponseHead, request: RequestStream, framing: Framing): Promise<void> {
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
