// Control streams in the core (spec "Control streams"): an approve or cancel that acts on a
// session without a stream bound to it. Its answer is for the control stream alone; the session's
// own stream keeps its sink, sees the outcome and nothing of the control stream's errors.
// Also the 1.1.0 fields the core writes for clients of the original protocol: status `message`
// and item `responseItem`.
import { describe, expect, it } from "vitest";
import type { ItemFrame, ResponsesApiItem, StatusFrame } from "../../generated/types.js";
import { RESPONSE_OUTPUT_MAX_CHARS } from "../../src/core/items.js";
import { startCore, terminals, useCoreClock, type CoreHarness } from "../support/core-harness.js";

let h: CoreHarness;
useCoreClock(() => h);

const message = { type: "user_message" as const, content: "hello" };

async function runningTurn() {
  h = startCore();
  const opened = await h.open("s");
  await h.core.userMessage(opened.session, message);
  await h.settle();
  return opened;
}

describe("a control approve", () => {
  it("answers the prompt without touching the session's stream, which then sees the turn go on", async () => {
    const { session, sink } = await runningTurn();
    const id = h.engine.approval("thread-1", "turn-1");
    const before = sink.frames.length;
    expect(h.core.control("s", { type: "approve", id: "a-1", commandId: id, decision: "allow" })).toEqual({ ok: true, sessionId: "s" });
    expect(h.engine.approvals.get(id)!.answers).toEqual(["allow"]);
    // Nothing of the control stream enters the session's history, and its stream is still its stream.
    expect(sink.frames.length).toBe(before);
    expect(session.sink).toBe(sink);
    expect(sink.supersededCount).toBe(0);
    h.engine.endTurn("thread-1", "turn-1");
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "completed" })]);
  });

  it("is refused with the code a bound stream gets, only to the control stream", async () => {
    const { sink } = await runningTurn();
    const id = h.engine.approval("thread-1", "turn-1");
    const before = sink.frames.length;
    expect(h.core.control("s", { type: "approve", commandId: "nope", decision: "allow" })).toMatchObject({ ok: false, code: "command_not_found" });
    expect(h.core.control("s", { type: "approve", commandId: id, decision: "allow" })).toMatchObject({ ok: true });
    expect(h.core.control("s", { type: "approve", commandId: id, decision: "deny" })).toMatchObject({ ok: false, code: "command_already_resolved" });
    expect(sink.frames.length).toBe(before);
    expect(h.engine.approvals.get(id)!.answers).toEqual(["allow"]);
  });

  it("refuses a decision the prompt did not offer", async () => {
    await runningTurn();
    const id = h.engine.approval("thread-1", "turn-1");
    // A prompt that offers less (as a permissions prompt does).
    (h.engine.approvals.get(id)!.request as { decisions: string[] }).decisions = ["allow", "deny"];
    expect(h.core.control("s", { type: "approve", commandId: id, decision: "allow_for_session" })).toMatchObject({ ok: false, code: "decision_not_offered" });
    expect(h.engine.approvals.get(id)!.answers).toEqual([]);
  });

  it("for a session the server does not hold: no_session, and no session is created", async () => {
    h = startCore();
    expect(h.core.control("ghost", { type: "approve", commandId: "c", decision: "allow" })).toMatchObject({ ok: false, code: "no_session" });
    expect(h.core.control("ghost", { type: "cancel" })).toMatchObject({ ok: false, code: "no_session" });
    expect(h.core.hasSession("ghost")).toBe(false);
    expect(h.core.stats().sessions).toBe(0);
  });

  it("acts on a session that has no stream at the moment, without binding one", async () => {
    const { session, sink } = await runningTurn();
    h.core.detach(session, sink);
    const id = h.engine.approval("thread-1", "turn-1");
    expect(h.core.control("s", { type: "approve", commandId: id, decision: "deny" })).toMatchObject({ ok: true });
    expect(h.engine.approvals.get(id)!.answers).toEqual(["deny"]);
    expect(session.sink).toBeUndefined();
    // The prompt is in the history the next stream replays.
    const resumed = await h.open("s", 0);
    expect(resumed.sink.frames.some((f) => f.type === "command_prompt" && f.commandId === id)).toBe(true);
  });
});

describe("a control cancel", () => {
  it("stops the running turn; the session's stream sees interrupted with the original line", async () => {
    const { sink } = await runningTurn();
    const id = h.engine.approval("thread-1", "turn-1");
    expect(h.core.control("s", { type: "cancel", id: "c-1" })).toEqual({ ok: true, sessionId: "s" });
    await h.settle();
    const [end] = terminals(sink.frames) as StatusFrame[];
    expect(end).toMatchObject({ state: "interrupted", reason: "cancelled", message: "Agent run cancelled by client." });
    // Its prompt went with it: an answer now is too late.
    expect(h.core.control("s", { type: "approve", commandId: id, decision: "allow" })).toMatchObject({ ok: false, code: "command_already_resolved" });
    expect(sink.supersededCount).toBe(0);
  });

  it("with no turn running is acknowledged and does nothing", async () => {
    h = startCore();
    const { sink } = await h.open("s");
    expect(h.core.control("s", { type: "cancel" })).toEqual({ ok: true, sessionId: "s" });
    expect(sink.frames).toEqual([]);
  });
});

describe("status message", () => {
  it("every status has one: started, completed, and the engine's words for failed", async () => {
    const { sink } = await runningTurn();
    h.engine.endTurn("thread-1", "turn-1");
    const statuses = sink.frames.filter((f): f is StatusFrame => f.type === "status");
    expect(statuses.map((s) => [s.state, s.message])).toEqual([
      ["started", "Agent processing..."],
      ["completed", "Agent run completed."],
    ]);
  });

  it("failed keeps the engine's words; empty words become a line that says it failed", async () => {
    const { session, sink } = await runningTurn();
    h.engine.endTurn("thread-1", "turn-1", { status: "failed", reason: "model_error", message: "unexpected status 401", retryable: false });
    await h.core.userMessage(session, message);
    await h.settle();
    h.engine.endTurn("thread-1", "turn-2", { status: "failed", reason: "engine_error", message: "", retryable: false });
    expect(terminals(sink.frames).map((s) => (s as StatusFrame).message)).toEqual(["unexpected status 401", "Agent run failed."]);
  });
});

describe("responseItem", () => {
  type WithResponseItem = ItemFrame & { responseItem?: ResponsesApiItem };
  const items = (frames: readonly { type: string }[]) => frames.filter((f): f is WithResponseItem => f.type === "item");

  it("an assistant message and reasoning when completed; nothing on started or delta", async () => {
    const { sink } = await runningTurn();
    h.engine.item("thread-1", "turn-1", "started", { type: "agent_message", id: "msg", text: "" });
    h.engine.delta("thread-1", "turn-1", "msg", "Hi");
    h.engine.item("thread-1", "turn-1", "completed", { type: "agent_message", id: "msg", text: "Hi there" });
    h.engine.item("thread-1", "turn-1", "completed", { type: "reasoning", id: "rs", summary: ["one", "two"], content: ["raw"] });
    const [started, delta, done, reasoning] = items(sink.frames);
    expect(started).not.toHaveProperty("responseItem");
    expect(delta).not.toHaveProperty("responseItem");
    expect(done).toMatchObject({ responseItem: { type: "message", id: "msg", role: "assistant", content: [{ type: "output_text", text: "Hi there", annotations: [] }] } });
    expect(reasoning).toMatchObject({ responseItem: { type: "reasoning", id: "rs", summary: [{ type: "summary_text", text: "one" }, { type: "summary_text", text: "two" }] } });
  });

  it("a command: function_call of shell when started, its output (the last characters, bounded) when completed", async () => {
    const { sink } = await runningTurn();
    const base = { type: "command_execution" as const, id: "call_1", command: ["ls", "-la"], commandLine: "ls -la", cwd: "/w", processId: null };
    h.engine.item("thread-1", "turn-1", "started", { ...base, status: "in_progress", exitCode: null, output: "", durationMs: null });
    const long = `${"a".repeat(10)}${"b".repeat(RESPONSE_OUTPUT_MAX_CHARS)}`;
    h.engine.item("thread-1", "turn-1", "completed", { ...base, status: "completed", exitCode: 0, output: long, durationMs: 1500 });
    const [started, done] = items(sink.frames);
    expect(started!.responseItem).toEqual({ type: "function_call", call_id: "call_1", name: "shell", arguments: '{"command":["ls","-la"],"workdir":"/w"}', status: "in_progress" });
    expect(done!.responseItem).toMatchObject({ type: "function_call_output", call_id: "call_1" });
    const output = JSON.parse((done!.responseItem as { output: string }).output) as { output: string; metadata: unknown };
    expect(output.metadata).toEqual({ exit_code: 0, duration_seconds: 1.5 });
    expect(output.output).toBe(`[10 earlier characters left out]\n${"b".repeat(RESPONSE_OUTPUT_MAX_CHARS)}`);
  });

  it("cuts a long command output between characters, never inside a surrogate pair", async () => {
    const { sink } = await runningTurn();
    // 65539 UTF-16 units: keeping the last 65536 would start on the low half of the second emoji.
    const output = `${"😀".repeat(32_769)}b`;
    h.engine.item("thread-1", "turn-1", "completed", { type: "command_execution", id: "c", command: ["x"], commandLine: "x", cwd: "/", processId: null, status: "completed", exitCode: 0, output, durationMs: 1 });
    const [done] = items(sink.frames);
    const text = (JSON.parse((done!.responseItem as { output: string }).output) as { output: string }).output;
    expect(text).toBe(`[4 earlier characters left out]\n${"😀".repeat(32_767)}b`);
  });

  it("a file change: the apply_patch call when started, what happened when completed (or left open by the turn)", async () => {
    const { sink } = await runningTurn();
    const changes = [
      { path: "/w/new.txt", kind: "add" as const, diff: "+hello\n" },
      { path: "/w/gone.txt", kind: "delete" as const, diff: "-bye\n" },
    ];
    h.engine.item("thread-1", "turn-1", "started", { type: "file_change", id: "p1", status: "in_progress", changes });
    h.engine.item("thread-1", "turn-1", "completed", { type: "file_change", id: "p1", status: "completed", changes });
    h.engine.item("thread-1", "turn-1", "started", { type: "file_change", id: "p2", status: "in_progress", changes });
    h.engine.endTurn("thread-1", "turn-1");
    const [started, done, , closed] = items(sink.frames);
    const args = JSON.parse((started!.responseItem as { arguments: string }).arguments) as { input: string };
    expect(args.input).toBe("*** Begin Patch\n*** Add File: /w/new.txt\n+hello\n*** Delete File: /w/gone.txt\n*** End Patch\n");
    expect(done!.responseItem).toEqual({ type: "function_call_output", call_id: "p1", output: "Success. Updated the following files:\nA /w/new.txt\nD /w/gone.txt\n" });
    // The change the engine never completed is closed as failed, and says so.
    expect(closed!.responseItem).toEqual({ type: "function_call_output", call_id: "p2", output: "Failed: the change was not applied." });
  });

  it("none for kinds without a Responses API shape", async () => {
    const { sink } = await runningTurn();
    h.engine.item("thread-1", "turn-1", "completed", { type: "web_search", id: "ws", query: "x" });
    h.engine.item("thread-1", "turn-1", "completed", { type: "plan", id: "pl", text: "", steps: [] });
    for (const frame of items(sink.frames)) expect(frame).not.toHaveProperty("responseItem");
  });
});
