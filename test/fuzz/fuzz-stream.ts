// Plays one fuzz stream against the live server and checks what came back. Each item is followed
// by a heartbeat probe: frames are handled in order (one at a time, spec "Errors"), so every error
// the item caused arrives before the probe's answer, and is attributed to that item exactly.
import type { ClientHttp2Session } from "node:http2";
import type { ClientFrame, ErrorCode, ErrorFrame, ServerFrame } from "../../generated/types.js";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import { FRAMINGS, RawStream, type FramingName } from "../support/raw-stream.js";
import { forSlot, type FuzzItem, type StreamPlan } from "./fuzz-plan.js";
import { isHistory } from "../support/history-frames.js";

export interface FuzzContext {
  url: string;
  connection: ClientHttp2Session;
  maxFrameBytes: number;
  /** Unique per stream: probe ids are built from it. */
  label: string;
  /** The stream's place in its run: which sessions the pool names mean for it. */
  slot: number;
  deadline: number;
}

export interface StreamOutcome {
  problems: string[];
  frames: ServerFrame[];
  itemsSent: number;
  /** Error frames checked against an expectation. */
  errorsChecked: number;
  /** Turns this stream's user_messages started. */
  turnsStarted: number;
  /** The client reset the stream before the server closed it (the known stream-leak trigger). */
  clientReset: boolean;
}

/**
 * - exact: these error codes, in this order, and nothing else;
 * - one-of: at most one error, with one of these codes.
 * `fatal`: the framing cannot go on after it (length-prefixed), so `terminate` follows.
 */
type Expectation = {
  errors: { exact: ErrorCode[] } | { oneOf: ReadonlySet<ErrorCode> };
  fatal: boolean;
  replyTo?: ClientFrame["id"];
  /** A control stream's frame (spec "Control streams"): answered, then terminate client_closed ends the stream. */
  control?: boolean;
};

const OPEN_REFUSALS: ReadonlySet<ErrorCode> = new Set(["unsupported_protocol_version", "session_expired", "path_not_allowed", "override_not_allowed", "overloaded"]);
const CONTROL_APPROVE_REFUSALS: ReadonlySet<ErrorCode> = new Set(["command_not_found", "no_session"]);
const CONTROL_ANSWER_REFUSALS: ReadonlySet<ErrorCode> = new Set(["question_not_found", "no_session"]);
const CONTROL_CANCEL_REFUSALS: ReadonlySet<ErrorCode> = new Set(["no_session"]);
// turn_not_steerable: a valid user_message with expectedTurnId names a turn that is not running.
const TURN_REFUSALS: ReadonlySet<ErrorCode> = new Set([...OPEN_REFUSALS, "turn_in_progress", "turn_not_steerable", "engine_unavailable", "engine_error"]);
const HISTORY_REFUSALS: ReadonlySet<ErrorCode> = new Set([...TURN_REFUSALS, "turn_not_found", "session_exists", "rate_limited"]);

/** What the client knows of its stream: which session it is bound to. */
interface Binding {
  sessionId: string | undefined;
}

export async function runFuzzStream(plan: StreamPlan, ctx: FuzzContext): Promise<StreamOutcome> {
  const stream = RawStream.open(ctx.url, { framing: plan.framing, session: ctx.connection });
  const out: StreamOutcome = { problems: [], frames: stream.frames, itemsSent: 0, errorsChecked: 0, turnsStarted: 0, clientReset: false };
  const problem = (message: string) => out.problems.push(`${ctx.label} (${plan.framing}): ${message}`);
  const binding: Binding = { sessionId: undefined };
  let windowStart = 0;
  let stopped = false;
  try {
    for (const [i, planned] of plan.items.entries()) {
      const item = forSlot(planned, ctx.slot);
      const expectation = expectationFor(item, binding, plan.framing, ctx.maxFrameBytes);
      stream.sendBytes(encodeItem(item, plan.framing, ctx.maxFrameBytes));
      out.itemsSent++;
      const probeId = `${ctx.label}-probe-${i}`;
      if (!expectation.fatal && !expectation.control) stream.send({ type: "heartbeat", id: probeId });
      let end: ServerFrame;
      try {
        end = await stream.next((f) => (f.type === "heartbeat" && f.inReplyTo === probeId) || f.type === "terminate", left(ctx), windowStart);
      } catch (error) {
        problem(`item ${i} (${describeItem(item)}): no answer: ${String(error).slice(0, 300)}`);
        stopped = true;
        break;
      }
      const endIndex = stream.frames.indexOf(end);
      const window = stream.frames.slice(windowStart, endIndex);
      windowStart = endIndex + 1;
      if (end.type === "terminate") {
        stopped = true;
        // Another stream of the run opened the same session: the spec's takeover, not a failure.
        if (end.reason === "superseded") break;
        const expected = (expectation.fatal && end.reason === "protocol_error") || (expectation.control && end.reason === "client_closed" && !end.reconnect);
        if (!expected) problem(`item ${i} (${describeItem(item)}): unexpected terminate ${end.reason}: ${end.message}`);
      } else if (expectation.fatal || expectation.control) {
        problem(`item ${i} (${describeItem(item)}): the stream went on after a ${expectation.fatal ? "fatal" : "control"} frame`);
      }
      out.errorsChecked += checkWindow(window, expectation, `item ${i} (${describeItem(item)})`, problem);
      if (item.kind === "valid" && item.frame.type === "user_message") {
        out.turnsStarted += window.filter((f) => f.type === "status" && f.state === "started" && f.inReplyTo === item.frame.id).length;
      }
      const bound = window.find((f) => f.type === "session");
      if (bound !== undefined && bound.type === "session") binding.sessionId = bound.sessionId;
      if (stopped) break;
    }
    if (!stopped && plan.tail !== undefined && !stream.ended) stream.sendBytes(plan.tail);
    if (!stopped && !stream.ended) await leave(stream, plan, ctx, problem);
  } finally {
    // Closed by the client before the server closed it: the trigger of the known stream leak.
    out.clientReset = !stream.ended;
    stream.close();
  }
  checkFrames(stream, out, problem);
  return out;
}

function expectationFor(item: FuzzItem, binding: Binding, framing: FramingName, maxFrameBytes: number): Expectation {
  const fatal = framing === "length-prefixed";
  const exact = (...codes: ErrorCode[]) => ({ exact: codes });
  if (item.kind === "huge") return { errors: exact("frame_too_large"), fatal };
  if (item.kind === "undecodable") return { errors: exact("invalid_json"), fatal };
  const value = valueOf(item);
  if (Buffer.byteLength(JSON.stringify(value)) > maxFrameBytes) return { errors: exact("frame_too_large"), fatal };
  const check = checkClientFrame(value);
  if (!check.ok) return { errors: exact(check.problem.code), fatal: false };
  const frame = check.frame;
  const replyTo = frame.id;
  const bound = binding.sessionId;
  const names = "sessionId" in frame ? frame.sessionId : undefined;
  if (frame.type === "heartbeat") return { errors: exact(), fatal: false, replyTo };
  if (bound !== undefined && (frame.type === "open_session" || (names !== undefined && names !== bound))) return { errors: exact("session_mismatch"), fatal: false, replyTo };
  const mayOpen = frame.type === "open_session" || frame.type === "user_message" || frame.type === "review";
  if (bound === undefined && !mayOpen && names === undefined) return { errors: exact("no_session"), fatal: false, replyTo };
  // A control stream: the session is acted on if the server holds it (another stream of the run may have opened it).
  if (bound === undefined && frame.type === "approve") return { errors: { oneOf: CONTROL_APPROVE_REFUSALS }, fatal: false, replyTo, control: true };
  if (bound === undefined && frame.type === "answer") return { errors: { oneOf: CONTROL_ANSWER_REFUSALS }, fatal: false, replyTo, control: true };
  if (bound === undefined && frame.type === "cancel") return { errors: { oneOf: CONTROL_CANCEL_REFUSALS }, fatal: false, replyTo, control: true };
  switch (frame.type) {
    case "approve":
      // No fuzz session ever has a prompt: the script only writes text.
      return { errors: exact("command_not_found"), fatal: false, replyTo };
    case "answer":
      return { errors: exact("question_not_found"), fatal: false, replyTo };
    case "cancel":
      return { errors: exact(), fatal: false, replyTo };
    case "open_session":
      return { errors: { oneOf: OPEN_REFUSALS }, fatal: false, replyTo };
    case "user_message":
    case "review":
    case "compact":
      return { errors: { oneOf: TURN_REFUSALS }, fatal: false, replyTo };
    case "fork_session":
      return { errors: { oneOf: HISTORY_REFUSALS }, fatal: false, replyTo };
    case "rollback":
      return { errors: { oneOf: new Set([...HISTORY_REFUSALS, "invalid_frame"]) }, fatal: false, replyTo };
  }
}

function checkWindow(window: ServerFrame[], expectation: Expectation, what: string, problem: (m: string) => void): number {
  // A resume replays the session's history, errors answering older frames included: not this item's.
  const opened = window.find((f) => f.type === "session");
  const replayedUpTo = opened?.type === "session" && opened.replay !== null && opened.replay.count > 0 ? opened.replay.toSeq : 0;
  const errors = window.filter((f): f is ErrorFrame => f.type === "error" && !(f.sessionId !== undefined && f.seq <= replayedUpTo));
  const codes = errors.map((e) => e.code);
  const want = expectation.errors;
  if ("exact" in want) {
    if (JSON.stringify(codes) !== JSON.stringify(want.exact)) problem(`${what}: errors ${JSON.stringify(codes)}, expected ${JSON.stringify(want.exact)}; ${errors.map((e) => e.message).join(" | ")}`);
  } else if (codes.length > 1 || codes.some((c) => !want.oneOf.has(c))) {
    problem(`${what}: errors ${JSON.stringify(codes)}, expected at most one of ${[...want.oneOf].join(", ")}; ${errors.map((e) => e.message).join(" | ")}`);
  }
  for (const error of errors) {
    if (error.message.length < 10) problem(`${what}: error ${error.code} with a message that says nothing: ${JSON.stringify(error.message)}`);
    if (expectation.replyTo !== undefined && error.inReplyTo !== expectation.replyTo) problem(`${what}: error ${error.code} answers ${String(error.inReplyTo)}, not ${String(expectation.replyTo)}`);
  }
  return errors.length;
}

/** Every frame valid; seq rules of the spec on this one stream; nothing of a session it is not bound to. */
function checkFrames(stream: RawStream, out: StreamOutcome, problem: (m: string) => void): void {
  for (const error of stream.codecErrors) problem(`undecodable server bytes: ${error}`);
  let position = 0;
  let bound: string | undefined;
  let seqTrusted = true;
  for (const [i, frame] of stream.frames.entries()) {
    const check = checkServerFrame(frame);
    if (!check.ok) problem(`frame ${i} is not a valid server frame (${check.problem.message}): ${JSON.stringify(frame).slice(0, 300)}`);
    if (frame.type === "terminate" && i !== stream.frames.length - 1) problem(`terminate is not the last frame`);
    if (frame.type === "session") {
      if (bound !== undefined) problem(`a second session frame`);
      bound = frame.sessionId;
      position = frame.seq;
      // A lastSeq ahead of the session must not become the stream's position: the next history
      // frame would go back (found-bugs.e2e.test.ts).
      if (frame.replay !== null && frame.seq > frame.replay.toSeq) {
        problem(`session frame seq ${frame.seq} is ahead of the session's last seq ${frame.replay.toSeq}`);
        seqTrusted = false;
      }
      continue;
    }
    // A control stream's acknowledgement names the session it acted on; the stream ends right after it.
    const controlAck = frame.type === "heartbeat" && bound === undefined && stream.frames[i + 1]?.type === "terminate";
    if ("sessionId" in frame && frame.sessionId !== undefined && frame.sessionId !== bound && !controlAck) problem(`frame ${i} (${frame.type}) of session ${frame.sessionId} on a stream bound to ${bound ?? "nothing"}`);
    const history = isHistory(frame);
    if (!seqTrusted) continue;
    if (history && frame.seq !== position + 1) problem(`history ${frame.type} seq ${frame.seq} after ${position}`);
    if (!history && frame.seq !== position) problem(`control ${frame.type} seq ${frame.seq}, expected ${position}`);
    if (history) position = frame.seq;
  }
}

/** The client leaves as planned; a client that ends its body gets `terminate` once no turn runs. */
async function leave(stream: RawStream, plan: StreamPlan, ctx: FuzzContext, problem: (m: string) => void): Promise<void> {
  // Both are resets of the client's side; the finally of runFuzzStream does the plain one.
  if (plan.ending === "reset") return stream.stream.close(0x8 /* NGHTTP2_CANCEL */);
  if (plan.ending === "abandon") return;
  stream.endRequest();
  try {
    await stream.closed(left(ctx));
  } catch (error) {
    return problem(`the stream stayed open after the request ended: ${String(error).slice(0, 300)}`);
  }
  const last = stream.frames.at(-1);
  const reasons = plan.tail === undefined ? ["client_closed", "superseded"] : ["client_closed", "superseded", "protocol_error"];
  if (last?.type !== "terminate" || !reasons.includes(last.reason)) problem(`ended request: last frame ${JSON.stringify(last)?.slice(0, 200)}, expected terminate (${reasons.join("/")})`);
}

function valueOf(item: Exclude<FuzzItem, { kind: "huge" | "undecodable" }>): unknown {
  switch (item.kind) {
    case "valid":
    case "mutated":
      return item.frame;
    case "not-a-frame":
      return item.value;
    case "unknown-command":
      return { type: "approve", commandId: item.commandId, decision: "allow", ...(item.sessionId === undefined ? {} : { sessionId: item.sessionId }) };
  }
}

function encodeItem(item: FuzzItem, framing: FramingName, maxFrameBytes: number): Uint8Array {
  if (item.kind === "huge") {
    const json = `{"type":"heartbeat","id":"huge","pad":"${"x".repeat(maxFrameBytes + item.extraBytes)}"}`;
    if (framing === "ndjson") return Buffer.from(`${json}\n`);
    // The length is refused before the body is read: send the header and a little of the body.
    return Buffer.concat([lengthHeader(Buffer.byteLength(json)), Buffer.from(json.slice(0, 100))]);
  }
  if (item.kind === "undecodable") {
    const bytes = Buffer.from(item.bytes.map((b) => (b === 0x0a ? 0x20 : b)));
    return framing === "ndjson" ? Buffer.concat([bytes, Buffer.from("\n")]) : Buffer.concat([lengthHeader(bytes.length), bytes]);
  }
  return FRAMINGS[framing].encode(valueOf(item));
}

function lengthHeader(length: number): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(length);
  return header;
}

function describeItem(item: FuzzItem): string {
  switch (item.kind) {
    case "valid":
      return `valid ${JSON.stringify(item.frame).slice(0, 160)}`;
    case "mutated":
      return `${item.what} at ${item.path}: ${JSON.stringify(item.frame).slice(0, 160)}`;
    case "not-a-frame":
      return `not a frame: ${JSON.stringify(item.value).slice(0, 120)}`;
    case "huge":
      return `huge (+${item.extraBytes} bytes)`;
    case "undecodable":
      return `undecodable (${item.bytes.length} bytes)`;
    case "unknown-command":
      return `approve unknown ${JSON.stringify(item.commandId).slice(0, 60)} for ${item.sessionId ?? "(no session)"}`;
  }
}

function left(ctx: FuzzContext): number {
  return Math.max(1, Math.min(20_000, ctx.deadline - Date.now()));
}
