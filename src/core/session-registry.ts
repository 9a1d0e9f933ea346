// Which sessions exist: opening one (new, resumed or taken over, with its replay), a stream
// detaching, the session limits, and expiry. The rules:
// - a new session needs a free slot (maxSessions) and the caller's allowance (per connection);
// - a session expires when it has had no stream and no turn for its TTL, counted from the later
//   of the two (a turn that ends after its stream dropped keeps its frames for the full TTL);
//   a session that never ran a turn has the much shorter unused TTL;
// - all sessions' replay history shares one byte budget (replay-budget.ts).
import { randomUUID } from "node:crypto";
import { PROTOCOL_VERSION } from "../../generated/protocol.js";
import type { ConfigOverrides } from "../../generated/types.js";
import { OVERLOADED_RETRY_AFTER_MS, problem, type Problem } from "./error-frames.js";
import type { Logger } from "./logger.js";
import { ReplayBudget } from "./replay-budget.js";
import { applyOverrides, type OperatorPolicy, type SessionSettings } from "./session-settings.js";
import { Session, type SessionSink } from "./session.js";

export interface RegistryOptions {
  /** Settings of a new session before any override. */
  defaults: SessionSettings;
  policy: OperatorPolicy;
  /** How long a session without a stream and without a turn is kept. */
  sessionTtlMs: number;
  /** The same, for a session that never ran a turn. */
  unusedSessionTtlMs: number;
  maxSessions: number;
  maxReplayFrames: number;
  maxReplayBytes: number;
  replayBudgetBytes: number;
  /** A session expired (its thread may be unloaded from the engine). */
  onExpired(session: Session): void;
  onReplay?(result: "hit" | "miss"): void;
  log: Logger;
  now?: () => number;
}

export interface OpenRequest {
  sessionId?: string;
  lastSeq?: number;
  protocolVersion?: string;
  configOverrides?: ConfigOverrides;
  /** The `id` of the frame that asked, echoed as the `session` frame's `inReplyTo`. */
  inReplyTo?: string | number;
  /**
   * Asked before a new session is created (not for a resume or takeover): returns how long to
   * wait when the caller may not create one now (the per-connection creation rate).
   */
  mayCreate?: () => number | undefined;
}

export type OpenOutcome = { ok: true; session: Session } | ({ ok: false; retryAfterMs?: number } & Problem);

export class SessionRegistry {
  readonly #o: RegistryOptions;
  readonly #sessions = new Map<string, Session>();
  readonly #byThread = new Map<string, Session>();
  readonly #budget: ReplayBudget;
  readonly #now: () => number;
  /** How often expired sessions are swept: half the shorter TTL, between 1 s and 1 min. */
  readonly sweepEveryMs: number;
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: RegistryOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#budget = new ReplayBudget(options.replayBudgetBytes);
    this.sweepEveryMs = Math.max(1000, Math.min(Math.min(options.sessionTtlMs, options.unusedSessionTtlMs) / 2, 60_000));
    this.#sweeper = setInterval(() => this.sweep(), this.sweepEveryMs);
    this.#sweeper.unref();
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Replay bytes held by every session together. */
  get replayBytes(): number {
    return this.#budget.held;
  }

  get(sessionId: string): Session | undefined {
    return this.#sessions.get(sessionId);
  }

  ofThread(threadId: string): Session | undefined {
    return this.#byThread.get(threadId);
  }

  bindThread(session: Session, threadId: string): void {
    session.threadId = threadId;
    this.#byThread.set(threadId, session);
  }

  values(): IterableIterator<Session> {
    return this.#sessions.values();
  }

  /**
   * Opens or takes over a session for a stream. On success the sink is told, in one synchronous
   * run: `bound` (send the session frame), then every replayed frame, and live frames after.
   */
  async open(req: OpenRequest, sink: SessionSink): Promise<OpenOutcome> {
    if (req.protocolVersion !== undefined && majorOf(req.protocolVersion) !== majorOf(PROTOCOL_VERSION)) {
      const major = majorOf(PROTOCOL_VERSION);
      return { ok: false, ...problem("unsupported_protocol_version", "major", { requested: req.protocolVersion, version: PROTOCOL_VERSION, major }) };
    }
    let session = req.sessionId === undefined ? undefined : this.#sessions.get(req.sessionId);
    const resumed = session !== undefined;
    if (session === undefined && req.lastSeq !== undefined && req.lastSeq > 0) {
      return { ok: false, ...problem("session_expired", "notHeld", { sessionId: req.sessionId ?? "(none)" }) };
    }
    const settings = await applyOverrides(session?.settings ?? this.#o.defaults, req.configOverrides, this.#o.policy);
    if (!settings.ok) return settings;
    // Another open of the same new id may have finished while the paths were resolved.
    session ??= req.sessionId === undefined ? undefined : this.#sessions.get(req.sessionId);
    if (session === undefined) {
      const refused = this.#refuseNew(req);
      if (refused !== undefined) return refused;
      const id = req.sessionId ?? randomUUID();
      session = new Session(id, settings.settings, { maxFrames: this.#o.maxReplayFrames, maxBytes: this.#o.maxReplayBytes, budget: this.#budget }, this.#now());
      this.#sessions.set(id, session);
    }
    session.settings = settings.settings;
    const previous = session.sink;
    if (previous !== undefined && previous !== sink) {
      session.outbox.detach(previous);
      previous.superseded();
    }
    session.sink = sink;
    session.detachedAtMs = undefined;
    const replay = session.outbox.attach(sink, req.lastSeq);
    if (replay !== null) this.#o.onReplay?.(replay.lost > 0 ? "miss" : "hit");
    const pending = session.prompts.idsByType();
    const turn =
      session.turn.state === "running"
        ? { turnId: session.turn.turnId, pendingCommandIds: pending.commands, ...(pending.questions.length > 0 ? { pendingPromptIds: pending.questions } : {}) }
        : null;
    sink.bound({
      sessionId: session.id,
      resumed,
      // A lastSeq past the session's newest frame would make the stream's seq go backwards.
      positionSeq: Math.min(req.lastSeq ?? Infinity, session.outbox.lastSeq),
      replay: replay === null ? null : { fromSeq: replay.fromSeq, toSeq: replay.toSeq, count: replay.frames.length, lost: replay.lost },
      turn,
      ...(req.inReplyTo === undefined ? {} : { inReplyTo: req.inReplyTo }),
    });
    for (const frame of replay?.frames ?? []) sink.deliver(frame);
    this.#o.log.info({ sessionId: session.id, resumed, lastSeq: req.lastSeq, replayed: replay?.frames.length ?? 0 }, "session opened");
    return { ok: true, session };
  }

  /**
   * Whether a new session may be created now (free slot, the caller's allowance); undefined if
   * so. A fork asks before it asks the engine.
   */
  refuseNew(req: Pick<OpenRequest, "mayCreate">): Extract<OpenOutcome, { ok: false }> | undefined {
    return this.#refuseNew(req);
  }

  /**
   * Adds a session made from another's conversation (a fork): its own id and engine thread, the
   * turns its conversation holds, and no stream yet (it expires like any detached session).
   * Undefined when the id was taken or the table filled up meanwhile.
   */
  adopt(id: string, settings: SessionSettings, threadId: string, turnIds: string[]): Session | undefined {
    if (this.#sessions.has(id) || this.#sessions.size >= this.#o.maxSessions) return undefined;
    const session = new Session(id, settings, { maxFrames: this.#o.maxReplayFrames, maxBytes: this.#o.maxReplayBytes, budget: this.#budget }, this.#now());
    // It holds a conversation worth keeping: the full TTL, not the unused one.
    session.ranTurn = true;
    session.turnIds = turnIds;
    this.#sessions.set(id, session);
    this.bindThread(session, threadId);
    this.#o.log.info({ sessionId: id, threadId }, "session forked");
    return session;
  }

  #refuseNew(req: Pick<OpenRequest, "mayCreate">): Extract<OpenOutcome, { ok: false }> | undefined {
    if (this.#sessions.size >= this.#o.maxSessions) {
      const retryAfterMs = this.nextExpiryMs();
      return { ok: false, ...problem("overloaded", "sessions", { max: this.#o.maxSessions, retryAfterMs }), retryAfterMs };
    }
    const waitMs = req.mayCreate?.();
    if (waitMs !== undefined) return { ok: false, ...problem("rate_limited", "newSessions", { retryAfterMs: waitMs }), retryAfterMs: waitMs };
    return undefined;
  }

  /** The stream of a session ended; the session (and its turn) carries on for the TTL. */
  detach(session: Session, sink: SessionSink): void {
    if (session.sink !== sink) return;
    session.sink = undefined;
    session.outbox.detach(sink);
    session.detachedAtMs = this.#now();
  }

  /** When a session expires, or undefined while it cannot (a stream or a turn holds it). */
  expiresAtMs(session: Session): number | undefined {
    if (session.sink !== undefined || session.turn.state !== "idle" || session.detachedAtMs === undefined) return undefined;
    // A session that never ran a turn costs a slot and nothing else of value: it goes soon, so
    // opening sessions and dropping them cannot hold the table for the whole TTL.
    const ttl = session.ranTurn ? this.#o.sessionTtlMs : this.#o.unusedSessionTtlMs;
    return Math.max(session.detachedAtMs, session.idleSinceMs) + ttl;
  }

  /** How long until a sweep frees a session slot, for `retryAfterMs` when the table is full. */
  nextExpiryMs(): number {
    let soonest = Infinity;
    for (const session of this.#sessions.values()) soonest = Math.min(soonest, this.expiresAtMs(session) ?? Infinity);
    // Nothing expires on its own: a client may still close a stream; ask again in a while.
    if (soonest === Infinity) return this.sweepEveryMs;
    return Math.max(OVERLOADED_RETRY_AFTER_MS, Math.ceil(soonest - this.#now()) + this.sweepEveryMs);
  }

  /** Closes every session past its expiry (the timer calls it; tests may too). */
  sweep(): void {
    const now = this.#now();
    for (const session of this.#sessions.values()) {
      const expiresAt = this.expiresAtMs(session);
      if (expiresAt === undefined || now < expiresAt) continue;
      this.#sessions.delete(session.id);
      session.outbox.dispose();
      if (session.threadId !== undefined) this.#byThread.delete(session.threadId);
      this.#o.log.info({ sessionId: session.id }, "session expired");
      this.#o.onExpired(session);
    }
  }

  close(): void {
    clearInterval(this.#sweeper);
  }
}

function majorOf(version: string): string {
  return version.split(".")[0]!;
}
