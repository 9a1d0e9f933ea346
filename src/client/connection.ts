// connect(): one HTTP/2 connection to a codex-api server, on which any number of session
// streams are opened, and one-shot control streams (approve, cancel) for sessions held elsewhere. Options are checked here, once, with messages that say what to fix.
import { DEFAULT_MAX_FRAME_BYTES, lengthPrefixedFraming, ndjsonFraming, type Framing } from "../transport/index.js";
import type { Decision, ServerHeartbeatFrame } from "../../generated/types.js";
import { CodexApiError } from "./codex-api-error.js";
import { answerFrame, approveFrame, cancelFrame, sendControl, type ApproveOptions, type CancelOptions, type ControlOptions } from "./control-stream.js";
import { H2Connection, type H2Options } from "./h2-transport.js";
import type { OpenSessionOptions, QuestionReply } from "./session-options.js";
import { SessionStream, type StreamConfig } from "./session-stream.js";

export interface ConnectOptions {
  /** PEM certificate(s) to trust for an https:// URL, e.g. the server's self-signed certificate. */
  ca?: string | Buffer;
  /** Sent as `Authorization: Bearer <token>` on every request. */
  token?: string;
  /** The framing of every stream; default `ndjson`. */
  framing?: Framing["name"];
  /** The largest server frame accepted, in bytes; default 1 MiB, the server's default. */
  maxFrameBytes?: number;
  /** Bytes of received frames held for a slow consumer before the stream is paused; default 1 MiB. */
  maxQueuedBytes?: number;
}

const FRAMINGS: Record<Framing["name"], Framing> = {
  ndjson: ndjsonFraming,
  "length-prefixed": lengthPrefixedFraming,
};

const DEFAULT_MAX_QUEUED_BYTES = 1024 * 1024;

/** Connects to a codex-api server: `http://host:port` (h2c) or `https://host:port` (TLS). */
export async function connect(url: string | URL, options: ConnectOptions = {}): Promise<Connection> {
  const target = parseUrl(url);
  const framing = FRAMINGS[options.framing ?? "ndjson"];
  if (framing === undefined) throw new TypeError(`framing must be "ndjson" or "length-prefixed", got ${JSON.stringify(options.framing)}`);
  const maxFrameBytes = positiveInteger("maxFrameBytes", options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES);
  const maxQueuedBytes = positiveInteger("maxQueuedBytes", options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES);
  if (options.token !== undefined && !/^[\x21-\x7e]+$/.test(options.token)) {
    throw new TypeError("token must be non-empty printable ASCII without spaces (it is sent as `Authorization: Bearer <token>`)");
  }
  if (options.ca !== undefined && target.protocol !== "https:") throw new TypeError(`ca is only used with https:// URLs, not ${target.origin}`);
  const h2Options = { ca: options.ca, token: options.token };
  const h2 = await H2Connection.open(target, h2Options);
  return new Connection(target, h2, h2Options, framing, { maxFrameBytes, maxQueuedBytes });
}

export class Connection {
  readonly #streams = new Set<SessionStream>();
  readonly #config: StreamConfig;
  #h2: H2Connection;
  /** A new HTTP/2 connection being opened, shared by every session stream that needs one. */
  #redialing: Promise<H2Connection> | undefined;
  #closed = false;

  /** @internal Use connect(). */
  constructor(
    readonly url: URL,
    h2: H2Connection,
    private readonly h2Options: H2Options,
    framing: Framing,
    limits: StreamConfig["limits"],
  ) {
    this.#h2 = h2;
    this.#config = { dial: () => this.#dial(), framing, limits, onClosed: (stream) => this.#streams.delete(stream) };
  }

  /**
   * Opens a stream bound to a session (new, or `sessionId` to continue one) and resolves once the
   * server has sent the `session` frame. Rejects with a CodexApiError when the server refuses.
   */
  async openSession(options: OpenSessionOptions = {}): Promise<SessionStream> {
    const stream = await SessionStream.open(this.#config, options);
    this.#streams.add(stream);
    return stream;
  }

  /**
   * Answers a `command_prompt` of a session on a one-shot control stream (spec "Control
   * streams"), without taking the session over: the stream that reads the session, in this
   * process or another, keeps it and sees the command go on. Resolves with the server's
   * acknowledgement; rejects with a CodexApiError carrying the server's code (`command_not_found`,
   * `command_already_resolved`, `decision_not_offered`, `no_session`) or a transport failure.
   */
  approve(sessionId: string, commandId: string, decision: Decision, options: ApproveOptions = {}): Promise<ServerHeartbeatFrame> {
    return sendControl(this.#config, approveFrame(sessionId, commandId, decision, options), options.signal);
  }

  /**
   * Answers a `question_prompt` of a session on a one-shot control stream, as approve() answers a
   * command prompt: `{ answers }`, `{ content }`, `{}` or `{ action: "decline" | "cancel" }`.
   * Rejects with the server's code (`question_not_found`, `question_already_resolved`,
   * `invalid_answer`, `no_session`) or a transport failure.
   */
  answer(sessionId: string, promptId: string, reply: QuestionReply, options: ControlOptions = {}): Promise<ServerHeartbeatFrame> {
    return sendControl(this.#config, answerFrame(sessionId, promptId, reply, options), options.signal);
  }

  /**
   * Cancels the running turn of a session on a one-shot control stream, without taking the
   * session over; its own stream sees the turn end `interrupted`. With no turn running (or
   * `turnId` naming another) it is acknowledged and does nothing. Rejects as approve() does.
   */
  cancel(sessionId: string, options: CancelOptions = {}): Promise<ServerHeartbeatFrame> {
    return sendControl(this.#config, cancelFrame(sessionId, options), options.signal);
  }

  /** Closes every open session stream (see SessionStream.close), then the connection. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#streams].map((stream) => stream.close()));
    await this.#redialing?.catch(() => undefined);
    await this.#h2.close();
  }

  /** The live HTTP/2 connection, or a new one once it has died (GOAWAY, reset, socket closed). */
  async #dial(): Promise<H2Connection> {
    if (this.#closed) throw new CodexApiError("aborted", "the connection was closed; connect again");
    if (!this.#h2.isClosed) return this.#h2;
    this.#redialing ??= H2Connection.open(this.url, this.h2Options)
      .then(async (h2) => {
        if (this.#closed) {
          await h2.close();
          throw new CodexApiError("aborted", "the connection was closed; connect again");
        }
        return (this.#h2 = h2);
      })
      .finally(() => (this.#redialing = undefined));
    return this.#redialing;
  }
}

function parseUrl(url: string | URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`not a URL: ${JSON.stringify(String(url))}; use e.g. http://127.0.0.1:8080`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TypeError(`the URL must start with http:// (h2c) or https:// (TLS), got ${parsed.protocol}//`);
  }
  return parsed;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  return value;
}
