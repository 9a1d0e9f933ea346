// An EnginePort for fast, deterministic tests of the core: no process, no model. The test decides
// when a thread or turn start answers (at once, later, or never), and makes the engine's events
// happen (items, deltas, approvals, the end of a turn, an exit). It records what the core asked
// for, and every answer the core gave to an approval.
import type { Decision, Item } from "../../generated/types.js";
import type {
  ApprovalRequest,
  EngineEvent,
  EnginePort,
  QuestionAnswer,
  QuestionRequest,
  ReviewTarget,
  ThreadSettings,
  TraceContext,
  TurnEnd,
  TurnInput,
  TurnSettings,
} from "../../src/core/engine-port.js";

/** A call the core made that the test may answer later. */
export interface PendingCall<T> {
  resolve(value: T): void;
  /** Rejects with an Error whose `code` is a port failure code (engine-port.ts). */
  fail(code: "rpc_error" | "timeout" | "exited" | "unavailable", message?: string): void;
}

export interface TurnCall extends PendingCall<{ turnId: string }> {
  threadId: string;
  input: TurnInput[];
  settings: TurnSettings;
}

export interface FakeApproval {
  request: ApprovalRequest;
  /** Every decision the core gave (more than one would be a bug: respond is once-only). */
  answers: Decision[];
}

export interface FakeQuestion {
  request: QuestionRequest;
  /** Every answer the core gave (more than one would be a bug: respond is once-only). */
  answers: QuestionAnswer[];
  /** Withdrawn by an interrupt: later answers are ignored, as by the real engine. */
  withdrawn: boolean;
}

/** What a fake question asks, by kind. */
const QUESTION_VIEWS: Record<QuestionRequest["kind"], Omit<QuestionRequest, "id" | "respond">> = {
  questions: {
    kind: "questions",
    message: "",
    questions: [
      {
        id: "colour",
        header: "Colour",
        question: "Which colour?",
        options: [
          { label: "Red", description: "warm" },
          { label: "Blue", description: "cool" },
        ],
        allowOther: false,
        secret: false,
      },
      { id: "name", header: "Name", question: "What name?", options: [], allowOther: true, secret: true },
    ],
  },
  form: {
    kind: "form",
    serverName: "tickets",
    message: "Which project?",
    schema: {
      type: "object",
      properties: {
        project: { type: "string", enum: ["web", "api"] },
        priority: { type: "integer", minimum: 1, maximum: 5 },
        labels: { type: "array", items: { type: "string", enum: ["bug", "ui"] } },
        urgent: { type: "boolean" },
      },
      required: ["project"],
    },
  },
  url: { kind: "url", serverName: "login", message: "Sign in", url: "https://example.com/login" },
};

export class FakeEngine implements EnginePort {
  ready = true;
  /** `auto`: starts answer at once; `manual`: they wait in `pendingTurns` / `pendingThreads`. */
  mode: "auto" | "manual" = "auto";
  /** Whether an interrupt ends the turn (`turn_ended` interrupted) as the real engine does. */
  interruptEndsTurn = true;
  readonly pendingThreads: (PendingCall<{ threadId: string }> & { settings: ThreadSettings })[] = [];
  readonly pendingTurns: TurnCall[] = [];
  readonly turnStarts: { threadId: string; input: TurnInput[]; settings: TurnSettings }[] = [];
  readonly interrupts: { threadId: string; turnId: string; trace?: TraceContext }[] = [];
  /** Every steerTurn call, accepted or not. */
  readonly steers: { threadId: string; turnId: string; input: TurnInput[]; clientMessageId: string; trace?: TraceContext; accepted: boolean }[] = [];
  /** Trace contexts the core passed with thread and turn starts, in order. */
  readonly traces: { call: "startThread" | "startTurn"; trace?: TraceContext }[] = [];
  /** Turns the engine will not let be steered (as review and compaction turns: docs/engine-notes.md §1). */
  readonly notSteerable = new Set<string>();
  readonly closedThreads: string[] = [];
  readonly reviews: { threadId: string; target: ReviewTarget }[] = [];
  readonly compactions: string[] = [];
  readonly forks: { threadId: string; lastTurnId: string | undefined; settings: ThreadSettings; forkId: string }[] = [];
  readonly reverts: { threadId: string; beforeTurnId: string }[] = [];
  /** History calls (`manual` mode) waiting for the test: resolve or fail them. */
  readonly pendingHistory: (PendingCall<void> & { what: "fork" | "revert" | "compact" })[] = [];
  /** Calls of these kinds are refused by the engine (rpc_error). */
  readonly refuse = new Set<"review" | "compact" | "fork" | "revert">();
  /** Whether a compaction announces its turn (turn_started) as the real engine does. */
  compactionStartsTurn = true;
  readonly approvals = new Map<string, FakeApproval>();
  readonly questions = new Map<string, FakeQuestion>();
  /** Turns the engine runs now, by thread: what a turn/start would be steered into. */
  readonly activeTurn = new Map<string, string>();
  readonly #listeners = new Set<(event: EngineEvent) => void>();
  #threads = 0;
  #turns = 0;
  #approvals = 0;

  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  startThread(settings: ThreadSettings, trace?: TraceContext): Promise<{ threadId: string }> {
    this.traces.push({ call: "startThread", ...(trace === undefined ? {} : { trace }) });
    return new Promise((resolve, reject) => {
      const call = { settings, resolve: () => resolve({ threadId: `thread-${++this.#threads}` }), fail: failWith(reject) };
      if (this.mode === "auto") call.resolve();
      else this.pendingThreads.push({ ...call, resolve: () => call.resolve() });
    });
  }

  startTurn(threadId: string, input: TurnInput[], settings: TurnSettings, trace?: TraceContext): Promise<{ turnId: string }> {
    this.turnStarts.push({ threadId, input, settings });
    this.traces.push({ call: "startTurn", ...(trace === undefined ? {} : { trace }) });
    return new Promise((resolve, reject) => {
      const call: TurnCall = {
        threadId,
        input,
        settings,
        resolve: () => {
          // As the real engine: a start while a turn runs is steered into that turn.
          const turnId = this.activeTurn.get(threadId) ?? `turn-${++this.#turns}`;
          this.activeTurn.set(threadId, turnId);
          this.emit({ kind: "turn_started", threadId, turnId });
          resolve({ turnId });
        },
        fail: failWith(reject),
      };
      if (this.mode === "auto") call.resolve({ turnId: "" });
      else this.pendingTurns.push(call);
    });
  }

  /** A review starts as a turn does (`pendingTurns` in manual mode). */
  async startReview(threadId: string, target: ReviewTarget, settings: TurnSettings): Promise<{ turnId: string }> {
    this.reviews.push({ threadId, target });
    if (this.refuse.has("review")) throw engineError("rpc_error", "fake engine: review refused");
    return this.startTurn(threadId, [], settings);
  }

  async compactThread(threadId: string): Promise<void> {
    this.compactions.push(threadId);
    if (this.refuse.has("compact")) throw engineError("rpc_error", "fake engine: compaction refused");
    await this.#history("compact");
    if (!this.compactionStartsTurn) return;
    // As the real engine: answered with {}, then the compaction turn starts on its own.
    const turnId = `turn-${++this.#turns}`;
    this.activeTurn.set(threadId, turnId);
    queueMicrotask(() => this.emit({ kind: "turn_started", threadId, turnId }));
  }

  async forkThread(threadId: string, lastTurnId: string | undefined, settings: ThreadSettings): Promise<{ threadId: string }> {
    const forkId = `thread-${++this.#threads}`;
    this.forks.push({ threadId, lastTurnId, settings, forkId });
    if (this.refuse.has("fork")) throw engineError("rpc_error", "fake engine: fork refused");
    await this.#history("fork");
    return { threadId: forkId };
  }

  async revertThread(threadId: string, beforeTurnId: string): Promise<void> {
    this.reverts.push({ threadId, beforeTurnId });
    if (this.refuse.has("revert")) throw engineError("rpc_error", "fake engine: revert refused");
    await this.#history("revert");
  }

  #history(what: "fork" | "revert" | "compact"): Promise<void> {
    if (this.mode === "auto") return Promise.resolve();
    return new Promise((resolve, reject) => this.pendingHistory.push({ what, resolve, fail: failWith(reject) }));
  }

  /** As the real engine (docs/engine-notes.md §1): the input's user message item comes in that turn, with `clientId`. */
  async steerTurn(threadId: string, turnId: string, input: TurnInput[], clientMessageId: string, trace?: TraceContext): Promise<void> {
    const active = this.activeTurn.get(threadId);
    const accepted = active === turnId && !this.notSteerable.has(turnId);
    this.steers.push({ threadId, turnId, input, clientMessageId, ...(trace === undefined ? {} : { trace }), accepted });
    if (active === undefined) throw Object.assign(new Error("turn/steer: no active turn to steer"), { code: "rpc_error" });
    if (active !== turnId) throw Object.assign(new Error(`turn/steer: expected active turn id \`${turnId}\` but found \`${active}\``), { code: "rpc_error" });
    if (!accepted) throw Object.assign(new Error("turn/steer: cannot steer a review turn"), { code: "rpc_error" });
    const text = input.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
    const item: Item = { type: "user_message", id: `user-${clientMessageId}`, text };
    this.emit({ kind: "item", threadId, turnId, event: "started", item, clientId: clientMessageId });
    this.emit({ kind: "item", threadId, turnId, event: "completed", item, clientId: clientMessageId });
  }

  async interruptTurn(threadId: string, turnId: string, trace?: TraceContext): Promise<void> {
    this.interrupts.push({ threadId, turnId, ...(trace === undefined ? {} : { trace }) });
    if (this.activeTurn.get(threadId) !== turnId) return;
    // The engine withdraws the turn's pending approvals, then ends it.
    for (const [id, approval] of this.approvals) {
      if (approval.answers.length === 0 && this.#approvalTurn.get(id) === turnId) this.emit({ kind: "approval_withdrawn", threadId, requestId: id });
    }
    for (const [id, question] of this.questions) {
      if (question.answers.length > 0 || question.withdrawn || this.#approvalTurn.get(id) !== turnId) continue;
      // As the real engine: an answer to a withdrawn request is ignored.
      question.withdrawn = true;
      this.emit({ kind: "approval_withdrawn", threadId, requestId: id });
    }
    if (this.interruptEndsTurn) this.endTurn(threadId, turnId, { status: "interrupted" });
  }

  async closeThread(threadId: string): Promise<void> {
    this.closedThreads.push(threadId);
  }

  // ---------------------------------------------------------------- what the engine does

  emit(event: EngineEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }

  item(threadId: string, turnId: string, event: "started" | "completed", item: Item): void {
    this.emit({ kind: "item", threadId, turnId, event, item });
  }

  delta(threadId: string, turnId: string, itemId: string, delta: string): void {
    this.emit({ kind: "delta", threadId, turnId, itemId, itemType: "agent_message", field: "text", delta });
  }

  readonly #approvalTurn = new Map<string, string>();

  /** The engine asks to approve a command; returns its id. */
  approval(threadId: string, turnId: string): string {
    const id = `approval-${++this.#approvals}`;
    const answers: Decision[] = [];
    let answered = false;
    const request: ApprovalRequest = {
      id,
      kind: "command",
      itemId: `item-${id}`,
      command: ["/bin/bash", "-c", "true"],
      reason: "",
      decisions: ["allow", "allow_for_session", "deny", "deny_and_stop"],
      respond: (decision) => {
        if (answered) return;
        answered = true;
        answers.push(decision);
        // As the real engine's `cancel` answer (docs/engine-notes.md §2): the turn ends interrupted.
        if (decision === "deny_and_stop" && this.activeTurn.get(threadId) === turnId) queueMicrotask(() => this.endTurn(threadId, turnId, { status: "interrupted" }));
      },
    };
    this.approvals.set(id, { request, answers });
    this.#approvalTurn.set(id, turnId);
    this.emit({ kind: "approval_requested", threadId, turnId, request });
    return id;
  }

  /** The agent (kind `questions`) or an MCP server (`form`, `url`) asks the user; returns the prompt's id. */
  question(threadId: string, turnId: string, kind: QuestionRequest["kind"] = "questions"): string {
    const id = `question-${++this.#approvals}`;
    const answers: QuestionAnswer[] = [];
    let answered = false;
    const request: QuestionRequest = {
      id,
      ...structuredClone(QUESTION_VIEWS[kind]),
      ...(kind === "questions" ? { itemId: `item-${id}` } : {}),
      respond: (answer) => {
        if (answered || fake.withdrawn) return;
        answered = true;
        answers.push(answer);
      },
    };
    const fake: FakeQuestion = { request, answers, withdrawn: false };
    this.questions.set(id, fake);
    this.#approvalTurn.set(id, turnId);
    this.emit({ kind: "question_requested", threadId, turnId, request });
    return id;
  }

  endTurn(threadId: string, turnId: string, end: TurnEnd = { status: "completed", finalMessage: null }): void {
    if (this.activeTurn.get(threadId) === turnId) this.activeTurn.delete(threadId);
    this.emit({ kind: "turn_ended", threadId, turnId, end });
  }

  /** The engine process dies: every turn is gone; it is back (ready) at once unless `stayDown`. */
  exit(stayDown = false): void {
    this.ready = false;
    this.activeTurn.clear();
    for (const call of this.pendingTurns.splice(0)) call.fail("exited");
    for (const call of this.pendingThreads.splice(0)) call.fail("exited");
    for (const call of this.pendingHistory.splice(0)) call.fail("exited");
    this.emit({ kind: "engine_exited", description: "fake engine exited" });
    if (!stayDown) {
      this.ready = true;
      this.emit({ kind: "engine_ready" });
    }
  }
}

function engineError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function failWith(reject: (error: Error) => void) {
  return (code: string, message = `fake engine: ${code}`) => reject(Object.assign(new Error(message), { code }));
}
