// The frames the transport benchmarks send and expect, built the same way for codex-api and for
// the baselines so that every server carries identical bytes.
import { randomUUID } from "node:crypto";
import { PROTOCOL_VERSION } from "../../../generated/protocol.js";
import type { ApproveFrame, ClientHeartbeatFrame, OpenSessionFrame } from "../../../generated/types.js";
import { deltaText, type OutPlan } from "../../../test/support/synthetic-engine.js";
import { encodeNdjson } from "../../../src/transport/index.js";

export { deltaText, parsePlan, planMessage, type OutPlan } from "../../../test/support/synthetic-engine.js";

/** The item delta frame of codex-api's outbox, field for field and in its key order. */
export function deltaFrame(seq: number, sessionId: string, turnId: string, delta: string): object {
  return { type: "item", seq, sessionId, event: "delta", turnId, itemId: "msg_1", itemType: "agent_message", field: "text", delta };
}

/** Delta characters that make an NDJSON delta frame about `targetBytes` long (at least one). */
export function deltaCharsFor(targetBytes: number): number {
  const empty = encodeNdjson(deltaFrame(100_000, randomUUID(), "turn_1", "")).byteLength;
  return Math.max(1, targetBytes - empty);
}

export function sessionFrame(sessionId: string): object {
  return { type: "session", seq: 0, sessionId, protocolVersion: PROTOCOL_VERSION, resumed: false, replay: null, turn: null, heartbeatIntervalMs: 15_000, maxFrameBytes: 1 << 20 };
}

/** The frames of a transport-out turn after the session frame, as codex-api sends them, built lazily. */
export function* turnFrames(plan: OutPlan, sessionId: string, turnId: string): Generator<object> {
  yield { type: "status", seq: 1, sessionId, turnId, state: "started", message: "Agent processing...", inReplyTo: 1 };
  const delta = deltaText(plan.deltaChars);
  for (let i = 0; i < plan.frames; i++) yield deltaFrame(i + 2, sessionId, turnId, delta);
  const usage = { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningOutputTokens: 0, totalTokens: 0 };
  yield { type: "status", seq: plan.frames + 2, sessionId, turnId, usage, durationMs: 1, state: "completed", message: "Agent run completed.", finalMessage: null };
}

export function terminateFrame(seq: number, sessionId: string | undefined): object {
  return { type: "terminate", seq, reason: "client_closed", message: "the request body ended and no turn is running", reconnect: true, ...(sessionId === undefined ? {} : { sessionId }) };
}

/** Frames a transport-out stream receives besides its deltas: session, two statuses, terminate. */
export const OUT_CONTROL_FRAMES = 4;

/** codex-api's answer to an approve for a command it does not know, field for field. */
export function notFoundError(seq: number, sessionId: string, inReplyTo: unknown, commandId: string): object {
  return {
    type: "error",
    seq,
    sessionId,
    code: "command_not_found",
    message: `no command_prompt ${commandId} in session ${sessionId}`,
    retryable: false,
    inReplyTo,
    frameType: "approve",
    commandId,
  };
}

export function openSession(): OpenSessionFrame {
  return { type: "open_session", id: 0 };
}

export function heartbeat(id: number): ClientHeartbeatFrame {
  return { type: "heartbeat", id };
}

/**
 * An `approve` for a command that does not exist, about `targetBytes` long in NDJSON: the
 * explanation carries the size (a denial's reason is the one free-text field a client sends
 * besides a prompt).
 */
export function approveFrame(id: number, targetBytes: number): ApproveFrame {
  const frame: ApproveFrame = { type: "approve", id, commandId: "cmd_404", decision: "deny", explanation: "" };
  const chars = targetBytes - encodeNdjson(frame).byteLength;
  if (chars <= 0) delete frame.explanation;
  else frame.explanation = deltaText(chars);
  return frame;
}
