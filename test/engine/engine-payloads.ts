// Engine payloads as the pinned engine (0.169.0) sent them to a scripted model run: one turn with
// reasoning, an approved apply_patch, an approved escalated command and a final message.
import type { ServerNotification } from "../../generated/engine/index.js";
import type { ThreadItem, Turn } from "../../generated/engine/v2/index.js";

export const THREAD = "01a20daf-9a53-7d50-99c8-fb5c4a00362d";
export const TURN = "01a20daf-9a6c-7dd2-b7a8-20bf7e4983b5";

export const userMessage: ThreadItem = {
  type: "userMessage",
  id: "01a20daf-9abe-77b3-98c8-38dc1eabde23",
  clientId: null,
  content: [
    { type: "text", text: "go", text_elements: [] },
    { type: "image", url: "data:image/png;base64,iVBORw0KGgo=", detail: "auto" },
    { type: "localImage", path: "/tmp/ws/shot.png" },
  ],
  startedAtMs: 1795525941952,
  completedAtMs: 1795525941952,
};

export const reasoning: ThreadItem = {
  type: "reasoning",
  id: "rs_2",
  summary: ["Thinking about it"],
  content: ["raw thoughts"],
  startedAtMs: 1795525942083,
  completedAtMs: 1795525942087,
};

export const fileChangeStarted: ThreadItem = {
  type: "fileChange",
  id: "call_3",
  changes: [
    {
      path: "/tmp/ws-xcUXXu/existing.txt",
      kind: { type: "update", move_path: "/tmp/ws-xcUXXu/moved.txt" },
      diff: "@@ -1,3 +1,3 @@\n line1\n-line2\n+line2 changed\n line3\n\n\nMoved to: /tmp/ws-xcUXXu/moved.txt",
    },
    { path: "/tmp/ws-xcUXXu/hello.txt", kind: { type: "add" }, diff: "hello\n" },
    { path: "/tmp/ws-xcUXXu/gone.txt", kind: { type: "delete" }, diff: "line1\nline2\n" },
  ],
  status: "inProgress",
  startedAtMs: 1795525942101,
  completedAtMs: null,
};

export type CommandItem = Extract<ThreadItem, { type: "commandExecution" }>;

export const commandCompleted: CommandItem = {
  type: "commandExecution",
  id: "call_5",
  pluginId: null,
  scriptPath: null,
  command: "/bin/bash -c 'echo hi; ls'",
  cwd: "/tmp/ws-xcUXXu",
  processId: "24400",
  source: "unifiedExecStartup",
  status: "completed",
  commandActions: [{ type: "listFiles", command: "ls", path: null }],
  aggregatedOutput: "hi\nhello.txt\nmoved.txt\n",
  exitCode: 0,
  durationMs: 0,
  startedAtMs: 1795525942537,
  completedAtMs: 1795525942586,
};

export const commandStarted: CommandItem = {
  ...commandCompleted,
  processId: null,
  source: "agent",
  status: "inProgress",
  aggregatedOutput: null,
  exitCode: null,
  durationMs: null,
  completedAtMs: null,
};

export const agentMessage: ThreadItem = {
  type: "agentMessage",
  moderation: null,
  id: "msg_7",
  text: "All done.",
  phase: null,
  memoryCitation: null,
  delivery: null,
  questions: null,
  startedAtMs: 1795525942614,
  completedAtMs: 1795525942614,
};

export function turn(status: Turn["status"], extra: Partial<Turn> = {}): Turn {
  return {
    id: TURN,
    rootTurnId: TURN,
    items: status === "completed" ? [agentMessage] : [],
    itemsView: "summary",
    status,
    error: null,
    startedAt: 1795525941,
    completedAt: 1795525942,
    durationMs: 752,
    ...extra,
  };
}

export const usageUpdated: ServerNotification = {
  method: "thread/tokenUsage/updated",
  params: {
    threadId: THREAD,
    turnId: TURN,
    tokenUsage: {
      total: { totalTokens: 21191, inputTokens: 21122, cachedInputTokens: 0, cacheWriteInputTokens: 0, outputTokens: 69, reasoningOutputTokens: 8 },
      last: { totalTokens: 10671, inputTokens: 10647, cachedInputTokens: 512, cacheWriteInputTokens: 0, outputTokens: 24, reasoningOutputTokens: 4 },
      modelContextWindow: 258400,
    },
  },
};
