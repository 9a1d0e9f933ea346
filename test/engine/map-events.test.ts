import { describe, expect, it } from "vitest";
import type { ServerNotification } from "../../generated/engine/index.js";
import type { CodexErrorInfo, TurnError } from "../../generated/engine/v2/index.js";
import { classifyTurnError, mapNotification } from "../../src/engine/map-events.js";
import { THREAD, TURN, agentMessage, turn, usageUpdated } from "./engine-payloads.js";

const none = () => null;
const map = (notification: ServerNotification, finalMessage: string | null = null) => mapNotification(notification, () => finalMessage);

function failed(message: string, codexErrorInfo: CodexErrorInfo | null): ServerNotification {
  const error: TurnError = { message, codexErrorInfo, additionalDetails: null, misalignment: null };
  return { method: "turn/completed", params: { threadId: THREAD, turn: turn("failed", { error }) } };
}

describe("mapNotification", () => {
  it("maps turn start and item lifecycle", () => {
    expect(map({ method: "turn/started", params: { threadId: THREAD, turn: turn("inProgress") } })).toEqual({ kind: "turn_started", threadId: THREAD, turnId: TURN });
    expect(map({ method: "item/completed", params: { threadId: THREAD, turnId: TURN, item: agentMessage, completedAtMs: 1 } })).toEqual({
      kind: "item",
      threadId: THREAD,
      turnId: TURN,
      event: "completed",
      item: { type: "agent_message", id: "msg_7", text: "All done." },
    });
    expect(map({ method: "item/started", params: { threadId: THREAD, turnId: TURN, item: agentMessage, startedAtMs: 1 } })).toMatchObject({ event: "started" });
  });

  it("maps each kind of delta to its item type, field and part index", () => {
    const base = { threadId: THREAD, turnId: TURN, itemId: "i1", delta: "d" };
    expect(map({ method: "item/agentMessage/delta", params: base })).toEqual({ kind: "delta", ...base, itemType: "agent_message", field: "text" });
    expect(map({ method: "item/reasoning/summaryTextDelta", params: { ...base, summaryIndex: 1 } })).toEqual({
      kind: "delta",
      ...base,
      itemType: "reasoning",
      field: "summary",
      index: 1,
    });
    expect(map({ method: "item/reasoning/textDelta", params: { ...base, contentIndex: 2 } })).toEqual({
      kind: "delta",
      ...base,
      itemType: "reasoning",
      field: "content",
      index: 2,
    });
    expect(map({ method: "item/commandExecution/outputDelta", params: base })).toEqual({ kind: "delta", ...base, itemType: "command_execution", field: "output" });
    expect(map({ method: "item/plan/delta", params: base })).toEqual({ kind: "delta", ...base, itemType: "plan", field: "text" });
  });

  it("reports the last request's token usage, the thread's total and the context window", () => {
    expect(map(usageUpdated)).toEqual({
      kind: "usage",
      threadId: THREAD,
      turnId: TURN,
      last: { inputTokens: 10647, cachedInputTokens: 512, outputTokens: 24, reasoningOutputTokens: 4, totalTokens: 10671 },
      total: { inputTokens: 21122, cachedInputTokens: 0, outputTokens: 69, reasoningOutputTokens: 8, totalTokens: 21191 },
      contextWindow: 258400,
    });
  });

  it("gives a steered user message the client id the engine echoes, and a turn's own input none", () => {
    const userMessage = (clientId: string | null): ServerNotification => ({
      method: "item/completed",
      params: {
        threadId: THREAD,
        turnId: TURN,
        completedAtMs: 0,
        item: { type: "userMessage", id: "u1", clientId, content: [{ type: "text", text: "also this", text_elements: [] }] },
      },
    });
    expect(map(userMessage("steer-1"))).toMatchObject({ kind: "item", item: { type: "user_message", text: "also this" }, clientId: "steer-1" });
    expect(map(userMessage(null))).not.toHaveProperty("clientId");
  });

  it("turns a retried error into a model retry and leaves a final one to turn/completed", () => {
    const error: TurnError = { message: "Reconnecting... 2/5", codexErrorInfo: "internalServerError", additionalDetails: null, misalignment: null };
    expect(map({ method: "error", params: { threadId: THREAD, turnId: TURN, error, willRetry: true } })).toEqual({
      kind: "model_retry",
      threadId: THREAD,
      turnId: TURN,
      message: "Reconnecting... 2/5",
    });
    expect(map({ method: "error", params: { threadId: THREAD, turnId: TURN, error, willRetry: false } })).toBeNull();
  });

  it("passes on a thread's warning, not a process-wide one", () => {
    expect(map({ method: "warning", params: { threadId: THREAD, message: "Model metadata not found" } })).toEqual({
      kind: "warning",
      threadId: THREAD,
      turnId: null,
      message: "Model metadata not found",
    });
    expect(map({ method: "warning", params: { threadId: null, message: "x" } })).toBeNull();
  });

  it("ends a completed turn with the recorded final message, else the one in turn.items", () => {
    const completed: ServerNotification = { method: "turn/completed", params: { threadId: THREAD, turn: turn("completed") } };
    expect(map(completed, "recorded")).toEqual({ kind: "turn_ended", threadId: THREAD, turnId: TURN, end: { status: "completed", finalMessage: "recorded" } });
    expect(map(completed)).toMatchObject({ end: { status: "completed", finalMessage: "All done." } });
    const empty: ServerNotification = { method: "turn/completed", params: { threadId: THREAD, turn: { ...turn("completed"), items: [] } } };
    expect(mapNotification(empty, none)).toMatchObject({ end: { status: "completed", finalMessage: null } });
  });

  it("ends an interrupted turn", () => {
    expect(map({ method: "turn/completed", params: { threadId: THREAD, turn: turn("interrupted") } })).toMatchObject({ end: { status: "interrupted" } });
  });

  it("ends a failed turn with the engine's message and a reason", () => {
    expect(map(failed("unexpected status 401 Unauthorized: bad key", { httpConnectionFailed: { httpStatusCode: 401 } }))).toEqual({
      kind: "turn_ended",
      threadId: THREAD,
      turnId: TURN,
      end: { status: "failed", reason: "model_error", message: "unexpected status 401 Unauthorized: bad key", retryable: false },
    });
  });

  it("ignores notifications it has no event for", () => {
    expect(map({ method: "thread/closed", params: { threadId: THREAD } })).toBeNull();
  });
});

describe("classifyTurnError", () => {
  const error = (codexErrorInfo: CodexErrorInfo | null, message = "m"): TurnError => ({ message, codexErrorInfo, additionalDetails: null, misalignment: null });

  // The cases the notes' §4 table observed, and what retrying can change.
  it.each([
    ["HTTP 500", error("internalServerError"), "model_error", true],
    ["HTTP 401", error({ httpConnectionFailed: { httpStatusCode: 401 } }), "model_error", false],
    ["HTTP 429, retries exhausted", error({ responseTooManyFailedAttempts: { httpStatusCode: 429 } }), "model_error", true],
    ["quota", error("usageLimitExceeded"), "model_error", false],
    ["context window", error("contextWindowExceeded"), "model_error", false],
    ["connection refused", error({ httpConnectionFailed: { httpStatusCode: null } }), "model_error", true],
    ["stream cut", error("other", "stream disconnected before completion: stream closed before response.completed"), "model_error", true],
    ["HTTP 400 body", error("other", '{"error":{"message":"bad"}}'), "engine_error", false],
    ["sandbox", error("sandboxError"), "engine_error", false],
    ["no info", error(null), "engine_error", false],
  ] as const)("%s → %s, retryable %s", (_name, turnError, reason, retryable) => {
    expect(classifyTurnError(turnError)).toEqual({ reason, retryable });
  });
});
