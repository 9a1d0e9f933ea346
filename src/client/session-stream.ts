// One session as one uninterrupted stream: an async iterable of server frames, typed client frames
// out, run() for a whole turn. Underneath it is a chain of legs (one `POST /agent/stream` each):
// when a leg drops, the next is opened with `lastSeq` and the iterable carries on where it was
// (spec: "Sequence numbers and resume").
import { randomUUID } from "node:crypto";
import { PROTOCOL_VERSION, SERVER_FRAME_SCHEMAS } from "../../generated/protocol.js";
import type {
  AnswerFrame,
  ApproveFrame,
  ClientFrame,
  ClientFrameId,
  Decision,
  ForkSessionFrame,
  OpenSessionFrame,
  ReviewTarget,
  RolledBackFrame,
  ServerFrame,
  SessionForkedFrame,
  SessionFrame,
  UserMessageFrame,
} from "../../generated/types.js";
import { CodexApiError } from "./codex-api-error.js";
import type { ReaderStop } from "./frame-reader.js";
import { HistoryCursor, type FrameGap } from "./history-cursor.js";
import { LegLink } from "./leg-link.js";
import { retryWithBackoff } from "./reconnect-loop.js";
import { reconnectPolicyOf, reconnectWanted, type ReconnectPolicy } from "./reconnect-policy.js";
import type { ForkOptions, OpenSessionOptions, QuestionReply, RollbackOptions, RunOptions, SendMessageOptions, SteerOptions, TurnRunOptions } from "./session-options.js";
import { StreamLeg, type LegConfig } from "./stream-leg.js";
import { foldTurn, type TurnResult } from "./turn-fold.js";

/** What a connection gives each of its session streams. */
export interface StreamConfig extends LegConfig {
  /** Called once the session stream is over for good. */
  onClosed: (stream: SessionStream) => void;
}

/** What the iterable reads next: a frame, a gap in the history, or the end. */
type Read = { kind: "frame"; frame: ServerFrame } | { kind: "gap"; gap: FrameGap } | { kind: "end" };

export class SessionStream implements AsyncIterable<ServerFrame> {
  readonly sessionId: string;
  /** True when the session existed before this stream was opened (a resume or takeover). */
  readonly resumed: boolean;
  readonly #config: StreamConfig;
  readonly #policy: ReconnectPolicy | undefined;
  readonly #options: OpenSessionOptions;
  readonly #cursor: HistoryCursor;
  readonly #gaps: FrameGap[] = [];
  /** The leg the iterable reads; the legs before it are read to their end. */
  #reading: LegLink;
  /** The newest leg: where frames are sent. */
  #newest: LegLink;
  /** A frame read past a gap: handed out on the read after the gap. */
  #afterGap: ServerFrame | undefined;
  /** Aborted by close(): no more reconnects, and one in flight gives up with this reason. */
  readonly #closing = new AbortController();
  readonly #finished: Promise<void>;
  #finish!: () => void;
  readonly #onAbort = () => void this.cancel().catch(() => undefined).then(() => this.close());
  /** Answers sent (approve and answer frames, by prompt id), until their turn ends: resent when a reconnect finds them still pending. */
  readonly #answers = new Map<string, ApproveFrame | AnswerFrame>();
  /** run() folds the frames it reads, so two at once would steal each other's frames. */
  #runInProgress = false;

  private constructor(config: StreamConfig, policy: ReconnectPolicy | undefined, leg: StreamLeg, options: OpenSessionOptions) {
    this.#config = config;
    this.#policy = policy;
    this.#options = options;
    this.sessionId = leg.session.sessionId;
    this.resumed = leg.session.resumed;
    this.#cursor = new HistoryCursor(leg.session.seq);
    this.#finished = new Promise((resolve) => {
      this.#finish = () => {
        options.signal?.removeEventListener("abort", this.#onAbort);
        config.onClosed(this);
        resolve();
      };
    });
    this.#reading = this.#newest = this.#attach(leg);
    options.signal?.addEventListener("abort", this.#onAbort, { once: true });
    const gap = this.#cursor.resumed(leg.session);
    if (gap !== undefined) this.#gapFound(gap);
  }

  /** Opens a stream, sends `open_session` and waits for the server's `session` frame. */
  static async open(config: StreamConfig, options: OpenSessionOptions): Promise<SessionStream> {
    const policy = reconnectPolicyOf(options.reconnect);
    const leg = await StreamLeg.open(config, openSessionFrame(options), options.signal);
    return new SessionStream(config, policy, leg, options);
  }

  /** The newest `session` frame: what was replayed, the turn running then, the server's limits. */
  get session(): SessionFrame {
    return this.#newest.leg.session;
  }

  /** The `seq` of the last history frame handed out (or reported lost): pass it as `lastSeq` to resume. */
  get lastSeq(): number {
    return this.#cursor.lastSeq;
  }

  /** Every gap in the history so far: frames the server no longer held when the stream resumed. */
  get gaps(): readonly FrameGap[] {
    return this.#gaps;
  }

  /**
   * Every frame the server sends after `session`, in order, until the session ends: across
   * reconnects each history frame once, with the intermediate streams' `session` and `terminate`
   * frames left out; a gap is reported through `onGap` and `gaps`. Ends after a final `terminate`;
   * throws when the stream fails for good (e.g. `unavailable` once the reconnect attempts run out).
   * One consumer at a time. Leaving a `for await` loop keeps the session open: a later loop or
   * run() continues where it stopped; close() ends it.
   */
  [Symbol.asyncIterator](): AsyncIterator<ServerFrame, undefined> {
    return this.#frames(() => undefined);
  }

  /**
   * Sends any client frame; throws (before writing) when it breaks the spec. While the stream is
   * reconnecting it waits for the new stream (at most the reconnect backoff) and sends it there;
   * it rejects with the reconnect's error when that fails. A frame written just before a drop may
   * be lost with it; only answers to prompts the server still holds pending are sent again.
   */
  async send(frame: ClientFrame): Promise<void> {
    const leg = await this.#legForSending();
    await leg.writer.send(frame);
  }

  /** Starts a turn; resolves with the frame id its `status: started` will echo as `inReplyTo`. */
  async sendMessage(content: string, options: SendMessageOptions = {}): Promise<ClientFrameId> {
    const frame: UserMessageFrame = { type: "user_message", id: options.id ?? randomUUID(), content };
    if (options.images !== undefined) frame.images = options.images;
    if (options.configOverrides !== undefined) frame.configOverrides = options.configOverrides;
    if (options.trace !== undefined) frame.trace = options.trace;
    await this.send(frame);
    return frame.id!;
  }

  /**
   * Steers: adds `content` (and images) to the running turn `turnId` instead of starting a turn.
   * Resolves with the frame id once sent. The turn's `item` `user_message` whose `inReplyTo` is
   * that id confirms it; an `error` `turn_not_steerable` with that `inReplyTo` refuses it (the
   * turn ended, or cannot be steered) and the input is dropped.
   */
  async steer(turnId: string, content: string, options: SteerOptions = {}): Promise<ClientFrameId> {
    const frame: UserMessageFrame = { type: "user_message", id: options.id ?? randomUUID(), content, expectedTurnId: turnId };
    if (options.images !== undefined) frame.images = options.images;
    if (options.trace !== undefined) frame.trace = options.trace;
    await this.send(frame);
    return frame.id!;
  }

  async approve(commandId: string, decision: Decision, explanation?: string): Promise<void> {
    const frame: ApproveFrame = { type: "approve", commandId, decision, ...(explanation === undefined ? {} : { explanation }) };
    await this.send(frame);
    this.#answers.set(commandId, frame);
  }

  /**
   * Answers a question prompt (`question_prompt`) with `reply`: `{ answers }`, `{ content }`, `{}`
   * (accept), or `{ action: "decline" | "cancel" }`. The server checks it against the question;
   * a reply that does not fit gets an `invalid_answer` error frame and the question stays pending.
   */
  async answer(promptId: string, reply: QuestionReply): Promise<void> {
    const frame: AnswerFrame = { type: "answer", promptId };
    if (reply.action !== undefined) frame.action = reply.action;
    if (reply.answers !== undefined) frame.answers = reply.answers;
    if (reply.content !== undefined) frame.content = reply.content;
    await this.send(frame);
    this.#answers.set(promptId, frame);
  }

  /** Interrupts the running turn; with none running the server just acknowledges it. */
  cancel(): Promise<void> {
    return this.send({ type: "cancel" });
  }

  heartbeat(): Promise<void> {
    return this.send({ type: "heartbeat", sentAtMs: Date.now() });
  }

  /**
   * Sends `prompt` as a user message and reads the stream until that turn ends: a fold of its
   * frames into one result. A reconnect is invisible to it. Rejects with a CodexApiError when the
   * server refuses the message or the stream ends first, and with `frames_lost` when frames were
   * lost while it was reading (its result would be incomplete; the session goes on). A prompt
   * handler that throws cancels the turn and run() rejects with its error.
   */
  async run(prompt: string, options: RunOptions = {}): Promise<TurnResult> {
    return this.#runTurn(() => this.sendMessage(prompt, { images: options.images, configOverrides: options.configOverrides, trace: options.trace }), options);
  }

  /**
   * Starts a review (spec: `review`) of uncommitted changes, a base branch, a commit or custom
   * instructions, and reads it to its end as run() does: the review text is the result's
   * `finalMessage` (and the `summary` of its `exitedReviewMode` item).
   */
  review(target: ReviewTarget, options: TurnRunOptions = {}): Promise<TurnResult> {
    return this.#runTurn(async () => {
      const id = randomUUID();
      await this.send({ type: "review", id, target });
      return id;
    }, options);
  }

  /** Compacts the session's context (spec: `compact`), read to its end as run() does. */
  compact(options: TurnRunOptions = {}): Promise<TurnResult> {
    return this.#runTurn(async () => {
      const id = randomUUID();
      await this.send({ type: "compact", id });
      return id;
    }, options);
  }

  /**
   * Forks the session's conversation through `atTurnId` (default the last turn) into a new
   * session (spec: `fork_session`) and resolves with the server's `session_forked` answer; open
   * the new session with `connection.openSession({ sessionId: answer.newSessionId })`. Reads the
   * stream until the answer, as run() does (one reader at a time); rejects with a CodexApiError
   * (`turn_not_found`, `session_exists`, `turn_in_progress`, …) when the server refuses.
   */
  forkSession(options: ForkOptions = {}): Promise<SessionForkedFrame> {
    const frame: ForkSessionFrame & { id: string } = { type: "fork_session", id: randomUUID() };
    if (options.atTurnId !== undefined) frame.atTurnId = options.atTurnId;
    if (options.newSessionId !== undefined) frame.newSessionId = options.newSessionId;
    return this.#request(frame, "session_forked");
  }

  /**
   * Removes turn `beforeTurnId` and every later one, or the last `turns` turns, from the
   * conversation the agent sees (spec: `rollback`); resolves with the `rolled_back` answer
   * listing the turns removed. Files on disk are not reverted. Reads the stream as forkSession does.
   */
  rollback(options: RollbackOptions): Promise<RolledBackFrame> {
    return this.#request({ type: "rollback", id: randomUUID(), ...options }, "rolled_back");
  }

  /** Sends a frame and reads the stream until the frame of `answer` type (or an error) answering it. */
  async #request<T extends SessionForkedFrame | RolledBackFrame>(frame: ClientFrame & { id: string }, answer: T["type"]): Promise<T> {
    if (this.#runInProgress) throw new CodexApiError("turn_in_progress", "run() is already reading this stream; await it first");
    this.#runInProgress = true;
    try {
      await this.send(frame);
      const frames = this.#frames(failOnGap);
      for (;;) {
        const next = await frames.next();
        if (next.done === true) throw new CodexApiError("stream_closed", `the stream ended before the answer to ${frame.type}`);
        const got = next.value;
        if (got.type === "terminate") throw CodexApiError.fromFrame(got);
        if (got.type === "error" && got.inReplyTo === frame.id) throw CodexApiError.fromFrame(got);
        if (got.type === answer && (got as T).inReplyTo === frame.id) return got as T;
      }
    } finally {
      this.#runInProgress = false;
    }
  }

  /** Starts a turn with `start` (which resolves with the frame id its `status: started` echoes) and folds it. */
  async #runTurn(start: () => Promise<ClientFrameId>, options: TurnRunOptions): Promise<TurnResult> {
    const { signal, onPrompt = () => "deny", onQuestion = () => ({ action: "decline" }) } = options;
    if (this.#runInProgress) throw new CodexApiError("turn_in_progress", "run() is already reading a turn on this stream; await it first");
    if (signal?.aborted) throw new CodexApiError("aborted", "the turn was aborted before it was sent", { cause: signal.reason });
    this.#runInProgress = true;
    const onAbort = () => void this.cancel().catch(() => undefined);
    try {
      const messageId = await start();
      signal?.addEventListener("abort", onAbort, { once: true });
      const frames = { [Symbol.asyncIterator]: () => this.#frames(failOnGap) };
      return await foldTurn(frames, messageId, async (prompt) => {
        let reply: Decision | QuestionReply;
        try {
          reply = prompt.type === "command_prompt" ? await onPrompt(prompt) : await onQuestion(prompt);
        } catch (error) {
          await this.cancel().catch(() => undefined);
          throw error;
        }
        if (prompt.type === "command_prompt") await this.approve(prompt.commandId, reply as Decision);
        else await this.answer(prompt.promptId, reply as QuestionReply);
      }, options.onUsage);
    } finally {
      signal?.removeEventListener("abort", onAbort);
      this.#runInProgress = false;
    }
  }

  /**
   * Ends the request body and waits for the server to end the stream, which it does once no
   * turn is running (spec: terminate `client_closed`). Frames until then still reach an iterator.
   * No reconnect follows; while one is under way it gives up, and the iterable throws `stream_closed`.
   */
  async close(): Promise<void> {
    this.#closing.abort(new CodexApiError("stream_closed", "the session was closed while reconnecting; open it again with lastSeq to read the rest"));
    this.#newest.leg.writer.end();
    await this.#finished;
  }

  #frames(onGap: (gap: FrameGap) => void): AsyncIterator<ServerFrame, undefined> {
    return {
      next: async () => {
        for (;;) {
          const read = await this.#read();
          if (read.kind === "frame") return { done: false, value: read.frame };
          if (read.kind === "end") return { done: true, value: undefined };
          onGap(read.gap);
        }
      },
      return: async () => ({ done: true, value: undefined }),
    };
  }

  async #read(): Promise<Read> {
    const held = this.#afterGap;
    if (held !== undefined) {
      this.#afterGap = undefined;
      return this.#handOut(held);
    }
    for (;;) {
      const link = this.#reading;
      let failure: unknown;
      try {
        const next = await link.leg.reader.next();
        if (!next.done) {
          // The terminate of a leg we reconnect from is ours to handle, not the consumer's.
          if (next.value.type === "terminate" && link.decision === "reconnecting") continue;
          if (!Object.hasOwn(SERVER_FRAME_SCHEMAS, next.value.type)) {
            // A frame type of a later version (spec "Versioning"): skipped, but a history
            // frame's seq (one past what was handed out) still counts.
            const seq: unknown = (next.value as { seq?: unknown }).seq;
            if (typeof seq !== "number" || seq <= this.#cursor.lastSeq) continue;
            const skipped = this.#cursor.admitSeq(seq);
            if (skipped.kind === "after_gap") return this.#gapFound(skipped.gap);
            continue;
          }
          const admission = this.#cursor.admit(next.value);
          if (admission.kind === "duplicate") continue;
          if (admission.kind === "next") return this.#handOut(next.value);
          this.#afterGap = next.value;
          return this.#gapFound(admission.gap);
        }
      } catch (error) {
        failure = error;
      }
      // This leg is read to its end: go on with the next one, or end as this one ended.
      const following = await link.next;
      if (following === null) {
        if (failure !== undefined) throw failure;
        return { kind: "end" };
      }
      this.#reading = following;
      const gap = this.#cursor.resumed(following.leg.session);
      if (gap !== undefined) return this.#gapFound(gap);
    }
  }

  #handOut(frame: ServerFrame): Read {
    // A turn that ended has no prompts left to answer.
    if (frame.type === "status" && frame.state !== "started") this.#answers.clear();
    return { kind: "frame", frame };
  }

  #gapFound(gap: FrameGap): Read {
    this.#gaps.push(gap);
    this.#options.onGap?.(gap);
    return { kind: "gap", gap };
  }

  /** The newest leg; while it is down, the one the reconnect opens. */
  async #legForSending(): Promise<StreamLeg> {
    let link = this.#newest;
    // A writer that ended without close() means the leg dropped: its reader stops and decides.
    while (link.leg.writer.isEnded && !this.#closing.signal.aborted) {
      const next = await link.next;
      if (next === null) break;
      link = next;
    }
    return link.leg;
  }

  #attach(leg: StreamLeg): LegLink {
    const link = new LegLink(leg);
    this.#newest = link;
    leg.reader.whenStopped((stop) => this.#stopped(link, stop));
    return link;
  }

  #stopped(link: LegLink, stop: ReaderStop): void {
    link.leg.dispose();
    if (this.#closing.signal.aborted || this.#policy === undefined || !reconnectWanted(stop)) {
      link.end();
      void link.leg.closed.then(this.#finish);
      return;
    }
    const next = this.#reconnect(link.leg.resumeSeq, this.#policy);
    link.follow(next);
    next.catch(this.#finish);
  }

  async #reconnect(lastSeq: number, policy: ReconnectPolicy): Promise<LegLink> {
    const frame: OpenSessionFrame = { type: "open_session", protocolVersion: PROTOCOL_VERSION, sessionId: this.sessionId, lastSeq };
    const leg = await retryWithBackoff(
      () => StreamLeg.open(this.#config, frame, this.#closing.signal),
      policy,
      this.#closing.signal,
      (attempts, last) =>
        new CodexApiError(
          "unavailable",
          `lost the stream of session ${this.sessionId} and ${attempts} reconnect attempts failed (last: ${last.message}); ` +
            `the server may still hold the session: open it again later with openSession({ sessionId: "${this.sessionId}", lastSeq: ${lastSeq} })`,
          { cause: last },
        ),
    );
    const link = this.#attach(leg);
    // Closed while the last attempt was opening: end this leg like any other.
    if (this.#closing.signal.aborted) leg.writer.end();
    this.#resendAnswers(leg);
    this.#options.onReconnect?.(leg.session);
    return link;
  }

  /**
   * An answer written just before a drop may have died with it; the server keeps the prompt
   * pending and lists it in the session frame, so it is sent again. If the first copy did arrive
   * but was still being handled, the second gets `command_already_resolved` (or
   * `question_already_resolved`), which is harmless.
   */
  #resendAnswers(leg: StreamLeg): void {
    const pending = new Set([...(leg.session.turn?.pendingCommandIds ?? []), ...(leg.session.turn?.pendingPromptIds ?? [])]);
    for (const [commandId, frame] of this.#answers) {
      if (pending.has(commandId)) void leg.writer.send(frame).catch(() => undefined);
      else this.#answers.delete(commandId);
    }
  }
}

function failOnGap(gap: FrameGap): never {
  throw new CodexApiError(
    "frames_lost",
    `history frames ${gap.fromSeq}–${gap.toSeq} (${gap.count}) were lost while reconnecting: the server no longer held them, ` +
      `so this turn's result would be incomplete. The session goes on; read it on, or wait for the turn's terminal status before the next run()`,
  );
}

function openSessionFrame(options: OpenSessionOptions): OpenSessionFrame {
  const frame: OpenSessionFrame = { type: "open_session", protocolVersion: PROTOCOL_VERSION };
  if (options.sessionId !== undefined) frame.sessionId = options.sessionId;
  if (options.lastSeq !== undefined) frame.lastSeq = options.lastSeq;
  if (options.configOverrides !== undefined) frame.configOverrides = options.configOverrides;
  return frame;
}
