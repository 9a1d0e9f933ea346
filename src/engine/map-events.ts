// Engine notifications → EngineEvent (the core's view, in the protocol's shapes). Pure: the
// little state a mapping needs (the turn's last agent message) is passed in.
import type { TokenUsage } from "../../generated/types.js";
import type { ServerNotification } from "../../generated/engine/index.js";
import type { CodexErrorInfo, TokenUsageBreakdown, Turn, TurnError } from "../../generated/engine/v2/index.js";
import type { EngineEvent, TurnEnd } from "../core/engine-port.js";
import { mapItem } from "./map-items.js";

/** The last agent message completed in a turn, as the adapter recorded it. */
export type FinalMessageOf = (threadId: string, turnId: string) => string | null;

export function mapNotification(notification: ServerNotification, finalMessageOf: FinalMessageOf): EngineEvent | null {
  switch (notification.method) {
    case "turn/started":
      // A review announces its inner turn, whose rootTurnId is the id its items and end carry.
      return { kind: "turn_started", threadId: notification.params.threadId, turnId: notification.params.turn.rootTurnId ?? notification.params.turn.id };
    case "item/started":
    case "item/completed": {
      const { threadId, turnId, item } = notification.params;
      const event = notification.method === "item/started" ? "started" : "completed";
      // A steered input's user message carries the id steerTurn gave it (docs/engine-notes.md §1).
      if (item.type === "userMessage" && item.clientId !== null && item.clientId !== undefined) {
        return { kind: "item", threadId, turnId, event, item: mapItem(item), clientId: item.clientId };
      }
      return { kind: "item", threadId, turnId, event, item: mapItem(item) };
    }
    case "item/agentMessage/delta": {
      const { threadId, turnId, itemId, delta } = notification.params;
      return { kind: "delta", threadId, turnId, itemId, itemType: "agent_message", field: "text", delta };
    }
    case "item/reasoning/summaryTextDelta": {
      const { threadId, turnId, itemId, delta, summaryIndex } = notification.params;
      return { kind: "delta", threadId, turnId, itemId, itemType: "reasoning", field: "summary", index: summaryIndex, delta };
    }
    case "item/reasoning/textDelta": {
      const { threadId, turnId, itemId, delta, contentIndex } = notification.params;
      return { kind: "delta", threadId, turnId, itemId, itemType: "reasoning", field: "content", index: contentIndex, delta };
    }
    case "item/commandExecution/outputDelta": {
      const { threadId, turnId, itemId, delta } = notification.params;
      return { kind: "delta", threadId, turnId, itemId, itemType: "command_execution", field: "output", delta };
    }
    case "item/plan/delta": {
      const { threadId, turnId, itemId, delta } = notification.params;
      return { kind: "delta", threadId, turnId, itemId, itemType: "plan", field: "text", delta };
    }
    case "thread/tokenUsage/updated": {
      const { threadId, turnId, tokenUsage } = notification.params;
      return {
        kind: "usage",
        threadId,
        turnId,
        last: mapUsage(tokenUsage.last),
        total: mapUsage(tokenUsage.total),
        contextWindow: tokenUsage.modelContextWindow,
      };
    }
    case "error": {
      // willRetry:false is followed by turn/completed{failed} carrying the same error.
      const { threadId, turnId, error, willRetry } = notification.params;
      return willRetry ? { kind: "model_retry", threadId, turnId, message: error.message } : null;
    }
    case "warning": {
      const { threadId, message } = notification.params;
      return threadId === null ? null : { kind: "warning", threadId, turnId: null, message };
    }
    case "turn/completed": {
      const { threadId, turn } = notification.params;
      const end = turnEnd(turn, finalMessageOf(threadId, turn.id));
      return end === null ? null : { kind: "turn_ended", threadId, turnId: turn.id, end };
    }
    default:
      return null;
  }
}

function mapUsage(usage: TokenUsageBreakdown): TokenUsage {
  return {
    inputTokens: usage.inputTokens,
    cachedInputTokens: usage.cachedInputTokens,
    outputTokens: usage.outputTokens,
    reasoningOutputTokens: usage.reasoningOutputTokens,
    totalTokens: usage.totalTokens,
  };
}

/** `recorded` is the last agent message seen in item/completed; turn.items holds it too (docs/engine-notes.md §1). */
function turnEnd(turn: Turn, recorded: string | null): TurnEnd | null {
  switch (turn.status) {
    case "completed": {
      const fromItems = turn.items.findLast((item) => item.type === "agentMessage");
      const finalMessage = recorded ?? (fromItems?.type === "agentMessage" ? fromItems.text : null);
      return { status: "completed", finalMessage };
    }
    case "interrupted":
      return { status: "interrupted" };
    case "failed":
      return { status: "failed", ...classifyTurnError(turn.error), message: turn.error?.message ?? "the turn failed" };
    case "inProgress":
      return null;
  }
}

/**
 * model_error: the provider failed (HTTP, stream, quota, policy); engine_error: anything else.
 * retryable: whether sending the same message again later may succeed (docs/engine-notes.md §4 table).
 */
export function classifyTurnError(error: TurnError | null): { reason: "model_error" | "engine_error"; retryable: boolean } {
  const info: CodexErrorInfo | null = error?.codexErrorInfo ?? null;
  if (info === null) return { reason: "engine_error", retryable: false };
  if (typeof info === "string") {
    switch (info) {
      case "internalServerError":
      case "serverOverloaded":
      case "rateLimitExceeded":
      case "flexUnavailable":
      case "policyCapacityUnavailable":
        return { reason: "model_error", retryable: true };
      case "contextWindowExceeded":
      case "usageLimitExceeded":
      case "sessionBudgetExceeded":
      case "unauthorized":
      case "badRequest":
      case "modelNotFound":
      case "cyberPolicy":
      case "misalignmentPolicyViolation":
      case "inferenceHookDenied":
        return { reason: "model_error", retryable: false };
      case "other":
        // A broken or cut SSE stream is reported as `other` with this message (docs/engine-notes.md §4).
        return /^stream disconnected before completion/.test(error?.message ?? "")
          ? { reason: "model_error", retryable: true }
          : { reason: "engine_error", retryable: false };
      default:
        return { reason: "engine_error", retryable: false };
    }
  }
  for (const key of ["httpConnectionFailed", "responseStreamConnectionFailed", "responseStreamDisconnected", "responseTooManyFailedAttempts"] as const) {
    if (key in info) {
      const status = (info as Record<string, { httpStatusCode?: number | null } | undefined>)[key]?.httpStatusCode ?? null;
      return { reason: "model_error", retryable: retryableStatus(status) };
    }
  }
  return { reason: "engine_error", retryable: false };
}

/** No status (connection refused, reset), timeouts, conflicts, rate limits and 5xx may pass later. */
function retryableStatus(status: number | null): boolean {
  return status === null || status === 408 || status === 409 || status === 429 || status >= 500;
}
