// What a turn does with the items it streams: keeps its own copy of each open item, extends it
// with deltas in place, and closes what the engine left open when the turn ended; and the
// frames that open a prompt and end a turn. Pure.
import type { CommandPromptFrame, Item, JsonValue, QuestionPromptFrame, StatusFrame, TokenUsage } from "../../generated/types.js";
import type { ApprovalRequest, QuestionRequest, TurnEnd } from "./engine-port.js";
import type { Unsequenced } from "./outbox.js";
import type { StopReason } from "./session.js";

/** The turn's own copy of an item it started, which its deltas then extend in place. */
export function openCopy(item: Item): Item {
  return item.type === "reasoning" ? { ...item, summary: [...item.summary], content: [...item.content] } : { ...item };
}

/** In place: copying the item for every delta was the core's hottest line in a profile of a streaming turn. */
export function appendDelta(item: Item, field: string, index: number | undefined, delta: string): void {
  switch (item.type) {
    case "agent_message":
    case "plan":
      if (field === "text") item.text += delta;
      return;
    case "command_execution":
      if (field === "output") item.output += delta;
      return;
    case "reasoning": {
      if (field !== "summary" && field !== "content") return;
      const parts = item[field];
      const i = index ?? 0;
      while (parts.length <= i) parts.push("");
      parts[i] += delta;
      return;
    }
  }
}

/** The final state of an item the engine left open when its turn ended. */
export function closeItem(item: Item): Item {
  switch (item.type) {
    case "command_execution":
    case "file_change":
    case "tool_call":
      return item.status === "in_progress" ? { ...item, status: "failed" } : item;
    default:
      return item;
  }
}

/** With an outputSchema, the final message parsed as JSON (when it is JSON). */
export function structured(outputSchema: Record<string, unknown> | undefined, finalMessage: string | null): { structuredOutput?: JsonValue } {
  if (outputSchema === undefined || finalMessage === null) return {};
  try {
    return { structuredOutput: JSON.parse(finalMessage) as JsonValue };
  } catch {
    return {};
  }
}

/** The command_prompt frame for an approval the engine waits on. */
export function promptFrame(request: ApprovalRequest, turnId: string, timeoutMs: number, nowMs: number): Unsequenced<CommandPromptFrame> {
  return {
    type: "command_prompt",
    turnId,
    commandId: request.id,
    kind: request.kind,
    itemId: request.itemId,
    command: request.command,
    ...(request.commandLine === undefined ? {} : { commandLine: request.commandLine }),
    ...(request.cwd === undefined ? {} : { cwd: request.cwd }),
    explanation: request.reason,
    ...(request.changes === undefined ? {} : { changes: request.changes }),
    ...(request.permissions === undefined ? {} : { permissions: request.permissions }),
    decisions: request.decisions,
    timeoutMs,
    expiresAt: new Date(nowMs + timeoutMs).toISOString(),
  };
}

/** The question_prompt frame for a question the engine waits on. */
export function questionFrame(request: QuestionRequest, turnId: string, timeoutMs: number, nowMs: number): Unsequenced<QuestionPromptFrame> {
  return {
    type: "question_prompt",
    turnId,
    promptId: request.id,
    kind: request.kind,
    ...(request.itemId === undefined ? {} : { itemId: request.itemId }),
    ...(request.serverName === undefined ? {} : { serverName: request.serverName }),
    message: request.message,
    ...(request.questions === undefined ? {} : { questions: request.questions }),
    ...(request.schema === undefined ? {} : { schema: request.schema }),
    ...(request.url === undefined ? {} : { url: request.url }),
    timeoutMs,
    expiresAt: new Date(nowMs + timeoutMs).toISOString(),
  };
}

/** How a turn ended: the engine's word, or ours (engine exit, watchdog). */
export type Ending = TurnEnd | { status: "failed"; reason: "engine_exited" | "watchdog"; message: string; retryable: boolean };

/** The one terminal status of a turn. */
export function terminalStatus(
  turn: { turnId: string; usage: TokenUsage; durationMs: number; finalMessage: string | null; stop: StopReason | undefined },
  end: Ending,
  outputSchema: Record<string, unknown> | undefined,
): Unsequenced<StatusFrame> {
  const base = { type: "status", turnId: turn.turnId, usage: turn.usage, durationMs: turn.durationMs } as const;
  if (end.status === "completed") {
    const finalMessage = end.finalMessage ?? turn.finalMessage;
    return { ...base, state: "completed", finalMessage, ...structured(outputSchema, finalMessage) };
  }
  if (end.status === "interrupted") return { ...base, state: "interrupted", reason: turn.stop ?? "cancelled" };
  return { ...base, state: "failed", reason: end.reason, message: end.message, retryable: end.retryable };
}
