// A minimal codex-api client: one HTTP/2 connection, NDJSON streams framed with src/transport's
// codecs, frames handed over as they are decoded. The counterpart of direct-engine.ts: the
// benchmarks measure codex-api, not a client library's conveniences (reconnects, spec checks
// of every frame, async iteration).
import http2, { type ClientHttp2Session, type ClientHttp2Stream } from "node:http2";
import type { ClientFrame, ServerFrame, SessionFrame } from "../../../generated/types.js";
import { PROTOCOL_VERSION } from "../../../generated/protocol.js";
import { ndjsonFraming } from "../../../src/transport/index.js";

export const CLIENT_HEARTBEAT_ID = "client-heartbeat";

export class GatewayConnection {
  private constructor(private readonly session: ClientHttp2Session) {}

  static open(url: string): Promise<GatewayConnection> {
    return new Promise((resolve, reject) => {
      const session = http2.connect(url);
      session.once("error", reject);
      session.once("connect", () => {
        session.off("error", reject);
        session.on("error", () => undefined);
        resolve(new GatewayConnection(session));
      });
    });
  }

  /** Opens a session stream (working in `cwd`, when given) and waits for its `session` frame. */
  openSession(cwd?: string): Promise<GatewaySession> {
    const stream = this.session.request({ ":method": "POST", ":path": "/agent/stream", "content-type": ndjsonFraming.contentType });
    return GatewaySession.open(stream, cwd);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.session.close(() => resolve()));
  }
}

export class GatewaySession {
  /** Gets every frame (from `session` on), with the time it was decoded. */
  onFrame: (frame: ServerFrame, at: number) => void = () => undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  readonly #closed: Promise<void>;

  private constructor(private readonly stream: ClientHttp2Stream) {
    this.#closed = new Promise((resolve) => stream.once("close", resolve));
  }

  static open(stream: ClientHttp2Stream, cwd: string | undefined): Promise<GatewaySession> {
    const session = new GatewaySession(stream);
    const decoder = ndjsonFraming.createDecoder({ maxFrameBytes: 64 << 20 });
    return new Promise((resolve, reject) => {
      stream.on("error", reject);
      stream.on("close", () => reject(new Error("the stream closed before the session frame")));
      stream.on("data", (chunk: Buffer) => {
        for (const result of decoder.decode(chunk)) {
          const at = performance.now();
          if (!result.ok) {
            stream.destroy(result.error);
            return;
          }
          const frame = result.frame as ServerFrame;
          if (frame.type === "session") {
            session.#startHeartbeat(frame);
            resolve(session);
          } else if (frame.type === "error") {
            reject(new Error(`codex-api error ${frame.code}: ${frame.message}`));
          }
          session.onFrame(frame, at);
        }
      });
      session.send({ type: "open_session", protocolVersion: PROTOCOL_VERSION, ...(cwd === undefined ? {} : { configOverrides: { cwd } }) });
    });
  }

  send(frame: ClientFrame): void {
    this.stream.write(ndjsonFraming.encode(frame));
    this.#heartbeat?.refresh();
  }

  /** Ends the request body; the server ends the stream once no turn runs. */
  close(): Promise<void> {
    clearTimeout(this.#heartbeat);
    this.stream.end();
    return this.#closed;
  }

  /**
   * Spec (clientHeartbeat): with nothing else to send, a heartbeat every heartbeatIntervalMs.
   * send() restarts the timer, which also re-arms it after it fired. The server answers each one;
   * the id (echoed as `inReplyTo`) tells those answers from its own periodic heartbeats.
   */
  #startHeartbeat(session: SessionFrame): void {
    const beat = () => this.send({ type: "heartbeat", id: CLIENT_HEARTBEAT_ID, sentAtMs: Date.now() });
    this.#heartbeat = setTimeout(beat, session.heartbeatIntervalMs).unref();
  }
}
