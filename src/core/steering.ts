// Steering: a `user_message` with `expectedTurnId` joins the running turn it names (the engine's
// turn/steer) instead of starting one. The rules:
// - it joins only the running turn it names, and only while that turn is not being stopped;
//   otherwise, or when the engine refuses (a review or compaction turn), `turn_not_steerable`;
//   `configOverrides` cannot apply to a running turn: `override_not_allowed`;
// - the checks run in frame order (a later cancel cannot overtake them), again after the input's
//   file checks; the engine call runs on its own;
// - accepted, the engine's user message item for it carries `inReplyTo` = the frame's id, and the
//   answer the steer cut short is completed at once with its text so far; what the engine says
//   of it later is dropped (docs/engine-notes.md §1).
import { randomUUID } from "node:crypto";
import type { ErrorCode, UserMessageFrame } from "../../generated/types.js";
import { engineFailureCode, type EngineEvent, type EnginePort, type TraceContext } from "./engine-port.js";
import { traceFields } from "../protocol/trace-context.js";
import { emitError, problem, type ErrorExtra, type Problem } from "./error-frames.js";
import { closeItem, itemFrame } from "./items.js";
import type { Logger } from "./logger.js";
import type { Session } from "./session.js";
import type { OperatorPolicy } from "./session-settings.js";
import { checkInput, messageOf } from "./turn-request.js";

export interface SteeringOptions {
  engine: EnginePort;
  policy: OperatorPolicy;
  log: Logger;
  /** Log the steering text (off by default: it may hold secrets). */
  logContent: boolean;
  observer?: { errorSent?(code: ErrorCode): void };
  now(): number;
}

export class Steering {
  readonly #o: SteeringOptions;

  constructor(options: SteeringOptions) {
    this.#o = options;
  }

  /**
   * A steering message: its input joins the running turn it names (the engine's turn/steer). The
   * checks run in frame order (so a later cancel cannot overtake it); the engine call runs on its
   * own. Accepted, the engine's user message item for it carries `inReplyTo` = the frame's id.
   */
  async steer(session: Session, frame: UserMessageFrame, turnId: string, trace: TraceContext | undefined): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "user_message", turnId };
    // Schema-valid, so not invalid_frame: the overrides ask for something a steer cannot do.
    if (frame.configOverrides !== undefined) return this.#error(session, problem("override_not_allowed", "steer"), { ...reply, path: "/configOverrides" });
    const refused = this.#refusal(session, turnId);
    if (refused !== undefined) return this.#error(session, refused, reply);
    const checked = await checkInput(session.settings, frame, this.#o.policy);
    if ("code" in checked) return this.#error(session, checked, reply);
    // The checks awaited the file system: the turn may have ended or be stopping meanwhile.
    const refusedNow = this.#refusal(session, turnId);
    if (refusedNow !== undefined) return this.#error(session, refusedNow, reply);
    const turn = session.turn as Extract<Session["turn"], { state: "running" }>;
    const clientMessageId = randomUUID();
    turn.steers.set(clientMessageId, frame.id);
    const fields = { sessionId: session.id, turnId, ...traceFields(trace ?? turn.trace), chars: frame.content.length };
    this.#o.log.info({ ...fields, ...(this.#o.logContent ? { content: frame.content } : {}) }, "steer requested");
    void this.#o.engine.steerTurn(session.threadId!, turnId, checked.input, clientMessageId, trace ?? turn.trace).then(
      () => {
        if (session.turn === turn) turn.lastEventAtMs = this.#o.now();
        this.#o.log.info(fields, "turn steered");
      },
      (error: unknown) => {
        turn.steers.delete(clientMessageId);
        const code = engineFailureCode(error);
        this.#o.log[code === undefined ? "error" : "info"]({ ...fields, err: code === undefined && error instanceof Error ? error.stack : messageOf(error) }, "steer refused");
        if (code === "rpc_error") return this.#error(session, problem("turn_not_steerable", "refused", { turnId, reason: messageOf(error) }), reply);
        if (code === "timeout") return this.#error(session, problem("engine_unavailable", "startTimeout", { reason: messageOf(error) }), reply);
        if (code === undefined) return this.#error(session, problem("internal", "frame"), reply);
        this.#error(session, problem("engine_unavailable", "notReady"), reply);
      },
    );
  }

  /** Why a steering message cannot join `turnId` now, or undefined when it may. */
  #refusal(session: Session, turnId: string) {
    const turn = session.turn;
    if (turn.state !== "running" || turn.turnId !== turnId) {
      const which = turn.state === "running" ? `turn ${turn.turnId} is running` : turn.state === "starting" ? "a new turn is starting" : "no turn is running";
      return problem("turn_not_steerable", "notRunning", { turnId, which });
    }
    if (turn.stop !== undefined) return problem("turn_not_steerable", "stopping", { turnId });
    return undefined;
  }

  /**
   * The item as the client sees it: a steering message's own user message names that frame. When
   * it starts, the engine has cut the model's answer short (docs/engine-notes.md §1): the message
   * or reasoning that was streaming is completed now with what it had, never later.
   */
  itemOf(session: Session, turn: Extract<Session["turn"], { state: "running" }>, event: Extract<EngineEvent, { kind: "item" }>) {
    if (event.clientId === undefined || event.item.type !== "user_message" || !turn.steers.has(event.clientId)) return event.item;
    if (event.event === "started") {
      for (const [id, item] of turn.openItems) {
        if (item.type !== "agent_message" && item.type !== "reasoning") continue;
        turn.openItems.delete(id);
        turn.cut.add(id);
        session.outbox.emit(itemFrame(turn.turnId, "completed", closeItem(item)));
      }
    }
    const inReplyTo = turn.steers.get(event.clientId);
    if (event.event === "completed") turn.steers.delete(event.clientId);
    return inReplyTo === undefined ? event.item : { ...event.item, inReplyTo };
  }

  #error<C extends ErrorCode>(session: Session, found: Problem<C>, ...extra: ErrorExtra<C>): void {
    emitError(session, this.#o.observer?.errorSent, found, ...extra);
  }
}
