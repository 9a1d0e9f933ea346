// One `POST /agent/stream`: decodes and validates the request body's frames, binds the stream to
// a session, dispatches frames to the core, and writes the session's frames back in the same
// framing. Control frames (session, heartbeat, terminate, errors before binding) are written here;
// history frames come from the session's outbox through `deliver`.
import type { ServerHttp2Stream } from "node:http2";
import { PROTOCOL_VERSION } from "../../generated/protocol.js";
import type { AnswerFrame, ApproveFrame, CancelFrame, ClientFrame, ClientFrameId, ErrorFrame, ServerFrame, TerminateFrame } from "../../generated/types.js";
import type { AgentCore } from "../core/agent-core.js";
import type { TraceContext } from "../core/engine-port.js";
import type { Logger } from "../core/logger.js";
import type { HistoryFrame } from "../core/outbox.js";
import type { Session, SessionAck, SessionSink } from "../core/session.js";
import { isRetryable, problem, type Problem } from "../protocol/errors.js";
import { checkClientFrame } from "../protocol/index.js";
import type { CodecError, Decoder, Framing } from "../transport/index.js";
import type { Metrics } from "./metrics.js";
import { StreamWriter } from "./stream-writer.js";
import { TokenBucket } from "./token-bucket.js";

export interface StreamOptions {
  maxFrameBytes: number;
  /** Inbound frames per second (token bucket refill) and the burst allowed. */
  maxFramesPerSecond: number;
  frameBurst: number;
  heartbeatIntervalMs: number;
  /** Nothing from the client for this long (while its request body is open) closes the stream. */
  heartbeatTimeoutMs: number;
  maxQueuedBytes: number;
}

/** What the streams of one HTTP/2 connection share. */
export interface ConnectionLimits {
  /** New sessions this connection may create (resumes and takeovers are not counted). */
  newSessions: TokenBucket;
}

type TerminateReason = TerminateFrame["reason"];

/**
 * - unbound: no session yet; errors are control frames (seq 0).
 * - bound: frames go to `session`; history frames arrive through `deliver`.
 * - closed: terminate was sent (or the stream died); nothing more is written.
 */
type Binding = { state: "unbound" } | { state: "bound"; session: Session } | { state: "closed" };

export class AgentStream implements SessionSink {
  private binding: Binding = { state: "unbound" };
  private readonly writer: StreamWriter;
  private readonly decoder: Decoder;
  /** The seq of the last history frame this stream carried (control frames repeat it). */
  private positionSeq = 0;
  /**
   * Frames are handled one at a time, in order. Most are handled at once; a step that waits
   * (opening a session, starting a turn) holds the later ones in this chain until it settles.
   */
  private pending: Promise<void> | undefined;
  private requestEnded = false;
  /** True while the core hands over the replayed frames of a resume. */
  private replaying = false;
  private lastInboundMs = Date.now();
  private readonly frameRate: TokenBucket;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly stream: ServerHttp2Stream,
    framing: Framing,
    private readonly core: AgentCore,
    private readonly options: StreamOptions,
    private readonly connection: ConnectionLimits,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    /** The request's `codex-session-id` header: the session the binding frame must name, or gets. */
    private readonly headerSessionId?: string,
    /** The request's trace context headers: the trace of its messages that carry none of their own. */
    private readonly trace?: TraceContext,
  ) {
    this.frameRate = new TokenBucket(options.maxFramesPerSecond, options.frameBurst);
    this.decoder = framing.createDecoder({ maxFrameBytes: options.maxFrameBytes });
    this.writer = new StreamWriter(
      stream,
      framing,
      options.maxQueuedBytes,
      () => this.terminate("slow_consumer", `the client read too slowly and ${options.maxQueuedBytes} bytes were queued; reconnect with lastSeq to resume`, true, true),
      options.heartbeatTimeoutMs,
    );
    this.heartbeat = setInterval(() => this.tick(), options.heartbeatIntervalMs);
    stream.on("data", (chunk: Buffer) => this.onData(chunk));
    stream.on("end", () => this.onRequestEnd());
    // A reset from the client (RST_STREAM) abandons the stream: it is no end of the body, and
    // Node may leave a reset stream with a pending write undestroyed, so 'close' never comes.
    stream.on("aborted", () => this.onReset());
    stream.on("close", () => this.onClose());
    stream.on("error", (error) => this.log.debug({ err: error.message }, "stream error"));
  }

  // ---------------------------------------------------------------- SessionSink

  bound(ack: SessionAck): void {
    this.positionSeq = ack.positionSeq;
    // The core delivers the replay synchronously right after this call.
    this.replaying = true;
    queueMicrotask(() => (this.replaying = false));
    this.write({
      type: "session",
      seq: this.positionSeq,
      sessionId: ack.sessionId,
      protocolVersion: PROTOCOL_VERSION,
      resumed: ack.resumed,
      replay: ack.replay,
      turn: ack.turn,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      maxFrameBytes: this.options.maxFrameBytes,
      ...(ack.inReplyTo === undefined ? {} : { inReplyTo: ack.inReplyTo }),
    });
  }

  deliver(frame: HistoryFrame, json?: string): void {
    if (this.binding.state === "closed") return;
    this.positionSeq = frame.seq;
    this.write(frame, !this.replaying, json);
    // Whatever may leave the session idle: a turn's end, a fork's or rollback's answer, a refusal.
    if (this.requestEnded && ((frame.type === "status" && frame.state !== "started") || frame.type === "session_forked" || frame.type === "rolled_back" || frame.type === "error")) {
      this.finishIfIdle();
    }
  }

  superseded(): void {
    this.terminate("superseded", "another stream opened this session; this stream is closed", false);
  }

  // ---------------------------------------------------------------- inbound

  private onData(chunk: Buffer): void {
    const now = Date.now();
    this.lastInboundMs = now;
    for (const result of this.decoder.decode(chunk)) {
      const waitMs = this.frameRate.take(now);
      if (waitMs !== undefined) {
        const frame = result.ok ? result.frame : undefined;
        this.enqueue(() =>
          this.sendError(problem("rate_limited", "frames", { max: this.options.maxFramesPerSecond, retryAfterMs: waitMs }), {
            retryAfterMs: waitMs,
            inReplyTo: idOf(frame),
          }),
        );
        continue;
      }
      if (result.ok) this.enqueue(() => this.handle(result.frame));
      else this.enqueue(() => this.codecError(result.error));
    }
  }

  private onReset(): void {
    this.onClose();
    if (!this.stream.destroyed) this.stream.destroy();
  }

  private onRequestEnd(): void {
    // Node emits 'end' for a reset stream too, before 'aborted': look again once both are in.
    setImmediate(() => this.requestBodyEnded());
  }

  private requestBodyEnded(): void {
    if (this.stream.aborted || this.stream.closed || this.stream.destroyed) return this.onReset();
    for (const result of this.decoder.end()) {
      if (!result.ok) this.enqueue(() => this.codecError(result.error));
    }
    this.enqueue(() => {
      this.requestEnded = true;
      this.finishIfIdle();
    });
  }

  // A promise chain per frame cost more than validating it (bench/README.md, transport-in): steps
  // run synchronously unless one before them is still waiting.
  private enqueue(step: () => void | Promise<void>): void {
    if (this.pending === undefined) {
      const waiting = this.attempt(step);
      if (waiting === undefined) return;
      this.pending = waiting;
    } else {
      this.pending = this.pending.then(() => this.attempt(step));
    }
    const tail = this.pending;
    void tail.then(() => {
      if (this.pending === tail) this.pending = undefined;
    });
  }

  /** Runs a step; returns a promise only if it has to wait. A failure is logged and answered with `internal`. */
  private attempt(step: () => void | Promise<void>): Promise<void> | undefined {
    try {
      return step()?.catch((error: unknown) => this.stepFailed(error));
    } catch (error) {
      this.stepFailed(error);
      return undefined;
    }
  }

  private stepFailed(error: unknown): void {
    this.log.error({ err: error instanceof Error ? error.stack : String(error) }, "frame handling failed");
    this.sendError(problem("internal", "frame"));
  }

  private handle(value: unknown): void | Promise<void> {
    if (this.binding.state === "closed") return;
    const check = checkClientFrame(value);
    if (!check.ok) {
      const { path, frameType } = check.problem;
      return this.sendError(check.problem, { path, frameType, inReplyTo: idOf(value) });
    }
    const frame = check.frame;
    this.metrics.framesIn.inc(frame.type);
    if (frame.type === "heartbeat") return this.controlHeartbeat(frame.id);
    if (this.binding.state === "bound") {
      const session = this.boundSessionFor(this.binding.session, frame);
      return session === undefined ? undefined : this.dispatch(session, frame);
    }
    if (frame.type === "approve" || frame.type === "answer" || frame.type === "cancel") return this.control(frame);
    return this.openSessionFor(frame).then((session) => (session === undefined ? undefined : this.dispatch(session, frame)));
  }

  private dispatch(session: Session, frame: Exclude<ClientFrame, { type: "heartbeat" }>): void | Promise<void> {
    switch (frame.type) {
      case "open_session":
        return;
      case "user_message":
        return this.core.userMessage(session, frame, this.trace);
      case "approve":
        return this.core.approve(session, frame);
      case "answer":
        return this.core.answer(session, frame);
      case "cancel":
        // Nothing to cancel is not an error: acknowledged with a heartbeat answering the frame.
        if (!this.core.cancel(session, frame)) this.controlHeartbeat(frame.id);
        return;
      case "review":
        return this.core.review(session, frame);
      case "compact":
        return this.core.compact(session, frame);
      case "fork_session":
        return this.core.forkSession(session, frame, () => this.connection.newSessions.take());
      case "rollback":
        return this.core.rollback(session, frame);
    }
  }

  /**
   * An approve, answer or cancel on a stream bound to no session: a control stream (spec "Control
   * streams"). It acts on the session it names without binding this stream or taking the session
   * over, answers here (a heartbeat, or the error), and ends the stream. Naming no session, it
   * is refused and the stream stays open and unbound, as any unbound error.
   */
  private control(frame: ApproveFrame | AnswerFrame | CancelFrame): void {
    const reply = { inReplyTo: frame.id, frameType: frame.type };
    const header = this.headerSessionId;
    const sessionId = frame.sessionId ?? header;
    if (sessionId === undefined) return this.sendError(problem("no_session", "unbound", { frameType: frame.type }), reply);
    if (header !== undefined && frame.sessionId !== undefined && frame.sessionId !== header) {
      this.sendError(problem("session_mismatch", "header", { header, frame: frame.sessionId, frameType: frame.type }), reply);
    } else {
      const outcome = this.core.control(sessionId, frame);
      if (outcome.ok) this.controlHeartbeat(frame.id, sessionId);
      else this.sendError(outcome, { ...reply, ...(frame.type === "approve" ? { commandId: frame.commandId } : frame.type === "answer" ? { promptId: frame.promptId } : {}) });
    }
    this.log.info({ sessionId, frameType: frame.type }, "control stream answered");
    this.terminate("client_closed", `this stream carried one ${frame.type} for session ${sessionId} and got its answer; it ends here (the session's own stream, if any, goes on)`, false);
  }

  /** The stream's session, if the frame may use it (else an error is sent). */
  private boundSessionFor(bound: Session, frame: Exclude<ClientFrame, { type: "heartbeat" }>): Session | undefined {
    const reply = { inReplyTo: frame.id, frameType: frame.type };
    if (frame.type === "open_session") {
      this.sendError(problem("session_mismatch", "secondOpen", { bound: bound.id }), reply);
      return undefined;
    }
    if (frame.sessionId !== undefined && frame.sessionId !== bound.id) {
      this.sendError(problem("session_mismatch", "otherSession", { bound: bound.id, requested: frame.sessionId }), reply);
      return undefined;
    }
    return bound;
  }

  /** Opens (or takes over) the session a frame is for, on a stream that has none yet. */
  private async openSessionFor(frame: Exclude<ClientFrame, { type: "heartbeat" | "approve" | "cancel" }>): Promise<Session | undefined> {
    const reply = { inReplyTo: frame.id, frameType: frame.type };
    if (this.binding.state === "closed") return undefined;
    // The codex-session-id header (a proxy routed on it): the frame must agree, or takes its id.
    const header = this.headerSessionId;
    if (header !== undefined && frame.sessionId !== undefined && frame.sessionId !== header) {
      this.sendError(problem("session_mismatch", "header", { header, frame: frame.sessionId, frameType: frame.type }), reply);
      return undefined;
    }
    const sessionId = frame.sessionId ?? header;
    // compact, fork_session and rollback can only open a session they name; user_message, review and open_session may create one.
    if (frame.type !== "open_session" && frame.type !== "user_message" && frame.type !== "review" && sessionId === undefined) {
      this.sendError(problem("no_session", "unbound", { frameType: frame.type }), reply);
      return undefined;
    }
    const mayCreate = () => this.connection.newSessions.take();
    const outcome = await this.core.open(
      frame.type === "open_session"
        ? { sessionId, lastSeq: frame.lastSeq, protocolVersion: frame.protocolVersion, configOverrides: frame.configOverrides, inReplyTo: frame.id, mayCreate }
        : { sessionId, inReplyTo: frame.id, mayCreate },
      this,
    );
    if (!outcome.ok) {
      this.sendError(outcome, { ...reply, retryAfterMs: outcome.retryAfterMs });
      return undefined;
    }
    // The stream may have closed while the session was being opened.
    if ((this.binding as Binding).state === "closed") {
      this.core.detach(outcome.session, this);
      return undefined;
    }
    this.binding = { state: "bound", session: outcome.session };
    return outcome.session;
  }

  private codecError(error: CodecError): void {
    this.sendError(error.problem);
    if (error.fatal && this.binding.state !== "closed") {
      this.terminate("protocol_error", `the request body can no longer be read (${error.code}); reconnect to continue`, true);
    }
  }

  // ---------------------------------------------------------------- outbound control frames

  /** An error about this stream's input: into the session's history when bound, else a control frame. */
  private sendError(found: Problem, extra: Partial<ErrorFrame> = {}): void {
    if (this.binding.state === "bound") return this.core.error(this.binding.session, found, extra);
    if (this.binding.state === "closed") return;
    const fields = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
    const { code, message } = found;
    this.metrics.errorSent(code);
    this.write({ type: "error", seq: this.positionSeq, code, message, retryable: isRetryable(code), ...fields });
  }

  /** A heartbeat: periodic, answering a client frame, or a control stream's acknowledgement (for `about`). */
  private controlHeartbeat(inReplyTo?: ClientFrameId, about?: string): void {
    if (this.binding.state === "closed") return;
    const sessionId = this.binding.state === "bound" ? { sessionId: this.binding.session.id } : about === undefined ? {} : { sessionId: about };
    const now = Date.now();
    this.write({
      type: "heartbeat",
      seq: this.positionSeq,
      ...sessionId,
      sentAtMs: now,
      timestamp: new Date(now).toISOString(),
      ...(inReplyTo === undefined ? {} : { inReplyTo }),
    });
  }

  private tick(): void {
    if (!this.requestEnded && Date.now() - this.lastInboundMs > this.options.heartbeatTimeoutMs) {
      return this.terminate("heartbeat_timeout", `nothing arrived from the client for ${this.options.heartbeatTimeoutMs} ms; reconnect with lastSeq to resume`, true);
    }
    this.controlHeartbeat();
  }

  /** The client ended its request body: end the response once the session has no turn running. */
  private finishIfIdle(): void {
    if (this.binding.state === "bound" && this.binding.session.turn.state !== "idle") return;
    this.terminate("client_closed", "the request body ended and no turn is running", true);
  }

  /** Sends `terminate` as the last frame and ends the stream; the session stays for reconnects. */
  terminate(reason: TerminateReason, message: string, reconnect: boolean, dropQueued = false): void {
    if (this.binding.state === "closed") return;
    const session = this.binding.state === "bound" ? this.binding.session : undefined;
    this.binding = { state: "closed" };
    if (session !== undefined) this.core.detach(session, this);
    clearInterval(this.heartbeat);
    this.log.info({ sessionId: session?.id, reason }, "stream terminated");
    // Dropped frames never reach the client: its position is the last frame actually written.
    const seq = dropQueued ? Math.min(this.positionSeq, this.writer.lastWrittenSeq) : this.positionSeq;
    const frame: TerminateFrame = { type: "terminate", seq, reason, message, reconnect };
    if (session !== undefined) frame.sessionId = session.id;
    this.metrics.framesOut.inc(frame.type);
    this.writer.end(frame, dropQueued);
  }

  private write(frame: ServerFrame, bounded = true, json?: string): void {
    if (this.writer.write(frame, bounded, json)) this.metrics.framesOut.inc(frame.type);
  }

  private onClose(): void {
    clearInterval(this.heartbeat);
    if (this.binding.state === "bound") this.core.detach(this.binding.session, this);
    this.binding = { state: "closed" };
  }
}

/** The id of a frame that failed validation, when it is itself a valid id (so it can be echoed). */
function idOf(value: unknown): ClientFrameId | undefined {
  const id = value !== null && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
  if (typeof id === "number") return Number.isSafeInteger(id) ? id : undefined;
  // eslint-disable-next-line no-control-regex
  return typeof id === "string" && id.length > 0 && id.length <= 256 && !/[\u0000-\u001f\u007f]/.test(id) ? id : undefined;
}
