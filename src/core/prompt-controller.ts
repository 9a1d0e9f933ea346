// A session's prompts: the engine's approval requests (`command_prompt`) and questions
// (`question_prompt`), and the client's answers to them (`approve`, `answer`), from the session's
// stream or a control stream. The rules:
// - a prompt is resolved exactly once: answered, timed out (an approval denied, a question
//   declined), withdrawn by the engine, or with its turn (resolveAll); prompt-book.ts keeps the
//   one deadline per prompt and clears it on that one resolve;
// - fail closed: past `maxPendingApprovals` pending prompts a new one is refused at once
//   (`overloaded`), denied or declined, never left waiting unseen;
// - an approval's decision must be one the prompt offered; an answer must fit its questions or
//   form (answer-check.ts), and one that does not leaves the question pending (`invalid_answer`);
// - `deny_and_stop`, and an answer that cancels, stop the turn (the turn controller does);
// - an answer is the user's words: logged only with logContent, an answer to a secret question never.
import type { AnswerFrame, ApproveFrame, ErrorCode } from "../../generated/types.js";
import { traceFields } from "../protocol/trace-context.js";
import { checkAnswer } from "./answer-check.js";
import { isQuestion, type ApprovalRequest, type QuestionRequest } from "./engine-port.js";
import { emitError, OVERLOADED_RETRY_AFTER_MS, problem, type ErrorExtra, type Problem } from "./error-frames.js";
import { promptFrame, questionFrame } from "./items.js";
import type { Logger } from "./logger.js";
import { runningTrace, type Session, type StopReason } from "./session.js";

export interface PromptOptions {
  approvalTimeoutMs: number;
  maxPendingApprovals: number;
  log: Logger;
  /** Log answers (off by default: they may hold secrets). */
  logContent: boolean;
  observer?: { errorSent?(code: ErrorCode): void };
  now(): number;
  /** Stops the session's running turn (the turn controller's stop). */
  stopTurn(session: Session, reason: StopReason): void;
}

export class PromptController {
  readonly #o: PromptOptions;

  constructor(options: PromptOptions) {
    this.#o = options;
  }

  /** An approve on the session's stream: a refusal goes into the session's history. */
  approve(session: Session, frame: ApproveFrame): void {
    const refused = this.decide(session, frame);
    if (refused !== undefined) this.#error(session, refused, { inReplyTo: frame.id, frameType: "approve", commandId: frame.commandId });
  }

  /** Answers a command prompt of the session; returns why not when it cannot (the caller tells the client). */
  decide(session: Session, frame: ApproveFrame): Problem | undefined {
    const prompt = session.prompts.get(frame.commandId);
    if (prompt === undefined || isQuestion(prompt.request)) {
      return session.prompts.wasResolved(frame.commandId)
        ? problem("command_already_resolved", "resolved", { commandId: frame.commandId })
        : problem("command_not_found", "unknown", { commandId: frame.commandId, sessionId: session.id });
    }
    const request = prompt.request;
    if (!request.decisions.includes(frame.decision)) {
      const offered = request.decisions.join(", ");
      return problem("decision_not_offered", "notOffered", { decision: frame.decision, commandId: frame.commandId, offered });
    }
    session.prompts.resolve(frame.commandId);
    if (session.turn.state === "running") {
      // The engine resumes from here: its quiet time counts from the answer.
      session.turn.lastEventAtMs = this.#o.now();
      if (frame.decision === "deny_and_stop") session.turn.stop = "denied";
    }
    this.#o.log.info({ sessionId: session.id, turnId: prompt.turnId, ...traceFields(runningTrace(session)), commandId: frame.commandId, decision: frame.decision }, "prompt answered");
    request.respond(frame.decision, frame.explanation);
    return undefined;
  }

  /** An answer on the session's stream: a refusal goes into the session's history. */
  answer(session: Session, frame: AnswerFrame): void {
    const refused = this.answerQuestion(session, frame);
    if (refused !== undefined) this.#error(session, refused, { inReplyTo: frame.id, frameType: "answer", promptId: frame.promptId });
  }

  /** Answers a question_prompt; returns why not when it cannot (an answer that does not fit leaves it pending). */
  answerQuestion(session: Session, frame: AnswerFrame): Problem | undefined {
    const prompt = session.prompts.get(frame.promptId);
    if (prompt === undefined || !isQuestion(prompt.request)) {
      return session.prompts.wasResolved(frame.promptId) && prompt === undefined
        ? problem("question_already_resolved", "resolved", { promptId: frame.promptId })
        : problem("question_not_found", "unknown", { promptId: frame.promptId, sessionId: session.id });
    }
    const request = prompt.request;
    const checked = checkAnswer(request, frame);
    if (!checked.ok) return problem("invalid_answer", "mismatch", { promptId: frame.promptId, kind: request.kind, detail: checked.detail });
    if (checked.answer.action === "cancel" && session.turn.state === "running") {
      this.#o.log.info({ sessionId: session.id, turnId: prompt.turnId, ...traceFields(runningTrace(session)), promptId: frame.promptId, action: "cancel" }, "question answered");
      // Neither the engine's question nor an MCP elicitation stops the turn: we do, and the stop
      // resolves this prompt with the others (declined once the interrupt is sent).
      this.#o.stopTurn(session, "denied");
      return undefined;
    }
    session.prompts.resolve(frame.promptId);
    if (session.turn.state === "running") session.turn.lastEventAtMs = this.#o.now();
    // Answers are the user's words: logged only with logContent, and never an answer to a secret question.
    const logged = this.#o.logContent && !(request.questions ?? []).some((q) => q.secret);
    this.#o.log.info(
      { sessionId: session.id, turnId: prompt.turnId, ...traceFields(runningTrace(session)), promptId: frame.promptId, action: checked.answer.action, ...(logged ? { answer: checked.answer } : {}) },
      "question answered",
    );
    request.respond(checked.answer);
    return undefined;
  }

  /** Sends an engine's approval request to the session as a `command_prompt`. */
  offer(session: Session, turnId: string, request: ApprovalRequest): void {
    if (session.prompts.size >= this.#o.maxPendingApprovals) {
      // Fail closed: a prompt nobody can see in time is a denied one.
      request.respond("deny");
      session.prompts.resolve(request.id);
      return this.#error(session, problem("overloaded", "pendingPrompts", { pending: session.prompts.size, commandId: request.id }), {
        turnId,
        commandId: request.id,
        retryAfterMs: OVERLOADED_RETRY_AFTER_MS,
      });
    }
    const timeoutMs = this.#o.approvalTimeoutMs;
    session.prompts.add(request, turnId, timeoutMs, (prompt) => {
      this.#o.log.warn({ sessionId: session.id, turnId: prompt.turnId, commandId: request.id }, "prompt timed out; denied");
      this.#error(session, problem("approval_timeout", "denied", { commandId: request.id, timeoutMs }), {
        commandId: request.id,
        turnId: prompt.turnId,
      });
      request.respond("deny");
    });
    this.#o.log.info({ sessionId: session.id, turnId, ...traceFields(runningTrace(session)), commandId: request.id, kind: request.kind }, "prompt sent");
    session.outbox.emit(promptFrame(request, turnId, timeoutMs, this.#o.now()));
  }

  /** Sends an engine's question (or an MCP server's elicitation) as a `question_prompt`. */
  ask(session: Session, turnId: string, request: QuestionRequest): void {
    if (session.prompts.size >= this.#o.maxPendingApprovals) {
      // Fail closed, as for approvals: a question nobody can see in time goes unanswered.
      request.respond({ action: "decline" });
      session.prompts.resolve(request.id);
      return this.#error(session, problem("overloaded", "pendingQuestions", { pending: session.prompts.size, promptId: request.id }), {
        turnId,
        promptId: request.id,
        retryAfterMs: OVERLOADED_RETRY_AFTER_MS,
      });
    }
    const timeoutMs = this.#o.approvalTimeoutMs;
    session.prompts.add(request, turnId, timeoutMs, (prompt) => {
      this.#o.log.warn({ sessionId: session.id, turnId: prompt.turnId, promptId: request.id }, "question timed out; declined");
      const outcome = request.kind === "questions" ? "the agent was told there is no answer" : "it was declined";
      this.#error(session, problem("question_timeout", "unanswered", { promptId: request.id, timeoutMs, outcome }), {
        promptId: request.id,
        turnId: prompt.turnId,
      });
      request.respond({ action: "decline" });
    });
    this.#o.log.info({ sessionId: session.id, turnId, promptId: request.id, kind: request.kind }, "question sent");
    session.outbox.emit(questionFrame(request, turnId, timeoutMs, this.#o.now()));
  }

  /**
   * Resolves every pending prompt of the session (its turn ended). Approvals are withdrawn by
   * the engine with the turn; questions are declined too, so that no MCP server waits on an
   * answer that will never come (a withdrawn request ignores it).
   */
  resolveAll(session: Session): void {
    for (const prompt of session.prompts.resolveAll()) {
      if (isQuestion(prompt.request)) prompt.request.respond({ action: "decline" });
    }
  }

  #error<C extends ErrorCode>(session: Session, found: Problem<C>, ...extra: ErrorExtra<C>): void {
    emitError(session, this.#o.observer?.errorSent, found, ...extra);
  }
}
