import { describe, expect, it } from "vitest";
import type { ThreadItem } from "../../generated/engine/v2/index.js";
import { mapItem } from "../../src/engine/map-items.js";
import { agentMessage, commandCompleted, commandStarted, fileChangeStarted, reasoning, userMessage } from "./engine-payloads.js";

describe("mapItem", () => {
  it("maps an agent message and reasoning", () => {
    expect(mapItem(agentMessage)).toEqual({ type: "agent_message", id: "msg_7", text: "All done." });
    expect(mapItem(reasoning)).toEqual({ type: "reasoning", id: "rs_2", summary: ["Thinking about it"], content: ["raw thoughts"] });
  });

  it("maps a command with its argv, the original line, and aggregatedOutput as output", () => {
    expect(mapItem(commandCompleted)).toEqual({
      type: "command_execution",
      id: "call_5",
      command: ["/bin/bash", "-c", "echo hi; ls"],
      commandLine: "/bin/bash -c 'echo hi; ls'",
      cwd: "/tmp/ws-xcUXXu",
      status: "completed",
      exitCode: 0,
      output: "hi\nhello.txt\nmoved.txt\n",
      durationMs: 0,
      processId: "24400",
    });
    expect(mapItem(commandStarted)).toMatchObject({ status: "in_progress", output: "", exitCode: null, durationMs: null, processId: null });
  });

  it("keeps a command line that does not split as a one-word argv", () => {
    expect(mapItem({ ...commandCompleted, command: "echo 'open" })).toMatchObject({ command: ["echo 'open"], commandLine: "echo 'open" });
  });

  it("maps each item status", () => {
    for (const [engine, spec] of [["inProgress", "in_progress"], ["completed", "completed"], ["failed", "failed"], ["declined", "declined"]] as const) {
      expect(mapItem({ ...commandCompleted, status: engine })).toMatchObject({ status: spec });
    }
  });

  it("maps file changes to diff lines, with the rename in movePath", () => {
    expect(mapItem(fileChangeStarted)).toEqual({
      type: "file_change",
      id: "call_3",
      status: "in_progress",
      changes: [
        {
          path: "/tmp/ws-xcUXXu/existing.txt",
          kind: "update",
          movePath: "/tmp/ws-xcUXXu/moved.txt",
          diff: "@@ -1,3 +1,3 @@\n line1\n-line2\n+line2 changed\n line3\n",
        },
        { path: "/tmp/ws-xcUXXu/hello.txt", kind: "add", movePath: null, diff: "+hello\n" },
        { path: "/tmp/ws-xcUXXu/gone.txt", kind: "delete", movePath: null, diff: "-line1\n-line2\n" },
      ],
    });
  });

  it("counts the images of a user message and joins its text", () => {
    expect(mapItem(userMessage)).toEqual({ type: "user_message", id: userMessage.id, text: "go", imageCount: 2 });
    const textOnly: ThreadItem = { type: "userMessage", id: "u1", clientId: null, content: [{ type: "text", text: "a", text_elements: [] }, { type: "text", text: "b", text_elements: [] }] };
    expect(mapItem(textOnly)).toEqual({ type: "user_message", id: "u1", text: "a\nb" });
  });

  it("maps MCP and dynamic tool calls to tool_call", () => {
    const mcp = {
      type: "mcpToolCall",
      id: "call_9",
      server: "docs",
      environmentId: null,
      tool: "search",
      status: "completed",
      arguments: { q: "x" },
      appContext: null,
      mcpAppUi: null,
      pluginId: null,
      readOnlyHint: true,
      result: { content: [{ type: "text", text: "found" }], structuredContent: null, _meta: null },
      error: null,
      durationMs: 12,
    } satisfies ThreadItem;
    expect(mapItem(mcp)).toEqual({
      type: "tool_call",
      id: "call_9",
      server: "docs",
      tool: "search",
      arguments: { q: "x" },
      status: "completed",
      result: { content: [{ type: "text", text: "found" }], structuredContent: null, _meta: null },
      error: null,
      durationMs: 12,
    });
    expect(mapItem({ ...mcp, status: "failed", result: null, error: { message: "boom" } })).toMatchObject({ status: "failed", error: "boom", result: null });

    const dynamic: ThreadItem = {
      type: "dynamicToolCall",
      id: "call_10",
      namespace: "app",
      tool: "lookup",
      arguments: [1],
      status: "failed",
      contentItems: [{ type: "inputText", text: "no" }],
      success: false,
      durationMs: null,
    };
    expect(mapItem(dynamic)).toEqual({
      type: "tool_call",
      id: "call_10",
      server: null,
      tool: "app.lookup",
      arguments: [1],
      status: "failed",
      result: [{ type: "inputText", text: "no" }],
      error: "the tool reported a failure",
      durationMs: null,
    });
  });

  it("maps a web search with the page it opened", () => {
    const search: ThreadItem = { type: "webSearch", id: "ws_1", query: "vitest", action: { type: "search", query: "vitest", queries: null }, results: null };
    expect(mapItem(search)).toEqual({ type: "web_search", id: "ws_1", query: "vitest", url: null });
    const open: ThreadItem = { type: "webSearch", id: "ws_2", query: "", action: { type: "openPage", url: "https://vitest.dev" }, results: null };
    expect(mapItem(open)).toEqual({ type: "web_search", id: "ws_2", query: null, url: "https://vitest.dev" });
  });

  it("maps a plan item to its text", () => {
    expect(mapItem({ type: "plan", id: "p1", text: "1. read\n2. fix" })).toEqual({ type: "plan", id: "p1", text: "1. read\n2. fix", steps: [] });
  });

  it("maps everything else to other, with the engine's name", () => {
    expect(mapItem({ type: "contextCompaction", id: "c1" })).toEqual({ type: "other", id: "c1", engineType: "contextCompaction" });
    expect(mapItem({ type: "imageView", id: "i1", path: "/tmp/a.png" })).toEqual({ type: "other", id: "i1", engineType: "imageView", summary: "viewed image /tmp/a.png" });
    // A kind newer than the generated types (e.g. an experimental one) must not throw.
    expect(mapItem({ type: "hologram", id: "h1" } as unknown as ThreadItem)).toEqual({ type: "other", id: "h1", engineType: "hologram" });
  });
});
