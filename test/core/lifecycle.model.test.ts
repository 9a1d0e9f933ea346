// Model-based test of the session/turn/prompt lifecycle (docs/design.md: state machines are
// proven, not just exercised). fast-check runs random sequences of everything a client, the engine and the
// clock can do — open, resume from the last seq seen, detach, user_message, steering messages,
// approve, answer (a question: fitting, not fitting, declined, cancelled; on the session's
// stream), cancel (the current turn, a stale turn id, none; approve and cancel each on the
// session's stream or on a control stream that does not bind, even for a detached or unknown
// session), review, compact, fork_session (into the other session id), rollback, engine
// starts/refusals/items/usage/approvals/questions/ends/exit and its answers to history changes,
// time passing and the expiry sweep — against the real core and the fake engine, and after every step
// checks the core against a small model and these invariants:
// - every started turn has exactly one terminal status, after its start;
// - each session's history as the client saw it (live, then replayed on resume) is 1, 2, 3, …
//   with no gap and no duplicate: nothing is lost within the replay budget;
// - a session exists exactly when the model says: never expired while a stream or a turn holds
//   it, or before its TTL has passed since it became idle;
// - a cancel stops only the turn it names (a stale or early one changes nothing);
// - a steering message joins only the running turn it names, once (its user message item echoes
//   the frame's id); naming an ended, stale, other session's or no turn, or a turn the engine
//   will not steer, gets `turn_not_steerable` and changes nothing else;
// - every prompt (approval or question) is resolved exactly once, and answered at most once: a
//   question no longer pending was answered once or withdrawn by the engine, never both;
// - a control stream never creates, binds or takes over a session, and nothing it is told enters
//   the session's history;
// - a session's conversation holds every turn that started, less those a rollback removed; a
//   fork holds its parent's; no turn starts while a fork or rollback waits for the engine.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { AnswerFrame, Decision } from "../../generated/types.js";
import type { HistoryFrame } from "../../src/core/outbox.js";
import type { Session } from "../../src/core/session.js";
import { RecordingSink, startCore, useCoreClock, type CoreHarness } from "../support/core-harness.js";

const SESSIONS = ["a", "b"] as const;
type Sid = (typeof SESSIONS)[number];

const TTL_MS = 30_000;
const UNUSED_TTL_MS = 5_000;
const APPROVAL_TIMEOUT_MS = 10_000;

interface ModelSession {
  attached: boolean;
  ranTurn: boolean;
  detachedAt: number;
  idleSince: number;
  turn: "idle" | "starting" | "running" | "changing";
  /** What a starting turn waits for: a turn start (user_message, review) or the engine's history call (compact). */
  via: "turn" | "compact";
  /** Turns the conversation holds. */
  turns: number;
  /** A fork no client opened yet: the test has no handle on its Session (control frames skip it). */
  unopenedFork?: boolean;
  /** While changing: what the engine's answer will do. */
  change: { kind: "rollback"; count: number } | { kind: "fork"; into: Sid } | undefined;
  /** A cancel (or deny_and_stop) waiting for the turn to start. */
  stopWhenStarted: boolean;
  /** Pending prompt ids → their deadline. */
  prompts: Map<string, number>;
}

interface Model {
  now: number;
  sessions: Map<Sid, ModelSession>;
}

interface Real {
  h: CoreHarness;
  streams: Map<Sid, { session: Session; sink: RecordingSink }>;
  /**
   * Every history frame each client has seen of the session, in order, since `origin`: the seq
   * it started from (0, or where it took the session over without asking for a replay).
   */
  seen: Map<Sid, { origin: number; frames: HistoryFrame[] }>;
}

type Cmd = fc.AsyncCommand<Model, Real>;

function modelSession(model: Model): ModelSession {
  return { attached: true, ranTurn: false, detachedAt: model.now, idleSince: model.now, turn: "idle", via: "turn", turns: 0, change: undefined, stopWhenStarted: false, prompts: new Map() };
}

/** Frames a sink got since we last looked, appended to what the client has seen. */
function collect(real: Real, sid: Sid): void {
  const stream = real.streams.get(sid);
  if (stream === undefined) return;
  const seen = real.seen.get(sid)!;
  const lastSeq = seen.frames.at(-1)?.seq ?? seen.origin;
  for (const frame of stream.sink.frames) if (frame.seq > lastSeq) seen.frames.push(frame);
}

function ended(m: ModelSession, now: number): void {
  m.turn = "idle";
  m.idleSince = now;
  m.stopWhenStarted = false;
  m.change = undefined;
  m.prompts.clear();
}

/** A start the engine confirmed: the turn is in the conversation, and runs unless a cancel came first. */
function startedTurn(m: ModelSession, now: number): void {
  m.turns += 1;
  if (m.stopWhenStarted) ended(m, now);
  else m.turn = "running";
}

async function settle(real: Real): Promise<void> {
  await real.h.settle();
  for (const sid of SESSIONS) collect(real, sid);
}

const isQuestionId = (id: string) => id.startsWith("question-");

/** Checks the core against the model and the invariants above. */
function check(model: Model, real: Real): void {
  for (const approval of real.h.engine.approvals.values()) expect(approval.answers.length).toBeLessThanOrEqual(1);
  const pending = new Set([...model.sessions.values()].flatMap((m) => [...m.prompts.keys()]));
  for (const [id, question] of real.h.engine.questions) {
    const resolutions = question.answers.length + (question.withdrawn ? 1 : 0);
    expect(resolutions, `question ${id} resolutions`).toBe(pending.has(id) ? 0 : 1);
  }
  for (const sid of SESSIONS) {
    const m = model.sessions.get(sid);
    expect(real.h.core.hasSession(sid), `session ${sid} exists`).toBe(m !== undefined);
    // A fork no client opened yet has no stream to look through.
    if (m === undefined || !real.streams.has(sid)) continue;
    const session = real.streams.get(sid)!.session;
    expect(session.turn.state, `session ${sid} turn`).toBe(m.turn);
    expect(session.turnIds.length, `session ${sid} conversation`).toBe(m.turns);
    expect(new Set(session.prompts.ids()), `session ${sid} prompts`).toEqual(new Set(m.prompts.keys()));
    const { origin, frames: seen } = real.seen.get(sid)!;
    expect(
      seen.map((f) => f.seq),
      `session ${sid} history`,
    ).toEqual(seen.map((_, i) => origin + i + 1));
    const starts = new Map<string, number>();
    const terminals = new Map<string, number>();
    seen.forEach((f, i) => {
      if (f.type !== "status") return;
      const book = f.state === "started" ? starts : terminals;
      expect(book.has(f.turnId), `turn ${f.turnId} of ${sid}: a second ${f.state === "started" ? "start" : "terminal status"}`).toBe(false);
      book.set(f.turnId, i);
      // A turn started before this client's view began may end within it.
      if (f.state !== "started" && starts.has(f.turnId)) expect(starts.get(f.turnId), `turn ${f.turnId} ended before it started`).toBeLessThan(i);
    });
    if (m.attached && m.turn === "idle") {
      for (const turnId of starts.keys()) expect(terminals.has(turnId), `turn ${turnId} of ${sid} has no terminal status`).toBe(true);
    }
  }
}

// ---------------------------------------------------------------- client commands

class Open implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly resume: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const m = model.sessions.get(this.sid);
    const previous = real.streams.get(this.sid);
    const resuming = m !== undefined && this.resume;
    if (m === undefined || !real.seen.has(this.sid)) real.seen.set(this.sid, { origin: 0, frames: [] });
    const view = real.seen.get(this.sid)!;
    const lastSeq = resuming ? (view.frames.at(-1)?.seq ?? view.origin) : undefined;
    const sink = new RecordingSink();
    const outcome = await real.h.core.open({ sessionId: this.sid, lastSeq }, sink);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    if (previous !== undefined && m?.attached) expect(previous.sink.supersededCount).toBe(1);
    // Taken over without lastSeq: no replay was asked for, so this client's view starts now.
    if (m !== undefined && !resuming) real.seen.set(this.sid, { origin: sink.ack!.positionSeq, frames: [] });
    real.streams.set(this.sid, { session: outcome.session, sink });
    if (resuming) expect(sink.ack!.replay).toMatchObject({ fromSeq: lastSeq! + 1, lost: 0 });
    const next = m ?? modelSession(model);
    next.attached = true;
    next.unopenedFork = false;
    model.sessions.set(this.sid, next);
    await settle(real);
    check(model, real);
  }
  toString = () => `open(${this.sid}${this.resume ? ", resume" : ""})`;
}

class Detach implements Cmd {
  constructor(readonly sid: Sid) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const { session, sink } = real.streams.get(this.sid)!;
    collect(real, this.sid);
    real.h.core.detach(session, sink);
    const m = model.sessions.get(this.sid)!;
    m.attached = false;
    m.detachedAt = model.now;
    await settle(real);
    check(model, real);
  }
  toString = () => `detach(${this.sid})`;
}

class UserMessage implements Cmd {
  constructor(readonly sid: Sid) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const { session, sink } = real.streams.get(this.sid)!;
    const m = model.sessions.get(this.sid)!;
    const before = sink.frames.length;
    await real.h.core.userMessage(session, { type: "user_message", content: "hi" });
    if (m.turn === "idle") {
      m.turn = "starting";
      m.via = "turn";
      m.ranTurn = true;
    } else {
      expect(sink.frames.slice(before)).toEqual([expect.objectContaining({ type: "error", code: "turn_in_progress" })]);
    }
    await settle(real);
    check(model, real);
  }
  toString = () => `user_message(${this.sid})`;
}

class Steer implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly which: "current" | "unsteerable" | "ended" | "stale" | "other",
  ) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const { session, sink } = real.streams.get(this.sid)!;
    const m = model.sessions.get(this.sid)!;
    const { engine } = real.h;
    const current = session.turn.state === "running" ? session.turn.turnId : undefined;
    const other = real.streams.get(SESSIONS.find((s) => s !== this.sid)!)?.session.turn;
    const endedIds = real.seen.get(this.sid)!.frames.flatMap((f) => (f.type === "status" && f.state !== "started" ? [f.turnId] : []));
    const turnId =
      this.which === "current" || this.which === "unsteerable"
        ? (current ?? "turn-none")
        : this.which === "ended"
          ? (endedIds.at(-1) ?? "turn-stale")
          : this.which === "other"
            ? (other?.state === "running" ? other.turnId : "turn-stale")
            : "turn-stale";
    if (this.which === "unsteerable" && current !== undefined) engine.notSteerable.add(current);
    // A turn the engine will not steer (as a compaction turn) stays so for later steers too.
    const joins = m.turn === "running" && turnId === current && !engine.notSteerable.has(turnId);
    const steersBefore = engine.steers.length;
    const before = sink.frames.length;
    const id = `steer-${before}`;
    await real.h.core.userMessage(session, { type: "user_message", id, content: "also this", expectedTurnId: turnId });
    await settle(real);
    const added = sink.frames.slice(before);
    if (joins) {
      expect(engine.steers.slice(steersBefore)).toEqual([expect.objectContaining({ turnId, accepted: true })]);
      // First the answer it cut short, if one was streaming (completed now), then its own input.
      const shown = added.map((f) => (f.type === "item" && f.event !== "delta" ? [f.event, f.turnId, f.item.type, (f.item as { inReplyTo?: unknown }).inReplyTo] : [f.type]));
      expect(shown.slice(-2)).toEqual([
        ["started", turnId, "user_message", id],
        ["completed", turnId, "user_message", id],
      ]);
      for (const cut of shown.slice(0, -2)) expect(cut).toEqual(["completed", turnId, "agent_message", undefined]);
    } else {
      // Refused by the core (not this session's running turn) or by the engine (unsteerable).
      const reachedEngine = m.turn === "running" && turnId === current;
      expect(engine.steers.slice(steersBefore).map((c) => c.accepted)).toEqual(reachedEngine ? [false] : []);
      expect(added).toEqual([expect.objectContaining({ type: "error", code: "turn_not_steerable", inReplyTo: id, turnId })]);
    }
    check(model, real);
  }
  toString = () => `steer(${this.sid}, ${this.which})`;
}

type Via = "stream" | "control";

/** A control stream's frame for a session the model does not hold: no_session, nothing created. */
function controlForUnknown(real: Real, sid: Sid, frame: Parameters<CoreHarness["core"]["control"]>[1]): void {
  expect(real.h.core.control(sid, frame)).toMatchObject({ ok: false, code: "no_session" });
}

/** What a control stream must leave alone: the session's sink, its history, its stream. */
function untouchedBy(real: Real, sid: Sid): () => void {
  const stream = real.streams.get(sid)!;
  const { session, sink } = stream;
  const binding = session.sink;
  const superseded = sink.supersededCount;
  return () => {
    expect(session.sink, `control stream bound ${sid}`).toBe(binding);
    expect(sink.supersededCount, `control stream superseded ${sid}`).toBe(superseded);
  };
}

class Approve implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly pick: number,
    readonly decision: Decision,
    readonly via: Via,
  ) {}
  check = (model: Readonly<Model>) => (this.via === "control" && model.sessions.get(this.sid)?.unopenedFork !== true) || model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const m = model.sessions.get(this.sid);
    const known = [...real.h.engine.approvals.keys()];
    if (m === undefined) {
      controlForUnknown(real, this.sid, { type: "approve", commandId: known[this.pick % Math.max(1, known.length)] ?? "never-issued", decision: this.decision });
      return check(model, real);
    }
    const { session, sink } = real.streams.get(this.sid)!;
    const pending = [...m.prompts.keys()].filter((id) => !isQuestionId(id));
    // A pending prompt, an old one, or one never issued.
    const commandId = pending.length > 0 && this.pick % 3 !== 2 ? pending[this.pick % pending.length]! : (known[this.pick % Math.max(1, known.length)] ?? "never-issued");
    const before = sink.frames.length;
    const frame = { type: "approve", commandId, decision: this.decision } as const;
    if (this.via === "control") {
      const untouched = untouchedBy(real, this.sid);
      const outcome = real.h.core.control(this.sid, frame);
      expect(outcome.ok).toBe(m.prompts.has(commandId));
      if (!outcome.ok) expect(outcome.code).toMatch(/^command_(not_found|already_resolved)$/);
      // The refusal is the control stream's alone.
      expect(sink.frames.slice(before).filter((f) => f.type === "error")).toEqual([]);
      untouched();
    } else real.h.core.approve(session, frame);
    if (m.prompts.has(commandId)) {
      m.prompts.delete(commandId);
      expect(real.h.engine.approvals.get(commandId)!.answers).toEqual([this.decision]);
      if (this.decision === "deny_and_stop") {
        // The engine ends the turn interrupted (the fake does so in a microtask).
        await settle(real);
        ended(m, model.now);
      }
    } else if (this.via === "stream") {
      expect(sink.frames.slice(before)).toEqual([expect.objectContaining({ type: "error", code: expect.stringMatching(/^command_(not_found|already_resolved)$/) })]);
    }
    await settle(real);
    check(model, real);
  }
  toString = () => `approve(${this.sid}, #${this.pick}, ${this.decision}, ${this.via})`;
}

type AnswerKind = "fits" | "misfit" | "decline" | "cancel";

class Answer implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly pick: number,
    readonly kind: AnswerKind,
  ) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const { session, sink } = real.streams.get(this.sid)!;
    const m = model.sessions.get(this.sid)!;
    const pending = [...m.prompts.keys()].filter(isQuestionId);
    const known = [...real.h.engine.questions.keys(), ...real.h.engine.approvals.keys()];
    // A pending question, an old one, an approval, or one never issued.
    const promptId = pending.length > 0 && this.pick % 3 !== 2 ? pending[this.pick % pending.length]! : (known[this.pick % Math.max(1, known.length)] ?? "never-issued");
    const question = real.h.engine.questions.get(promptId);
    const frame: AnswerFrame = { type: "answer", promptId };
    if (this.kind === "decline" || this.kind === "cancel") frame.action = this.kind;
    else if (question?.request.kind === "form") frame.content = this.kind === "fits" ? { project: "web" } : { project: "mobile" };
    else frame.answers = this.kind === "fits" ? { colour: ["Red"], name: ["Ada"] } : { colour: ["Green"], name: ["Ada"] };
    const before = sink.frames.length;
    real.h.core.answer(session, frame);
    const sent = () => sink.frames.slice(before);
    if (!m.prompts.has(promptId) || !isQuestionId(promptId)) {
      // An approval is not answered by `answer`, pending or not.
      expect(sent()).toEqual([expect.objectContaining({ type: "error", code: expect.stringMatching(/^question_(not_found|already_resolved)$/) })]);
    } else if (this.kind === "misfit") {
      expect(sent()).toEqual([expect.objectContaining({ type: "error", code: "invalid_answer", promptId })]);
    } else if (this.kind === "cancel") {
      // The turn is stopped; the fake engine withdraws the question with the interrupt.
      await settle(real);
      ended(m, model.now);
    } else {
      m.prompts.delete(promptId);
      expect(question!.answers).toEqual([frame.action === undefined ? { action: "accept", ...(frame.content ? { content: frame.content } : { answers: frame.answers }) } : { action: "decline" }]);
    }
    await settle(real);
    check(model, real);
  }
  toString = () => `answer(${this.sid}, #${this.pick}, ${this.kind})`;
}

class Cancel implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly which: "current" | "stale" | "none",
    readonly via: Via,
  ) {}
  check = (model: Readonly<Model>) => (this.via === "control" && model.sessions.get(this.sid)?.unopenedFork !== true) || model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const m = model.sessions.get(this.sid);
    if (m === undefined) {
      controlForUnknown(real, this.sid, { type: "cancel" });
      return check(model, real);
    }
    const { session } = real.streams.get(this.sid)!;
    const interruptsBefore = real.h.engine.interrupts.length;
    const current = session.turn.state === "running" ? session.turn.turnId : undefined;
    const turnId = this.which === "none" ? undefined : this.which === "current" ? current : "turn-stale";
    const frame = { type: "cancel", ...(turnId === undefined ? {} : { turnId }) } as const;
    // Only a cancel without an id, or naming the running turn, stops anything.
    const stops = m.turn === "running" ? turnId === undefined || turnId === current : m.turn === "starting" && turnId === undefined;
    if (this.via === "control") {
      const untouched = untouchedBy(real, this.sid);
      // Acknowledged whether or not it stopped anything.
      expect(real.h.core.control(this.sid, frame)).toEqual({ ok: true, sessionId: this.sid });
      untouched();
      if (!stops) expect(real.h.engine.interrupts.length).toBe(interruptsBefore);
    } else expect(real.h.core.cancel(session, frame)).toBe(stops);
    if (!stops) expect(real.h.engine.interrupts.length).toBe(interruptsBefore);
    if (stops && m.turn === "running") {
      await settle(real);
      ended(m, model.now);
    } else if (stops) m.stopWhenStarted = true;
    await settle(real);
    check(model, real);
  }
  toString = () => `cancel(${this.sid}, ${this.which}, ${this.via})`;
}

/** A review, or a compaction (which needs a thread: only once a turn ran). */
class StartSpecial implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly what: "review" | "compact",
  ) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.attached === true && (this.what === "review" || model.sessions.get(this.sid)!.turns > 0);
  async run(model: Model, real: Real): Promise<void> {
    const { session, sink } = real.streams.get(this.sid)!;
    const m = model.sessions.get(this.sid)!;
    const before = sink.frames.length;
    if (this.what === "review") await real.h.core.review(session, { type: "review", target: { type: "uncommitted_changes" } });
    else await real.h.core.compact(session, { type: "compact" });
    if (m.turn === "idle") {
      m.turn = "starting";
      m.via = this.what === "review" ? "turn" : "compact";
      m.ranTurn = true;
    } else {
      expect(sink.frames.slice(before)).toEqual([expect.objectContaining({ type: "error", code: "turn_in_progress" })]);
    }
    await settle(real);
    check(model, real);
  }
  toString = () => `${this.what}(${this.sid})`;
}

/** fork_session into the other session id (refused while that one exists), or rollback of the last `count` turns. */
class ChangeHistory implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly what: "fork" | "rollback",
    readonly count: number,
  ) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.attached === true;
  async run(model: Model, real: Real): Promise<void> {
    const { session, sink } = real.streams.get(this.sid)!;
    const m = model.sessions.get(this.sid)!;
    const into = SESSIONS.find((other) => other !== this.sid)!;
    const before = sink.frames.length;
    if (this.what === "fork") await real.h.core.forkSession(session, { type: "fork_session", newSessionId: into });
    else await real.h.core.rollback(session, { type: "rollback", turns: this.count });
    await settle(real);
    const expected =
      m.turn !== "idle"
        ? "turn_in_progress"
        : m.turns === 0 || (this.what === "rollback" && this.count > m.turns)
          ? "turn_not_found"
          : this.what === "fork" && model.sessions.has(into)
            ? "session_exists"
            : undefined;
    if (expected !== undefined) {
      expect(sink.frames.slice(before)).toEqual([expect.objectContaining({ type: "error", code: expected })]);
    } else {
      expect(sink.frames.slice(before)).toEqual([]);
      m.turn = "changing";
      m.change = this.what === "fork" ? { kind: "fork", into } : { kind: "rollback", count: this.count };
    }
    check(model, real);
  }
  toString = () => `${this.what}(${this.sid}${this.what === "rollback" ? `, ${this.count}` : ""})`;
}

// ---------------------------------------------------------------- engine commands

/** The engine answers every pending thread and turn start. */
class EngineStarts implements Cmd {
  check = (model: Readonly<Model>) => [...model.sessions.values()].some((m) => m.turn === "starting");
  async run(model: Model, real: Real): Promise<void> {
    const { engine } = real.h;
    while (engine.pendingThreads.length > 0 || engine.pendingTurns.length > 0) {
      for (const call of engine.pendingThreads.splice(0)) call.resolve({ threadId: "" });
      await settle(real);
      for (const call of engine.pendingTurns.splice(0)) call.resolve({ turnId: "" });
      await settle(real);
    }
    for (const m of model.sessions.values()) if (m.turn === "starting" && m.via === "turn") startedTurn(m, model.now);
    check(model, real);
  }
  toString = () => "engine starts";
}

/** The engine refuses (or times out on) every pending start. */
class EngineRefusesStarts implements Cmd {
  constructor(readonly code: "rpc_error" | "timeout") {}
  check = (model: Readonly<Model>) => [...model.sessions.values()].some((m) => m.turn === "starting" && m.via === "turn");
  async run(model: Model, real: Real): Promise<void> {
    const { engine } = real.h;
    // A start that reached the thread stage but not the turn one is refused at either.
    while (engine.pendingThreads.length > 0 || engine.pendingTurns.length > 0) {
      for (const call of engine.pendingThreads.splice(0)) call.fail(this.code);
      for (const call of engine.pendingTurns.splice(0)) call.fail(this.code);
      await settle(real);
    }
    for (const m of model.sessions.values()) if (m.turn === "starting" && m.via === "turn") ended(m, model.now);
    check(model, real);
  }
  toString = () => `engine refuses starts (${this.code})`;
}

/** The engine answers (or refuses) every pending compaction, fork and rollback. */
class EngineHistory implements Cmd {
  constructor(readonly ok: boolean) {}
  check = (model: Readonly<Model>) => [...model.sessions.values()].some((m) => m.turn === "changing" || (m.turn === "starting" && m.via === "compact"));
  async run(model: Model, real: Real): Promise<void> {
    for (const call of real.h.engine.pendingHistory.splice(0)) {
      if (this.ok) call.resolve();
      else call.fail("rpc_error");
    }
    await settle(real);
    for (const m of [...model.sessions.values()]) {
      if (m.turn === "starting" && m.via === "compact") {
        if (this.ok) startedTurn(m, model.now);
        else ended(m, model.now);
      } else if (m.turn === "changing") {
        const change = m.change!;
        if (this.ok && change.kind === "rollback") m.turns -= change.count;
        // A client may have opened a session of that id meanwhile: then the fork is refused (session_exists).
        if (this.ok && change.kind === "fork" && !model.sessions.has(change.into)) {
          // A new session, detached, holding the whole conversation (the fork is through the last turn).
          model.sessions.set(change.into, { ...modelSession(model), attached: false, ranTurn: true, turns: m.turns, unopenedFork: true });
          real.streams.delete(change.into);
          real.seen.delete(change.into);
        }
        ended(m, model.now);
      }
    }
    check(model, real);
  }
  toString = () => `engine ${this.ok ? "answers" : "refuses"} history changes`;
}

/** Something happens in a session's running turn: output, a prompt, or its end. */
class EngineTurnEvent implements Cmd {
  constructor(
    readonly sid: Sid,
    readonly what: "item" | "usage" | "approval" | "question" | "form" | "completed" | "failed",
  ) {}
  check = (model: Readonly<Model>) => model.sessions.get(this.sid)?.turn === "running";
  async run(model: Model, real: Real): Promise<void> {
    const { session } = real.streams.get(this.sid)!;
    const m = model.sessions.get(this.sid)!;
    if (session.turn.state !== "running") throw new Error("model and core disagree");
    const { engine } = real.h;
    const threadId = session.threadId!;
    const turnId = session.turn.turnId;
    switch (this.what) {
      case "item":
        engine.item(threadId, turnId, "started", { type: "agent_message", id: `msg-${turnId}`, text: "" });
        engine.delta(threadId, turnId, `msg-${turnId}`, "partial");
        break;
      case "usage": {
        const last = { inputTokens: 10, cachedInputTokens: 0, outputTokens: 2, reasoningOutputTokens: 0, totalTokens: 12 };
        const before = real.streams.get(this.sid)!.sink.frames.length;
        engine.emit({ kind: "usage", threadId, turnId, last, total: last, contextWindow: 1000 });
        // A detached session's frames go to its history only (the next resume replays them).
        const expected = m.attached ? [expect.objectContaining({ type: "usage", turnId, last, contextWindow: 1000 })] : [];
        expect(real.streams.get(this.sid)!.sink.frames.slice(before)).toEqual(expected);
        break;
      }
      case "approval":
        m.prompts.set(engine.approval(threadId, turnId), model.now + APPROVAL_TIMEOUT_MS);
        break;
      case "question":
      case "form":
        m.prompts.set(engine.question(threadId, turnId, this.what === "form" ? "form" : "questions"), model.now + APPROVAL_TIMEOUT_MS);
        break;
      case "completed":
        engine.endTurn(threadId, turnId, { status: "completed", finalMessage: "done" });
        ended(m, model.now);
        break;
      case "failed":
        engine.endTurn(threadId, turnId, { status: "failed", reason: "model_error", message: "boom", retryable: true });
        ended(m, model.now);
        break;
    }
    await settle(real);
    check(model, real);
  }
  toString = () => `engine ${this.what} (${this.sid})`;
}

class EngineExit implements Cmd {
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    real.h.engine.exit();
    await settle(real);
    for (const m of model.sessions.values()) if (m.turn !== "idle") ended(m, model.now);
    check(model, real);
  }
  toString = () => "engine exits";
}

/** Time passes: prompts past their deadline are denied; then the expiry sweep runs. */
class Advance implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    await vi.advanceTimersByTimeAsync(this.ms);
    model.now += this.ms;
    for (const m of model.sessions.values()) {
      for (const [id, deadline] of m.prompts) {
        if (deadline > model.now) continue;
        m.prompts.delete(id);
        if (isQuestionId(id)) expect(real.h.engine.questions.get(id)!.answers).toEqual([{ action: "decline" }]);
        else expect(real.h.engine.approvals.get(id)!.answers).toEqual(["deny"]);
      }
    }
    real.h.core.sweep();
    for (const [sid, m] of model.sessions) {
      const expiresAt = Math.max(m.detachedAt, m.idleSince) + (m.ranTurn ? TTL_MS : UNUSED_TTL_MS);
      if (!m.attached && m.turn === "idle" && model.now >= expiresAt) {
        model.sessions.delete(sid);
        real.streams.delete(sid);
      }
    }
    await settle(real);
    check(model, real);
  }
  toString = () => `advance ${this.ms} ms`;
}

const sid = fc.constantFrom(...SESSIONS);
const via = fc.constantFrom<Via>("stream", "control");
const commands = [
  fc.tuple(sid, fc.boolean()).map(([s, resume]) => new Open(s, resume)),
  sid.map((s) => new Detach(s)),
  sid.map((s) => new UserMessage(s)),
  fc.tuple(sid, fc.nat(5), fc.constantFrom<Decision>("allow", "allow_for_session", "deny", "deny_and_stop"), via).map(([s, pick, d, v]) => new Approve(s, pick, d, v)),
  fc.tuple(sid, fc.nat(5), fc.constantFrom<AnswerKind>("fits", "misfit", "decline", "cancel")).map(([s, pick, kind]) => new Answer(s, pick, kind)),
  fc.tuple(sid, fc.constantFrom("current", "stale", "none") as fc.Arbitrary<"current" | "stale" | "none">, via).map(([s, w, v]) => new Cancel(s, w, v)),
  fc.tuple(sid, fc.constantFrom("review", "compact") as fc.Arbitrary<"review" | "compact">).map(([s, w]) => new StartSpecial(s, w)),
  fc.tuple(sid, fc.constantFrom("fork", "rollback") as fc.Arbitrary<"fork" | "rollback">, fc.integer({ min: 1, max: 3 })).map(([s, w, n]) => new ChangeHistory(s, w, n)),
  fc.boolean().map((ok) => new EngineHistory(ok)),
  fc.constant(new EngineStarts()),
  fc.constantFrom<"rpc_error" | "timeout">("rpc_error", "timeout").map((code) => new EngineRefusesStarts(code)),
  fc
    .tuple(sid, fc.constantFrom("item", "usage", "approval", "question", "form", "completed", "failed") as fc.Arbitrary<EngineTurnEvent["what"]>)
    .map(([s, w]) => new EngineTurnEvent(s, w)),
  fc
    .tuple(sid, fc.constantFrom("current", "unsteerable", "ended", "stale", "other") as fc.Arbitrary<"current" | "unsteerable" | "ended" | "stale" | "other">)
    .map(([s, w]) => new Steer(s, w)),
  fc.constant(new EngineExit()),
  fc.constantFrom(500, 2_000, 5_000, 12_000, 31_000).map((ms) => new Advance(ms)),
];

describe("session, turn and prompt lifecycle (model-based)", () => {
  const harnesses: CoreHarness[] = [];
  useCoreClock(() => harnesses.splice(0));

  it("keeps every invariant over random sequences of client, engine and clock steps", async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: "max" }), async (cmds) => {
        const h = startCore({
          sessionTtlMs: TTL_MS,
          unusedSessionTtlMs: UNUSED_TTL_MS,
          approvalTimeoutMs: APPROVAL_TIMEOUT_MS,
          // The watchdog and the interrupt deadline have their own tests; here the engine answers.
          turnIdleTimeoutMs: 1e9,
        });
        harnesses.push(h);
        h.engine.mode = "manual";
        const real: Real = { h, streams: new Map(), seen: new Map() };
        await fc.asyncModelRun(() => ({ model: { now: Date.now(), sessions: new Map() }, real }), cmds);
        // Shutdown waits on timers (the fake clock): let them run.
        const shutdown = h.core.shutdown(0);
        await vi.advanceTimersByTimeAsync(10_000);
        await shutdown;
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 1000) },
    );
  });
});
