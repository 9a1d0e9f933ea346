// The engine's ThreadItem → the protocol's Item (spec `components/schemas/Item`). Pure.
import type { FileChange, Item, ItemStatus } from "../../generated/types.js";
import type { FileUpdateChange, ThreadItem, UserInput } from "../../generated/engine/v2/index.js";
import { splitShellWords } from "./shell-words.js";

type EngineStatus = "inProgress" | "completed" | "failed" | "declined";

function mapStatus(status: EngineStatus): ItemStatus {
  return status === "inProgress" ? "in_progress" : status;
}

/** A command's argv: the shell words of the engine's command line, or the whole line if it does not split. */
export function commandArgv(commandLine: string): string[] {
  return splitShellWords(commandLine) ?? [commandLine];
}

export function mapFileChanges(changes: FileUpdateChange[]): FileChange[] {
  return changes.map((change) => ({
    path: change.path,
    kind: change.kind.type,
    movePath: change.kind.type === "update" ? change.kind.move_path : null,
    diff: unifiedDiff(change),
  }));
}

/**
 * The engine gives an added file's content and a deleted file's old content as plain text, and
 * appends "\n\nMoved to: <path>" to a renaming update's diff. The protocol wants diff lines
 * (spec FileChange.diff) and has movePath for the rename.
 */
function unifiedDiff(change: FileUpdateChange): string {
  switch (change.kind.type) {
    case "add":
      return prefixLines(change.diff, "+");
    case "delete":
      return prefixLines(change.diff, "-");
    case "update": {
      const moved = change.kind.move_path === null ? null : `\n\nMoved to: ${change.kind.move_path}`;
      return moved !== null && change.diff.endsWith(moved) ? change.diff.slice(0, -moved.length) : change.diff;
    }
  }
}

function prefixLines(content: string, sign: "+" | "-"): string {
  if (content === "") return "";
  const body = content.endsWith("\n") ? content.slice(0, -1) : content;
  return `${body.split("\n").map((line) => sign + line).join("\n")}\n`;
}

export function mapItem(item: ThreadItem): Item {
  switch (item.type) {
    case "agentMessage":
      return { type: "agent_message", id: item.id, text: item.text };
    case "reasoning":
      return { type: "reasoning", id: item.id, summary: item.summary, content: item.content };
    case "commandExecution":
      return {
        type: "command_execution",
        id: item.id,
        command: commandArgv(item.command),
        commandLine: item.command,
        cwd: item.cwd,
        status: mapStatus(item.status),
        exitCode: item.exitCode,
        // aggregatedOutput is the truth: the first output chunk can be missing from the deltas (docs/engine-notes.md §7).
        output: item.aggregatedOutput ?? "",
        durationMs: item.durationMs,
        processId: item.processId,
      };
    case "fileChange":
      return { type: "file_change", id: item.id, status: mapStatus(item.status), changes: mapFileChanges(item.changes) };
    case "mcpToolCall":
      return {
        type: "tool_call",
        id: item.id,
        server: item.server,
        tool: item.tool,
        arguments: item.arguments,
        status: mapStatus(item.status),
        result: item.result,
        error: item.error?.message ?? null,
        durationMs: item.durationMs,
      };
    case "dynamicToolCall":
      return {
        type: "tool_call",
        id: item.id,
        server: null,
        tool: item.namespace === null ? item.tool : `${item.namespace}.${item.tool}`,
        arguments: item.arguments,
        status: mapStatus(item.status),
        result: item.contentItems,
        error: item.success === false ? "the tool reported a failure" : null,
        durationMs: item.durationMs,
      };
    case "webSearch": {
      const action = item.action;
      const url = action !== null && (action.type === "openPage" || action.type === "findInPage") ? (action.url ?? null) : null;
      return { type: "web_search", id: item.id, query: item.query === "" ? null : item.query, url };
    }
    case "plan":
      // The engine's plan item is free text; step lists come from `turn/plan/updated`, which has no item.
      return { type: "plan", id: item.id, text: item.text, steps: [] };
    case "userMessage":
      return userMessage(item.id, item.content);
    case "imageView":
      return other(item.type, item.id, `viewed image ${item.path}`);
    case "enteredReviewMode":
    case "exitedReviewMode":
      return other(item.type, item.id, item.review);
    case "functionCallOutput":
      return other(item.type, item.id, `output of ${item.name}`);
    case "hookPrompt":
    case "collabAgentToolCall":
    case "subAgentActivity":
    case "sleep":
    case "imageGeneration":
    case "contextCompaction":
      return other(item.type, item.id);
    default: {
      // A new engine item kind breaks the build here; at run time (experimental kinds) it is `other`.
      const unknown: never = item;
      const { type, id } = unknown as { type: string; id: string };
      return other(type, id);
    }
  }
}

function userMessage(id: string, content: UserInput[]): Item {
  const text = content.flatMap((input) => (input.type === "text" ? [input.text] : [])).join("\n");
  const imageCount = content.filter((input) => input.type === "image" || input.type === "localImage").length;
  return imageCount > 0 ? { type: "user_message", id, text, imageCount } : { type: "user_message", id, text };
}

function other(engineType: string, id: string, summary?: string): Item {
  return summary === undefined ? { type: "other", id, engineType } : { type: "other", id, engineType, summary };
}
