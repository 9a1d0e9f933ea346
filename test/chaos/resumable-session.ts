// A test client for one session that survives lost streams: it reconnects with
// `open_session{sessionId, lastSeq}`, answers the prompts the `session` frame still lists as
// pending, re-sends a `user_message` the server never answered, and checks the seq rules of the
// spec ("Sequence numbers and resume") on every frame it reads. Built on RawStream on purpose:
// it must not share code with the client library it could be used to test.
import type {
  ClientFrame,
  CommandPromptFrame,
  Decision,
  ErrorCode,
  ServerFrame,
  SessionFrame,
  StatusFrame,
  TerminateFrame,
} from "../../generated/types.js";
import { checkServerFrame } from "../../src/protocol/index.js";
import { RawStream, type FramingName } from "../support/raw-stream.js";
import type { DroppableConnection } from "./connection.js";
import { isHistory } from "../support/history-frames.js";

export type HistoryFrame = Exclude<ServerFrame, { type: "session" | "heartbeat" | "terminate" }>;

export interface ResumableSessionOptions {
  url: string;
  sessionId: string;
  framing: FramingName;
  connection: DroppableConnection;
  /** The answer to a prompt; called once per prompt, `turn` is the client's turn number. */
  decide(prompt: CommandPromptFrame, turn: number | undefined): Decision;
  /** Pause before reconnecting after a lost stream. */
  reconnectDelayMs(): number;
  /** Resolves once the engine can take a turn (after `engine_unavailable`). */
  engineReady(): Promise<void>;
  /** No wait of this client goes past this time (ms since the epoch). */
  deadline: number;
}

/** One HTTP/2 stream of the session, as this client read it. */
interface StreamRecord {
  gen: number;
  raw: RawStream;
  /** The lastSeq sent in open_session; undefined on a first stream opened without it. */
  requestedLastSeq: number | undefined;
  sessionFrame: SessionFrame | undefined;
  /** Frames up to this seq are replayed (sent before this stream existed). */
  replayUntil: number;
  caughtUp: boolean;
  /** Prompts the session frame listed as still waiting. */
  pending: Set<string>;
  /** Seq of the last frame read on this stream. */
  positionSeq: number;
  terminate: TerminateFrame | undefined;
}

export interface ClientTurn {
  /** The client's turn number (1-based). */
  index: number;
  content: string;
  /** Ids of the user_message frames sent for it (a lost or refused one is sent again). */
  attemptIds: string[];
  turnId: string | undefined;
  end: StatusFrame | undefined;
  cancelSent: boolean;
  resendScheduled: boolean;
  /** A refusal the client does not retry (anything but engine_unavailable, overloaded, turn_in_progress). */
  refusedWith: ErrorCode | undefined;
}

export interface PromptRecord {
  frame: CommandPromptFrame;
  turn: number | undefined;
  decision: Decision;
  /** approve frames sent for it (more than one when a stream died before the answer was known to arrive). */
  answers: number;
}

type AttemptOutcome = { kind: "started"; turnId: string } | { kind: "error"; code: ErrorCode };

const REFUSALS_TO_RETRY: ReadonlySet<ErrorCode> = new Set(["engine_unavailable", "overloaded", "turn_in_progress"]);

export class ResumableSession {
  readonly id: string;
  /** Every history frame read, across all streams, in arrival order. */
  readonly history: HistoryFrame[] = [];
  readonly violations: string[] = [];
  readonly turns: ClientTurn[] = [];
  readonly prompts = new Map<string, PromptRecord>();
  /** Turns the server reported, by turnId: their `started` and every terminal status. */
  readonly serverTurns = new Map<string, { started: StatusFrame; terminals: StatusFrame[] }>();
  readonly terminateReasons: string[] = [];
  lastSeq = 0;
  streamsOpened = 0;
  /** Prompts answered because a session frame listed them as pending after a reconnect. */
  answeredOnResume = 0;
  /** user_messages sent again: lost with a stream, or refused (engine_unavailable, turn_in_progress). */
  resentMessages = 0;
  framesChecked = 0;
  /** A session frame reported `replay.lost > 0`. */
  lost = 0;
  private readonly attempts = new Map<string, { turn: number; gen: number; outcome: AttemptOutcome | undefined }>();
  private current: StreamRecord | undefined;
  private gen = 0;
  private closing = false;
  private turn: ClientTurn | undefined;
  private waiters: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private heartbeats = 0;
  private pumps: Promise<void>[] = [];

  constructor(private readonly o: ResumableSessionOptions) {
    this.id = o.sessionId;
  }

  /** Opens the first stream with an explicit open_session (otherwise the first user_message opens it). */
  openSession(): void {
    this.openStream({ type: "open_session", id: "open-1", sessionId: this.id }, undefined);
  }

  /** Runs one turn to its terminal status; `cancelAfterMs` sends a cancel that long after it started. */
  async runTurn(index: number, content: string, cancelAfterMs?: number): Promise<StatusFrame> {
    const turn: ClientTurn = { index, content, attemptIds: [], turnId: undefined, end: undefined, cancelSent: false, resendScheduled: false, refusedWith: undefined };
    this.turns.push(turn);
    this.turn = turn;
    this.sendAttempt(turn);
    await this.until(() => turn.turnId !== undefined || turn.end !== undefined || turn.refusedWith !== undefined, `turn ${index} to start`);
    if (turn.refusedWith !== undefined) throw new Error(`session ${this.id}: user_message for turn ${index} refused with ${turn.refusedWith}`);
    if (cancelAfterMs !== undefined) {
      this.later(cancelAfterMs, () => {
        if (turn.end !== undefined || turn.turnId === undefined) return;
        turn.cancelSent = true;
        this.send({ type: "cancel", sessionId: this.id, turnId: turn.turnId });
      });
    }
    await this.until(() => turn.end !== undefined, `turn ${index} to end`);
    return turn.end!;
  }

  /** Cuts this session's stream alone (RST_STREAM CANCEL); the client reconnects. */
  resetStream(): boolean {
    const rec = this.current;
    if (rec === undefined || rec.raw.ended || this.closing) return false;
    rec.raw.stream.close(0x8 /* NGHTTP2_CANCEL */);
    return true;
  }

  /** Ends the request body and waits for the server's `terminate`; no reconnect after this. */
  async finish(): Promise<void> {
    this.closing = true;
    const rec = this.current;
    if (rec !== undefined && !rec.raw.ended) {
      rec.raw.endRequest();
      await this.until(() => rec.raw.ended, "the last stream to close", true).catch((error: unknown) => this.violation(String(error)));
    }
    await Promise.all(this.pumps);
    // Unless a drop cut it first, the stream ends with terminate (client_closed): no turn runs.
    if (rec?.terminate !== undefined && rec.terminate.reason !== "client_closed") this.violation(`last stream ended with terminate ${rec.terminate.reason}`);
  }

  /** Stops everything at once (test teardown). */
  abort(): void {
    this.closing = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.current?.raw.close();
    this.wake();
  }

  // ---------------------------------------------------------------- streams

  private openStream(first: ClientFrame, requestedLastSeq: number | undefined): void {
    const raw = RawStream.open(this.o.url, { framing: this.o.framing, session: this.o.connection.current() });
    const rec: StreamRecord = {
      gen: ++this.gen,
      raw,
      requestedLastSeq,
      sessionFrame: undefined,
      replayUntil: 0,
      caughtUp: false,
      pending: new Set(),
      positionSeq: 0,
      terminate: undefined,
    };
    this.current = rec;
    this.streamsOpened++;
    raw.send(first);
    this.pumps.push(this.pump(rec));
  }

  private reconnect(): void {
    if (this.closing) return;
    this.openStream({ type: "open_session", id: `open-${this.gen + 1}`, sessionId: this.id, lastSeq: this.lastSeq }, this.lastSeq);
    this.wake();
  }

  private async pump(rec: StreamRecord): Promise<void> {
    for (let i = 0; ; i++) {
      let frame: ServerFrame;
      try {
        frame = await rec.raw.next(() => true, Math.max(1, Math.min(30_000, this.o.deadline - Date.now())), i);
      } catch (error) {
        if (!rec.raw.ended && !this.closing) {
          this.violation(`stream ${rec.gen} went silent: ${String(error).slice(0, 300)}`);
          rec.raw.close();
        }
        break;
      }
      this.onFrame(rec, frame);
    }
    for (const problem of rec.raw.codecErrors) this.violation(`stream ${rec.gen}: undecodable server bytes: ${problem}`);
    if (rec.terminate !== undefined) this.terminateReasons.push(rec.terminate.reason);
    if (rec !== this.current || this.closing) return this.wake();
    this.later(this.o.reconnectDelayMs(), () => this.reconnect());
  }

  // ---------------------------------------------------------------- frames

  private onFrame(rec: StreamRecord, frame: ServerFrame): void {
    this.framesChecked++;
    const valid = checkServerFrame(frame);
    if (!valid.ok) this.violation(`stream ${rec.gen}: invalid server frame ${JSON.stringify(frame).slice(0, 200)}: ${valid.problem.message}`);
    if (rec.terminate !== undefined) this.violation(`stream ${rec.gen}: ${frame.type} after terminate`);
    if ("sessionId" in frame && frame.sessionId !== undefined && frame.sessionId !== this.id) {
      this.violation(`stream ${rec.gen}: frame of session ${frame.sessionId}`);
    }
    if (frame.type === "session") return this.onSessionFrame(rec, frame);
    if (rec.sessionFrame === undefined) this.violation(`stream ${rec.gen}: ${frame.type} before the session frame`);
    if (!isHistory(frame)) {
      // Control frames repeat the seq of the last history frame sent on the stream.
      if (frame.seq !== rec.positionSeq) this.violation(`stream ${rec.gen}: control ${frame.type} has seq ${frame.seq}, expected ${rec.positionSeq}`);
      if (frame.type === "terminate") rec.terminate = frame;
      if (frame.type === "heartbeat" && frame.inReplyTo === undefined && rec.caughtUp && !this.closing) {
        rec.raw.send({ type: "heartbeat", id: `hb-${++this.heartbeats}` });
      }
      if ((frame as ServerFrame).type === "error") this.violation(`stream ${rec.gen}: error before binding: ${JSON.stringify(frame).slice(0, 300)}`);
      return;
    }
    if (frame.seq !== rec.positionSeq + 1) this.violation(`stream ${rec.gen}: history seq ${frame.seq} after ${rec.positionSeq}`);
    rec.positionSeq = frame.seq;
    if (frame.seq <= this.lastSeq) {
      this.violation(`duplicate history frame seq ${frame.seq} (already saw up to ${this.lastSeq}) on stream ${rec.gen}`);
      return;
    }
    if (frame.seq !== this.lastSeq + 1) this.violation(`gap: history seq ${frame.seq} after ${this.lastSeq} on stream ${rec.gen}`);
    this.lastSeq = frame.seq;
    this.history.push(frame);
    this.onHistory(rec, frame, frame.seq > rec.replayUntil);
    if (!rec.caughtUp && frame.seq >= rec.replayUntil) this.catchUp(rec);
    this.wake();
  }

  private onSessionFrame(rec: StreamRecord, frame: SessionFrame): void {
    if (rec.sessionFrame !== undefined) this.violation(`stream ${rec.gen}: second session frame`);
    rec.sessionFrame = frame;
    const expectedSeq = rec.requestedLastSeq ?? this.lastSeq;
    if (frame.seq !== expectedSeq) this.violation(`stream ${rec.gen}: session frame seq ${frame.seq}, expected ${expectedSeq}`);
    rec.positionSeq = frame.seq;
    if (rec.requestedLastSeq !== undefined) {
      if (frame.replay === null) this.violation(`stream ${rec.gen}: open_session with lastSeq got replay null`);
      else {
        if (frame.replay.lost > 0) this.lost += frame.replay.lost;
        if (frame.replay.lost > 0) this.violation(`stream ${rec.gen}: replay lost ${frame.replay.lost} frames`);
        if (frame.replay.count > 0 && frame.replay.fromSeq !== rec.requestedLastSeq + 1) {
          this.violation(`stream ${rec.gen}: replay from ${frame.replay.fromSeq} after lastSeq ${rec.requestedLastSeq}`);
        }
        if (frame.replay.count !== (frame.replay.count === 0 ? 0 : frame.replay.toSeq - frame.replay.fromSeq + 1)) {
          this.violation(`stream ${rec.gen}: replay count ${frame.replay.count} does not match ${frame.replay.fromSeq}..${frame.replay.toSeq}`);
        }
      }
    }
    rec.replayUntil = frame.replay === null ? frame.seq : frame.replay.count === 0 ? frame.seq : frame.replay.toSeq;
    rec.pending = new Set(frame.turn?.pendingCommandIds ?? []);
    if (rec.replayUntil <= this.lastSeq) this.catchUp(rec);
    this.wake();
  }

  private onHistory(rec: StreamRecord, frame: HistoryFrame, live: boolean): void {
    switch (frame.type) {
      case "status":
        return frame.state === "started" ? this.onStarted(frame) : this.onTerminal(frame);
      case "command_prompt": {
        if (!this.prompts.has(frame.commandId)) {
          const turn = this.turnOf(frame.turnId);
          this.prompts.set(frame.commandId, { frame, turn, decision: this.o.decide(frame, turn), answers: 0 });
        }
        // A replayed prompt is answered only if the session frame says it still waits.
        if (live && rec === this.current) this.answer(frame.commandId);
        return;
      }
      case "error": {
        const attempt = frame.inReplyTo === undefined ? undefined : this.attempts.get(String(frame.inReplyTo));
        // Once refused, a message gets no second answer (found-bugs.e2e.test.ts: engine death while starting).
        if (attempt?.outcome?.kind === "error") this.violation(`user_message ${String(frame.inReplyTo)} answered twice: ${attempt.outcome.code}, then ${frame.code} (seq ${frame.seq})`);
        if (attempt !== undefined && attempt.outcome?.kind !== "started") attempt.outcome = { kind: "error", code: frame.code };
        this.drive();
        return;
      }
      case "item":
        return;
    }
  }

  private onStarted(frame: StatusFrame): void {
    if (this.serverTurns.has(frame.turnId)) this.violation(`turn ${frame.turnId} started twice`);
    this.serverTurns.set(frame.turnId, { started: frame, terminals: [] });
    const attempt = frame.inReplyTo === undefined ? undefined : this.attempts.get(String(frame.inReplyTo));
    if (attempt === undefined) return this.violation(`turn ${frame.turnId} started for no user_message of this client (inReplyTo ${String(frame.inReplyTo)})`);
    if (attempt.outcome?.kind === "error") {
      const refusal = this.history.find((f) => f.type === "error" && f.inReplyTo === frame.inReplyTo);
      this.violation(`user_message ${String(frame.inReplyTo)} was refused with ${attempt.outcome.code} (seq ${refusal?.seq}) and then started turn ${frame.turnId} (seq ${frame.seq})`);
    }
    attempt.outcome = { kind: "started", turnId: frame.turnId };
    const turn = this.turns.find((t) => t.index === attempt.turn);
    if (turn === undefined || turn.turnId !== undefined || turn.end !== undefined) {
      return this.violation(`turn ${frame.turnId} started for client turn ${attempt.turn}, which already ${turn?.end !== undefined ? "ended" : "started"}`);
    }
    turn.turnId = frame.turnId;
  }

  private onTerminal(frame: StatusFrame): void {
    const turn = this.serverTurns.get(frame.turnId);
    if (turn === undefined) return this.violation(`terminal status ${frame.state} for turn ${frame.turnId}, which never started`);
    turn.terminals.push(frame);
    if (turn.terminals.length > 1) this.violation(`turn ${frame.turnId} ended ${turn.terminals.length} times`);
    const mine = this.turns.find((t) => t.turnId === frame.turnId);
    if (mine !== undefined && mine.end === undefined) mine.end = frame;
  }

  /** The replay is read: answer what still waits, and re-send a user_message nobody answered. */
  private catchUp(rec: StreamRecord): void {
    rec.caughtUp = true;
    for (const commandId of rec.pending) {
      if (!this.prompts.has(commandId)) this.violation(`session frame lists pending prompt ${commandId}, whose command_prompt never arrived`);
      else {
        this.answeredOnResume++;
        this.answer(commandId);
      }
    }
    const turn = this.turn;
    if (turn !== undefined && turn.turnId === undefined && turn.end === undefined) {
      const last = this.attempts.get(turn.attemptIds.at(-1)!);
      // Sent on a stream that died, with no answer in the history: the server never read it, or
      // it is still starting (then the new one is refused with turn_in_progress, harmlessly).
      if (last !== undefined && last.outcome === undefined && last.gen !== rec.gen) this.sendAttempt(turn);
    }
    this.drive();
  }

  /** A refused user_message is sent again (after the engine is back, or after a short pause). */
  private drive(): void {
    const turn = this.turn;
    if (turn === undefined || turn.turnId !== undefined || turn.end !== undefined || turn.resendScheduled) return;
    const last = this.attempts.get(turn.attemptIds.at(-1)!);
    if (last?.outcome?.kind !== "error") return;
    const code = last.outcome.code;
    if (!REFUSALS_TO_RETRY.has(code)) {
      this.violation(`user_message for turn ${turn.index} refused with ${code}`);
      turn.refusedWith = code;
      return;
    }
    turn.resendScheduled = true;
    void (async () => {
      if (code === "engine_unavailable") await this.o.engineReady();
      await new Promise<void>((resolve) => this.later(code === "engine_unavailable" ? 0 : 150, resolve));
      turn.resendScheduled = false;
      if (turn.turnId === undefined && turn.end === undefined && this.turn === turn && !this.closing) this.sendAttempt(turn);
    })();
  }

  private sendAttempt(turn: ClientTurn): void {
    if (turn.attemptIds.length > 0) this.resentMessages++;
    const id = `${this.id}-t${turn.index}-a${turn.attemptIds.length + 1}`;
    turn.attemptIds.push(id);
    this.attempts.set(id, { turn: turn.index, gen: this.current === undefined ? this.gen + 1 : this.gen, outcome: undefined });
    this.send({ type: "user_message", id, sessionId: this.id, content: turn.content });
  }

  private answer(commandId: string): void {
    const prompt = this.prompts.get(commandId)!;
    prompt.answers++;
    this.send({ type: "approve", sessionId: this.id, commandId, decision: prompt.decision });
  }

  /** Sends on the current stream; a frame sent into a dead stream is lost, and catchUp redoes what matters. */
  private send(frame: ClientFrame): void {
    if (this.current === undefined) return this.openStream(frame, undefined);
    if (!this.current.raw.ended) this.current.raw.send(frame);
  }

  private turnOf(turnId: string): number | undefined {
    return this.turns.find((t) => t.turnId === turnId)?.index;
  }

  // ---------------------------------------------------------------- waiting

  private async until(condition: () => boolean, what: string, whileClosing = false): Promise<void> {
    while (!condition()) {
      const left = this.o.deadline - Date.now();
      if (left <= 0 || (this.closing && !whileClosing)) {
        throw new Error(`session ${this.id}: gave up waiting for ${what}; ${this.describe()}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
      this.wake();
    }, ms);
    this.timers.add(timer);
  }

  private violation(message: string): void {
    this.violations.push(`${this.id}: ${message}`);
  }

  describe(): string {
    const turn = this.turn;
    const tail = this.history.slice(-12).map((f) => `${f.seq}:${f.type}${f.type === "status" ? `(${f.state})` : f.type === "error" ? `(${f.code})` : ""}`);
    return `lastSeq ${this.lastSeq}, streams ${this.streamsOpened}, turn ${turn?.index} attempts ${JSON.stringify(turn?.attemptIds)} turnId ${turn?.turnId}, tail [${tail.join(" ")}]`;
  }
}

