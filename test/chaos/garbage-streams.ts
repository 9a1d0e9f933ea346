// Side streams that send what a broken or hostile client would: undecodable bytes, invalid JSON,
// oversized lines, frames before any session, frames naming other sessions, fatal
// length-prefixed garbage. Each kind knows exactly which error codes it must get back (spec
// "Framings" and "Errors"), and every stream is checked to end cleanly with `terminate`.
import type { ClientHttp2Session } from "node:http2";
import type { ErrorCode, ServerFrame } from "../../generated/types.js";
import { checkServerFrame } from "../../src/protocol/index.js";
import { RawStream, type FramingName } from "../support/raw-stream.js";
import type { SeededRandom } from "./seeded-random.js";
import { isHistory } from "../support/history-frames.js";

export const GARBAGE_KINDS = [
  "undecodable-bytes",
  "invalid-json",
  "oversized-line",
  "no-session",
  "bad-frames",
  "other-sessions",
  "protocol-version",
  "truncated",
  "lp-bad-length",
  "lp-bad-json",
] as const;

export type GarbageKind = (typeof GARBAGE_KINDS)[number];

export interface GarbageContext {
  url: string;
  connection: ClientHttp2Session;
  rng: SeededRandom;
  maxFrameBytes: number;
  /** Sessions of other clients, to aim frames at (only after binding to our own session). */
  otherSessionIds: readonly string[];
  /** Prompt ids other sessions were sent. */
  otherCommandIds: () => readonly string[];
  /** Unique per stream. */
  n: number;
  deadline: number;
}

export interface GarbageResult {
  kind: GarbageKind;
  errors: ErrorCode[];
  violations: string[];
}

/** One side stream of the given kind, checked against the errors it must produce. */
export async function runGarbageStream(kind: GarbageKind, ctx: GarbageContext): Promise<GarbageResult> {
  const { rng } = ctx;
  const framing: FramingName = kind.startsWith("lp-") ? "length-prefixed" : "ndjson";
  const stream = RawStream.open(ctx.url, { framing, session: ctx.connection });
  const violations: string[] = [];
  const own = `garbage-${ctx.n}`;
  const line = (value: unknown) => `${JSON.stringify(value)}\n`;
  /** How the stream must end: after a heartbeat probe (recoverable errors) or with terminate. */
  let ending: "probe" | "protocol_error" = "probe";
  let expected: ErrorCode[];
  try {
    switch (kind) {
      case "undecodable-bytes": {
        // 0xff never occurs in UTF-8; newlines are taken out so it stays one line.
        const bytes = rng.bytes(rng.int(1, 2000)).map((b) => (b === 0x0a ? 0x20 : b));
        stream.sendBytes(Buffer.concat([Buffer.from([0xff]), bytes, Buffer.from("\n")]));
        expected = ["invalid_json"];
        break;
      }
      case "invalid-json": {
        const count = rng.int(1, 4);
        for (let i = 0; i < count; i++) stream.sendBytes(`{"type":,${printable(rng, rng.int(0, 200))}\n`);
        expected = Array(count).fill("invalid_json");
        break;
      }
      case "oversized-line": {
        const size = ctx.maxFrameBytes + rng.int(1, 3 * ctx.maxFrameBytes);
        const text = line({ type: "heartbeat", id: "big", pad: "x".repeat(size) });
        // In pieces: the limit must hold for a line that arrives across many DATA frames.
        for (let at = 0; at < text.length; at += 16_384) stream.sendBytes(text.slice(at, at + 16_384));
        expected = ["frame_too_large"];
        break;
      }
      case "no-session":
        stream.sendBytes(line({ type: "approve", commandId: "call_1", decision: "allow" }) + line({ type: "cancel" }));
        expected = ["no_session", "no_session"];
        break;
      case "bad-frames":
        stream.sendBytes(
          line({ type: "launch_rockets" }) + line([1, 2, 3]) + line({ type: "approve", decision: "maybe", commandId: "c" }) + line({ type: "user_message", content: 7 }),
        );
        expected = ["unknown_frame_type", "invalid_frame", "invalid_frame", "invalid_frame"];
        break;
      case "other-sessions": {
        stream.send({ type: "open_session", sessionId: own });
        await stream.next((f) => f.type === "session", left(ctx));
        const other = rng.pick(ctx.otherSessionIds);
        const commandIds = ctx.otherCommandIds();
        const commandId = commandIds.length > 0 ? rng.pick(commandIds) : "call_1";
        stream.sendBytes(
          line({ type: "approve", sessionId: other, commandId, decision: "deny_and_stop" }) +
            line({ type: "user_message", sessionId: other, content: "hijack" }) +
            line({ type: "cancel", sessionId: other }) +
            line({ type: "open_session", sessionId: other }) +
            line({ type: "approve", commandId, decision: "deny" }),
        );
        // The last approve names our own session implicitly: that prompt is not ours.
        expected = ["session_mismatch", "session_mismatch", "session_mismatch", "session_mismatch", "command_not_found"];
        break;
      }
      case "protocol-version":
        stream.send({ type: "open_session", sessionId: own, protocolVersion: `${rng.int(2, 99)}.0.0` });
        expected = ["unsupported_protocol_version"];
        break;
      case "truncated":
        stream.sendBytes(line({ type: "heartbeat", id: "whole" }) + '{"type":"heartbeat","id":"cut');
        stream.endRequest();
        expected = ["truncated"];
        ending = "protocol_error";
        break;
      case "lp-bad-length": {
        const length = ctx.maxFrameBytes + rng.int(1, 0x7fffffff - ctx.maxFrameBytes);
        stream.sendBytes(new Uint8Array([length >>> 24, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, 0x7b]));
        expected = ["frame_too_large"];
        ending = "protocol_error";
        break;
      }
      case "lp-bad-json": {
        const body = Buffer.from(`{${printable(rng, rng.int(0, 40))}`);
        const header = Buffer.alloc(4);
        header.writeUInt32BE(body.length);
        stream.sendBytes(Buffer.concat([header, body]));
        expected = ["invalid_json"];
        ending = "protocol_error";
        break;
      }
    }
    if (ending === "probe") {
      // Every error comes before the answer to a later frame: the stream is still usable.
      stream.send({ type: "heartbeat", id: "probe" });
      await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === "probe", left(ctx));
      stream.endRequest();
    }
    const terminate = await stream.next((f) => f.type === "terminate", left(ctx));
    const wantReason = ending === "probe" ? "client_closed" : "protocol_error";
    if (terminate.type === "terminate" && terminate.reason !== wantReason) violations.push(`${kind}: terminate ${terminate.reason}, expected ${wantReason}`);
    await stream.closed(left(ctx));
  } catch (error) {
    violations.push(`${kind}: ${String(error).slice(0, 400)}`);
    expected ??= [];
  } finally {
    stream.close();
  }
  const errors = stream.frames.flatMap((f) => (f.type === "error" ? [f.code] : []));
  if (JSON.stringify(errors) !== JSON.stringify(expected)) violations.push(`${kind}: errors ${JSON.stringify(errors)}, expected ${JSON.stringify(expected)}`);
  violations.push(...frameProblems(kind, stream.frames), ...stream.codecErrors.map((e) => `${kind}: undecodable server bytes: ${e}`));
  return { kind, errors, violations };
}

/** Every frame valid, seq rules kept, nothing of another session. */
function frameProblems(kind: GarbageKind, frames: readonly ServerFrame[]): string[] {
  const problems: string[] = [];
  let position = 0;
  for (const frame of frames) {
    const check = checkServerFrame(frame);
    if (!check.ok) problems.push(`${kind}: invalid server frame ${JSON.stringify(frame).slice(0, 200)}: ${check.problem.message}`);
    const history = isHistory(frame);
    if (history && frame.seq !== ++position) problems.push(`${kind}: history ${frame.type} seq ${frame.seq}, expected ${position}`);
    if (!history && frame.seq !== position) problems.push(`${kind}: control ${frame.type} seq ${frame.seq}, expected ${position}`);
    if ("sessionId" in frame && frame.sessionId !== undefined && !frame.sessionId.startsWith("garbage-")) problems.push(`${kind}: got a frame of session ${frame.sessionId}`);
  }
  return problems;
}

function printable(rng: SeededRandom, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(rng.int(0x20, 0x7e));
  return s;
}

function left(ctx: GarbageContext): number {
  return Math.max(1, Math.min(15_000, ctx.deadline - Date.now()));
}
