// A session's conversation history: forking it into a new session and rolling back its last
// turns. The rules:
// - neither runs while a turn runs or starts (turn_in_progress), and no turn starts while one of
//   them waits for the engine (the session is `changing`, session.ts);
// - the turns named must be in the session's conversation (session.turnIds), else
//   turn_not_found: the engine is asked only about turns we know it holds;
// - a fork is a new session like any other: its own id (session_exists when taken), its own
//   engine thread, the same limits (maxSessions, the connection's new-session rate);
// - a rollback changes only what the agent sees next: the session's frame history is
//   append-only, so the answer (`rolled_back`) lists the turns removed. Files on disk are not
//   reverted (docs/engine-notes.md §9).
import { randomUUID } from "node:crypto";
import type { ErrorFrame, ForkSessionFrame, RollbackFrame } from "../../generated/types.js";
import { engineFailureCode, type EnginePort } from "./engine-port.js";
import { problem, type Problem } from "./error-frames.js";
import type { Logger } from "./logger.js";
import type { SessionRegistry } from "./session-registry.js";
import { threadSettingsOf, type OperatorPolicy, type SessionSettings } from "./session-settings.js";
import type { Session } from "./session.js";
import type { TurnController } from "./turn-controller.js";
import { checkSessionCwd, messageOf } from "./turn-request.js";

/** Turn ids quoted in an error message: the newest few, so a message stays short. */
const QUOTED_TURNS = 5;

export interface HistoryOptions {
  engine: EnginePort;
  registry: SessionRegistry;
  turns: TurnController;
  policy: OperatorPolicy;
  log: Logger;
}

export class HistoryController {
  readonly #o: HistoryOptions;

  constructor(options: HistoryOptions) {
    this.#o = options;
  }

  /**
   * Forks the session's conversation through `atTurnId` (default its last turn) into a new
   * session. Resolves once the request is checked (quick local work, so its errors come back in
   * frame order); the engine call runs on its own and its outcome arrives as a `session_forked`
   * frame or an error. `mayCreate` is the caller's new-session allowance, as for opening a session.
   */
  async fork(session: Session, frame: ForkSessionFrame, mayCreate?: () => number | undefined): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "fork_session" };
    if (this.#o.turns.refused(session, reply, false)) return;
    const through = this.#turnIndex(session, frame.atTurnId, reply);
    if (through === undefined) return;
    const newSessionId = frame.newSessionId ?? randomUUID();
    if (this.#o.registry.get(newSessionId) !== undefined) {
      return this.#o.turns.error(session, problem("session_exists", "taken", { sessionId: newSessionId }), reply);
    }
    const refusedNew = this.#o.registry.refuseNew({ mayCreate });
    if (refusedNew !== undefined) {
      const { code, message, retryAfterMs } = refusedNew;
      return this.#o.turns.error(session, { code, message } as Problem<"overloaded" | "rate_limited">, { ...reply, retryAfterMs: retryAfterMs! });
    }
    const turnIds = session.turnIds.slice(0, through + 1);
    session.turn = { state: "changing", what: "fork" };
    const settings = await this.#checkCwd(session, reply);
    if (settings !== undefined) void this.#forkInEngine(session, settings, turnIds, newSessionId, reply);
  }

  /**
   * Removes turn `beforeTurnId` (or the last `turns` turns) and every later one from the
   * session's conversation; answered by `rolled_back` or an error, as fork is.
   */
  async rollback(session: Session, frame: RollbackFrame): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "rollback" };
    if ((frame.beforeTurnId === undefined) === (frame.turns === undefined)) {
      const detail = "give exactly one of beforeTurnId (the first turn to remove) and turns (how many to remove from the end)";
      return this.#o.turns.error(session, problem("invalid_frame", "schema", { frameType: "rollback", detail }), { ...reply, path: "" });
    }
    if (this.#o.turns.refused(session, reply, false)) return;
    let from: number | undefined;
    if (frame.turns !== undefined) {
      const count = session.turnIds.length;
      if (frame.turns > count) {
        return this.#o.turns.error(session, problem("turn_not_found", "tooMany", { sessionId: session.id, count, asked: frame.turns }), reply);
      }
      from = count - frame.turns;
    } else {
      from = this.#turnIndex(session, frame.beforeTurnId, reply);
      if (from === undefined) return;
    }
    session.turn = { state: "changing", what: "rollback" };
    const settings = await this.#checkCwd(session, reply);
    if (settings !== undefined) void this.#rollbackInEngine(session, settings, from, reply);
  }

  /** The index of `turnId` (default the last turn) in the session's conversation, or undefined after telling the client. */
  #turnIndex(session: Session, turnId: string | undefined, reply: Partial<ErrorFrame>): number | undefined {
    const turns = session.turnIds;
    if (turns.length === 0) {
      this.#o.turns.error(session, problem("turn_not_found", "noTurns", { sessionId: session.id }), reply);
      return undefined;
    }
    if (turnId === undefined) return turns.length - 1;
    const index = turns.indexOf(turnId);
    if (index !== -1) return index;
    const quoted = `${turns.length > QUOTED_TURNS ? "…, " : ""}${turns.slice(-QUOTED_TURNS).join(", ")}`;
    this.#o.turns.error(session, problem("turn_not_found", "unknown", { turnId, sessionId: session.id, turns: quoted }), { ...reply, turnId });
    return undefined;
  }

  /** The session's settings with its cwd checked again (the fork's thread gets it), or undefined after failing. */
  async #checkCwd(session: Session, reply: Partial<ErrorFrame>): Promise<SessionSettings | undefined> {
    try {
      const checked = await checkSessionCwd(session.settings, this.#o.policy);
      if (!("code" in checked)) return checked.engineSettings;
      this.#fail(session, checked, reply);
    } catch (error) {
      this.#fail(session, this.#failure(session, session.turn.state === "changing" ? session.turn.what : "fork", error), reply);
    }
    return undefined;
  }

  async #forkInEngine(session: Session, settings: SessionSettings, turnIds: string[], newSessionId: string, reply: Partial<ErrorFrame>): Promise<void> {
    const atTurnId = turnIds.at(-1)!;
    try {
      if (session.draining !== undefined) await session.draining;
      const { threadId } = await this.#o.engine.forkThread(session.threadId!, atTurnId, threadSettingsOf(settings));
      const fork = this.#o.registry.adopt(newSessionId, session.settings, threadId, turnIds);
      if (fork === undefined) {
        this.#o.engine.closeThread(threadId).catch(() => undefined);
        const taken = this.#o.registry.get(newSessionId) !== undefined;
        const found = taken ? problem("session_exists", "taken", { sessionId: newSessionId }) : this.#o.registry.refuseNew({})!;
        return this.#fail(session, found, { ...reply, ...("retryAfterMs" in found ? { retryAfterMs: found.retryAfterMs } : {}) });
      }
      this.#o.log.info({ sessionId: session.id, newSessionId, atTurnId, turns: turnIds.length }, "session forked");
      this.#o.turns.becomeIdle(session);
      session.outbox.emit({ type: "session_forked", newSessionId, atTurnId, turnIds, ...(reply.inReplyTo === undefined ? {} : { inReplyTo: reply.inReplyTo }) });
    } catch (error) {
      this.#fail(session, this.#failure(session, "fork", error), reply);
    }
  }

  async #rollbackInEngine(session: Session, settings: SessionSettings, from: number, reply: Partial<ErrorFrame>): Promise<void> {
    const beforeTurnId = session.turnIds[from]!;
    try {
      if (session.draining !== undefined) await session.draining;
      await this.#o.engine.revertThread(session.threadId!, beforeTurnId, threadSettingsOf(settings));
      const removedTurnIds = session.turnIds.splice(from);
      this.#o.log.info({ sessionId: session.id, beforeTurnId, removed: removedTurnIds.length }, "turns rolled back");
      this.#o.turns.becomeIdle(session);
      session.outbox.emit({ type: "rolled_back", beforeTurnId, removedTurnIds, ...(reply.inReplyTo === undefined ? {} : { inReplyTo: reply.inReplyTo }) });
    } catch (error) {
      this.#fail(session, this.#failure(session, "rollback", error), reply);
    }
  }

  #fail(session: Session, found: Problem, reply: Partial<ErrorFrame>): void {
    if (session.turn.state === "changing") this.#o.turns.becomeIdle(session);
    this.#o.turns.error(session, found as Problem<"engine_error">, reply);
  }

  /** What the client is told when the engine call failed; faults of our own are logged with their stack. */
  #failure(session: Session, what: "fork" | "rollback", error: unknown): Problem {
    const code = engineFailureCode(error);
    this.#o.log[code === undefined ? "error" : "warn"]({ sessionId: session.id, err: code === undefined && error instanceof Error ? error.stack : messageOf(error) }, `${what} failed`);
    switch (code) {
      case "rpc_error":
        return problem("engine_error", "refusedHistory", { what, reason: messageOf(error) });
      case "timeout":
        return problem("engine_unavailable", "startTimeout", { reason: messageOf(error) });
      case "exited":
      case "unavailable":
        return problem("engine_unavailable", "notReady");
      case undefined:
        return problem("internal", "history", { what });
    }
  }
}
