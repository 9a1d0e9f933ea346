// What a turn does with the items it streams: keeps its own copy of each open item, extends it
// with deltas in place, and closes what the engine left open when the turn ended; the frames
// that open a prompt (approval or question) and end a turn; and each item's `responseItem` (its
// OpenAI Responses API shape, for clients of the original protocol) and the status `message`
// lines. Pure.
import type {
  CommandPromptFrame,
  Item,
  ItemCompletedFrame,
  ItemStartedFrame,
  JsonValue,
  QuestionPromptFrame,
  ResponsesApiItem,
  StatusFrame,
  TokenUsage,
} from "../../generated/types.js";
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

/** The `message` of each status, one line for people (spec: "Clients of the original protocol"). */
export const STATUS_MESSAGES = {
  started: "Agent processing...",
  completed: "Agent run completed.",
  cancelled: "Agent run cancelled by client.",
  denied: "Agent run stopped: a prompt was denied (deny_and_stop or timeout).",
  shutdown: "Agent run interrupted: the server is shutting down.",
} as const satisfies Record<"started" | "completed" | StopReason, string>;

/** An item frame: the item, and its `responseItem` where its kind has one for this event. */
export function itemFrame(turnId: string, event: "started" | "completed", item: Item): Unsequenced<ItemStartedFrame | ItemCompletedFrame> {
  const responseItem = responseItemOf(item, event);
  return { type: "item", turnId, event, item, ...(responseItem === undefined ? {} : { responseItem }) } as Unsequenced<ItemStartedFrame | ItemCompletedFrame>;
}

/** Characters of a command's output `responseItem` repeats: the last ones (the item has all of it). */
export const RESPONSE_OUTPUT_MAX_CHARS = 65_536;

/**
 * The item in the shape of the OpenAI Responses API, for clients of the original protocol (spec:
 * the `item` frame's table): an assistant message and reasoning when completed; a command or a
 * file change as a `function_call` when started and its `function_call_output` when completed.
 */
export function responseItemOf(item: Item, event: "started" | "completed"): ResponsesApiItem | undefined {
  switch (item.type) {
    case "agent_message":
      if (event !== "completed") return undefined;
      return { type: "message", id: item.id, role: "assistant", status: "completed", content: [{ type: "output_text", text: item.text, annotations: [] }] };
    case "reasoning":
      if (event !== "completed") return undefined;
      return { type: "reasoning", id: item.id, summary: item.summary.map((text) => ({ type: "summary_text", text })) };
    case "command_execution":
      if (event === "started") {
        return { type: "function_call", call_id: item.id, name: "shell", arguments: JSON.stringify({ command: item.command, workdir: item.cwd }), status: "in_progress" };
      }
      return { type: "function_call_output", call_id: item.id, output: JSON.stringify({ output: commandOutput(item), metadata: { exit_code: item.exitCode, duration_seconds: item.durationMs === null ? null : item.durationMs / 1000 } }) };
    case "file_change":
      if (event === "started") return { type: "function_call", call_id: item.id, name: "apply_patch", arguments: JSON.stringify({ input: patchText(item.changes) }), status: "in_progress" };
      return { type: "function_call_output", call_id: item.id, output: patchOutcome(item) };
    default:
      return undefined;
  }
}

function commandOutput(item: Extract<Item, { type: "command_execution" }>): string {
  if (item.status === "declined") return item.output === "" ? "declined: the command was not run" : item.output;
  if (item.output.length <= RESPONSE_OUTPUT_MAX_CHARS) return item.output;
  let from = item.output.length - RESPONSE_OUTPUT_MAX_CHARS;
  // Not inside a surrogate pair: the cut keeps whole characters.
  if (/[\udc00-\udfff]/.test(item.output[from]!)) from++;
  return `[${from} earlier characters left out]\n${item.output.slice(from)}`;
}

type FileChanges = Extract<Item, { type: "file_change" }>["changes"];

/** The changes in Codex's patch format, each file's unified diff lines as its body. */
function patchText(changes: FileChanges): string {
  const lines = ["*** Begin Patch"];
  for (const change of changes) {
    if (change.kind === "add") lines.push(`*** Add File: ${change.path}`);
    else if (change.kind === "delete") lines.push(`*** Delete File: ${change.path}`);
    else {
      lines.push(`*** Update File: ${change.path}`);
      if (change.movePath) lines.push(`*** Move to: ${change.movePath}`);
    }
    if (change.kind !== "delete" && change.diff !== "") lines.push(change.diff.endsWith("\n") ? change.diff.slice(0, -1) : change.diff);
  }
  lines.push("*** End Patch");
  return `${lines.join("\n")}\n`;
}

function patchOutcome(item: Extract<Item, { type: "file_change" }>): string {
  if (item.status === "declined") return "Declined: the change was not applied.";
  if (item.status !== "completed") return "Failed: the change was not applied.";
  const letter = { add: "A", delete: "D", update: "M" } as const;
  return `Success. Updated the following files:\n${item.changes.map((c) => `${letter[c.kind]} ${c.movePath ?? c.path}\n`).join("")}`;
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
    return { ...base, state: "completed", message: STATUS_MESSAGES.completed, finalMessage, ...structured(outputSchema, finalMessage) };
  }
  if (end.status === "interrupted") {
    const reason = turn.stop ?? "cancelled";
    return { ...base, state: "interrupted", reason, message: STATUS_MESSAGES[reason] };
  }
  return { ...base, state: "failed", reason: end.reason, message: end.message === "" ? "Agent run failed." : end.message, retryable: end.retryable };
}
