// Turns through CodexEngine: the real engine driven by the scripted model.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EngineEvent, ThreadSettings } from "../../src/core/engine-port.js";
import type { Script } from "../../src/scripted-model/index.js";
import { alive, apiKeyProviderAtScriptedModel, startHarness, type Harness } from "./engine-harness.js";

let harness: Harness | undefined;
/** Command lines of the sleeps a test started: whatever a failed test leaves of them is killed. */
const markers: string[] = [];
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  for (const pid of markers.splice(0).flatMap(pids)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

let sleeps = 0;
/** A `sleep` of about 30 s whose command line no other process has. */
function sleepMarker(): string {
  const marker = `sleep 30.${process.pid}0${++sleeps}0${Date.now() % 100_000}`;
  markers.push(marker);
  return marker;
}

type Ended = Extract<EngineEvent, { kind: "turn_ended" }>;

async function start(script: Script, settings: Partial<ThreadSettings> = {}) {
  harness = await startHarness({ script });
  const h = harness;
  const thread: ThreadSettings = { cwd: h.workspace, approvalPolicy: "on-request", sandbox: "read-only", ...settings };
  const { threadId } = await h.engine.startThread(thread);
  const turn = async (text: string) => {
    const { turnId } = await h.engine.startTurn(threadId, [{ type: "text", text }], thread);
    return { turnId, ended: () => h.waitFor("turn_ended", (e) => e.turnId === turnId) as Promise<Ended> };
  };
  return { h, threadId, thread, turn };
}

function ofTurn(h: Harness, turnId: string): EngineEvent[] {
  return h.events.filter((e) => "turnId" in e && e.turnId === turnId);
}

/** Host PIDs of processes whose command line contains `marker`. */
function pids(marker: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", marker], { encoding: "utf8" }).trim().split("\n").map(Number);
  } catch {
    return [];
  }
}

/** Whether a bwrap process is setting up the sandbox for a command line holding `marker`. */
function bwrapRunning(marker: string): boolean {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (argv[0] === "bwrap" && argv.some((arg) => arg.includes(marker))) return true;
    } catch {
      // Exited while we looked.
    }
  }
  return false;
}

async function until<T>(probe: () => T | undefined, timeoutMs = 10_000, pollMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

describe("turns", () => {
  it("streams reasoning and text deltas, then ends completed with the final message and usage", async () => {
    const { h, turn } = await start({
      turns: [{ responses: [[{ type: "reasoning", summary: "Plan it", content: "raw" }, { type: "text", text: "Hello streaming world", chunkChars: 5 }]] }],
    });
    const { turnId, ended } = await turn("say hello");
    expect((await ended()).end).toEqual({ status: "completed", finalMessage: "Hello streaming world" });
    const events = ofTurn(h, turnId);
    expect(events[0]).toEqual({ kind: "turn_started", threadId: expect.any(String), turnId });
    const text = events.filter((e) => e.kind === "delta" && e.itemType === "agent_message");
    // Five deltas of 5 characters; those the adapter reads at once are joined (delta-merge.ts).
    expect(text.length).toBeGreaterThanOrEqual(1);
    expect(text.length).toBeLessThanOrEqual(5);
    expect(text.map((e) => (e as { delta: string }).delta).join("")).toBe("Hello streaming world");
    expect(events).toContainEqual(expect.objectContaining({ kind: "delta", itemType: "reasoning", field: "summary", index: 0, delta: "Plan it" }));
    expect(events).toContainEqual(expect.objectContaining({ kind: "delta", itemType: "reasoning", field: "content", index: 0, delta: "raw" }));
    expect(events).toContainEqual(expect.objectContaining({ kind: "item", event: "completed", item: { type: "agent_message", id: expect.any(String), text: "Hello streaming world" } }));
    expect(events).toContainEqual(expect.objectContaining({ kind: "item", event: "completed", item: expect.objectContaining({ type: "user_message", text: "say hello" }) }));
    expect(events).toContainEqual(expect.objectContaining({ kind: "usage", last: expect.objectContaining({ totalTokens: expect.any(Number) }) }));
    expect(events.at(-1)?.kind).toBe("turn_ended");
  });

  it("runs an approved command and reports its output", async () => {
    const { h, turn } = await start({
      turns: [{ responses: [[{ type: "exec", command: "echo approved-output", escalate: true, justification: "to check" }], [{ type: "text", text: "ran it" }]] }],
    });
    const { turnId, ended } = await turn("run it");
    const { request } = await h.waitFor("approval_requested", (e) => e.turnId === turnId);
    expect(request).toMatchObject({
      kind: "command",
      command: ["/bin/bash", "-c", "echo approved-output"],
      commandLine: "/bin/bash -c 'echo approved-output'",
      cwd: h.workspace,
      reason: "to check",
      decisions: ["allow", "allow_for_session", "deny", "deny_and_stop"],
    });
    expect(request.id).toBe(request.itemId);
    request.respond("allow");
    expect((await ended()).end).toEqual({ status: "completed", finalMessage: "ran it" });
    const done = ofTurn(h, turnId).find((e) => e.kind === "item" && e.event === "completed" && e.item.type === "command_execution");
    expect(done).toMatchObject({ item: { status: "completed", exitCode: 0, output: "approved-output\n", command: ["/bin/bash", "-c", "echo approved-output"] } });
    expect(h.events.some((e) => e.kind === "approval_withdrawn")).toBe(false);
  });

  it("continues the turn after deny: the command is declined and the model is told", async () => {
    const { h, turn } = await start({
      turns: [{ responses: [[{ type: "exec", command: "echo nope", escalate: true, justification: "please" }], [{ type: "text", text: "understood" }]] }],
    });
    const { turnId, ended } = await turn("try it");
    (await h.waitFor("approval_requested", (e) => e.turnId === turnId)).request.respond("deny");
    expect((await ended()).end).toEqual({ status: "completed", finalMessage: "understood" });
    expect(ofTurn(h, turnId)).toContainEqual(expect.objectContaining({ kind: "item", event: "completed", item: expect.objectContaining({ type: "command_execution", status: "declined" }) }));
    expect(h.model!.requests).toHaveLength(2);
    expect(JSON.stringify(h.model!.requests[1]!.body)).toContain("rejected by user");
  });

  it("ends the turn interrupted on deny_and_stop", async () => {
    const { h, turn } = await start({
      turns: [{ responses: [[{ type: "exec", command: "echo stop", escalate: true, justification: "please" }], [{ type: "text", text: "never sent" }]] }],
    });
    const { turnId, ended } = await turn("try it");
    (await h.waitFor("approval_requested", (e) => e.turnId === turnId)).request.respond("deny_and_stop");
    expect((await ended()).end).toEqual({ status: "interrupted" });
    expect(h.model!.requests).toHaveLength(1);
  });

  it("withdraws a pending approval when the turn is interrupted", async () => {
    const { h, threadId, turn } = await start({
      turns: [{ responses: [[{ type: "exec", command: "echo later", escalate: true, justification: "please" }]] }],
    });
    const { turnId, ended } = await turn("try it");
    const { request } = await h.waitFor("approval_requested", (e) => e.turnId === turnId);
    await h.engine.interruptTurn(threadId, turnId);
    expect((await ended()).end).toEqual({ status: "interrupted" });
    await h.waitFor("approval_withdrawn", (e) => e.requestId === request.id);
    // A late answer is ignored, not sent to the engine.
    request.respond("allow");
  });

  it("puts the patch's diff on a file change approval and applies it when allowed", async () => {
    const patch = "*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** Update File: existing.txt\n@@\n line1\n-line2\n+line2 changed\n*** End Patch\n";
    const { h, turn } = await start({ turns: [{ responses: [[{ type: "patch", patch }], [{ type: "text", text: "patched" }]] }] });
    await writeFile(join(h.workspace, "existing.txt"), "line1\nline2\nline3\n");
    const { turnId, ended } = await turn("patch it");
    const { request } = await h.waitFor("approval_requested", (e) => e.turnId === turnId);
    expect(request).toMatchObject({ kind: "file_change", command: [], reason: "" });
    expect(request.changes).toEqual([
      { path: join(h.workspace, "existing.txt"), kind: "update", movePath: null, diff: "@@ -1,3 +1,3 @@\n line1\n-line2\n+line2 changed\n line3\n" },
      { path: join(h.workspace, "hello.txt"), kind: "add", movePath: null, diff: "+hello\n" },
    ]);
    request.respond("allow");
    expect((await ended()).end).toEqual({ status: "completed", finalMessage: "patched" });
    expect(await readFile(join(h.workspace, "hello.txt"), "utf8")).toBe("hello\n");
    expect(await readFile(join(h.workspace, "existing.txt"), "utf8")).toBe("line1\nline2 changed\nline3\n");
  });

  // The engine leaves a running command alive after turn/interrupt (docs/engine-notes.md §3); interruptTurn must not.
  it.each([
    ["while the tool call waits for it", 20_000, []],
    ["after it went to the background", 200, [{ type: "delay", ms: 30_000 }, { type: "text", text: "never sent" }]],
  ] as const)("stops the turn's running command on interrupt (%s)", async (_case, yieldTimeMs, followUp) => {
    const marker = sleepMarker();
    const { h, threadId, turn } = await start(
      { turns: [{ responses: [[{ type: "exec", command: marker, yieldTimeMs }], [...followUp]] }] },
      { sandbox: "workspace-write" },
    );
    const { turnId, ended } = await turn("sleep");
    await h.waitFor("item", (e) => e.turnId === turnId && e.item.type === "command_execution");
    const running = await until(() => (pids(marker).length > 0 ? pids(marker) : undefined));
    if (yieldTimeMs === 200) await h.model!.waitForRequests(2);
    await h.engine.interruptTurn(threadId, turnId);
    expect(h.events).toContainEqual(expect.objectContaining({ kind: "turn_ended", turnId, end: { status: "interrupted" } }));
    await ended();
    expect(pids(marker)).toEqual([]);
    for (const pid of running) expect(alive(pid)).toBe(false);
    // Nothing of the turn is reported after its end (the killed command's late item/completed is dropped).
    expect(ofTurn(h, turnId).at(-1)?.kind).toBe("turn_ended");
  });

  // Interrupted while bwrap sets the sandbox up, before the engine reports the command, the
  // sandbox's inner stage outlives the engine's kill (escaped-commands.ts); it must still go.
  it("stops a command interrupted during its sandbox setup", async () => {
    const marker = sleepMarker();
    const { h, threadId, turn } = await start(
      { turns: [{ responses: [[{ type: "exec", command: marker, yieldTimeMs: 20_000 }]] }] },
      { sandbox: "workspace-write" },
    );
    const { turnId, ended } = await turn("sleep");
    // pgrep is too slow to catch the setup: scan /proc, yielding between scans.
    const deadline = Date.now() + 10_000;
    while (!bwrapRunning(marker) && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
    await h.engine.interruptTurn(threadId, turnId);
    expect((await ended()).end).toEqual({ status: "interrupted" });
    expect(pids(marker)).toEqual([]);
  });

  it("interrupting one thread leaves another thread's identical command running", async () => {
    const marker = sleepMarker();
    const exec = [[{ type: "exec" as const, command: marker, yieldTimeMs: 20_000 }]];
    const { h, threadId: threadA, thread, turn } = await start(
      { turns: [{ match: "^A$", responses: exec }, { match: "^B$", responses: exec }] },
      { sandbox: "workspace-write" },
    );
    // The sandbox's setup spawns short-lived helpers: settle before taking each command's pids.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
    const a = await turn("A");
    await until(() => (pids(marker).length > 0 ? true : undefined));
    await settle();
    const pidsA = pids(marker);
    const { threadId: threadB } = await h.engine.startThread(thread);
    const { turnId: turnB } = await h.engine.startTurn(threadB, [{ type: "text", text: "B" }], thread);
    await until(() => (pids(marker).some((pid) => !pidsA.includes(pid)) ? true : undefined));
    await settle();
    const pidsB = pids(marker).filter((pid) => !pidsA.includes(pid));
    await h.engine.interruptTurn(threadA, a.turnId);
    expect(pidsA.filter(alive)).toEqual([]);
    expect(pidsB.every(alive)).toBe(true);
    await h.engine.interruptTurn(threadB, turnB);
    expect(pids(marker)).toEqual([]);
  });

  it("continues a thread with its history after the engine is killed mid-turn", async () => {
    const { h, turn } = await start(
      {
        turns: [
          { match: "^first question$", responses: [[{ type: "text", text: "first answer" }]] },
          { match: "^second question$", responses: [[{ type: "delay", ms: 30_000 }, { type: "text", text: "never sent" }]] },
          { match: "^third question$", responses: [[{ type: "text", text: "third answer" }]] },
        ],
      },
      { instructions: "Answer tersely." },
    );
    await (await turn("first question")).ended();
    const second = await turn("second question");
    await h.model!.waitForRequests(2);
    const readyCount = h.events.filter((e) => e.kind === "engine_ready").length;
    process.kill(h.engine.enginePid!, "SIGKILL");
    expect((await h.waitFor("engine_exited")).description).toMatch(/SIGKILL/);
    await h.waitFor("engine_ready", () => h.events.filter((e) => e.kind === "engine_ready").length > readyCount);
    expect(ofTurn(h, second.turnId).some((e) => e.kind === "turn_ended")).toBe(false);

    const third = await turn("third question");
    expect((await third.ended()).end).toEqual({ status: "completed", finalMessage: "third answer" });
    const body = JSON.stringify(h.model!.requests.at(-1)!.body);
    expect(body).toContain("first question");
    expect(body).toContain("first answer");
    expect(body).toContain("second question");
    // Resuming with the thread's settings does not repeat its developer instructions.
    expect(body.split("Answer tersely.").length - 1).toBe(1);
  });

  it("resumes a closed thread on its next turn", async () => {
    const { h, threadId, turn } = await start({
      turns: [
        { match: "^one$", responses: [[{ type: "text", text: "reply one" }]] },
        { match: "^two$", responses: [[{ type: "text", text: "reply two" }]] },
      ],
    });
    await (await turn("one")).ended();
    await h.engine.closeThread(threadId);
    expect((await (await turn("two")).ended()).end).toEqual({ status: "completed", finalMessage: "reply two" });
    expect(JSON.stringify(h.model!.requests.at(-1)!.body)).toContain("reply one");
  });

  it("fails a turn as a model error when the model answers HTTP 401", async () => {
    const { turn } = await start({ turns: [{ responses: [[{ type: "http_error", status: 401, body: { error: { message: "bad key" } } }]] }] });
    const { end } = await (await turn("hi")).ended();
    expect(end).toMatchObject({ status: "failed", reason: "model_error", retryable: false, message: expect.stringContaining("401") });
  });
});

describe("OPENAI_API_KEY", () => {
  it("reaches the model as a bearer token from the environment, and is never written to the codex home", async () => {
    const key = `sk-test-${Date.now()}`;
    harness = await startHarness({
      script: { turns: [{ responses: [[{ type: "text", text: "authenticated" }]] }] },
      scriptedModelOption: false,
      env: { OPENAI_API_KEY: key },
      // Only the provider's address is redirected to the scripted model; the key rule is codex-api's own.
      engine: apiKeyProviderAtScriptedModel,
    });
    const h = harness;
    const { threadId } = await h.engine.startThread({ cwd: h.workspace });
    const { turnId } = await h.engine.startTurn(threadId, [{ type: "text", text: "hi" }], { cwd: h.workspace });
    expect((await h.waitFor("turn_ended", (e) => e.turnId === turnId)).end).toEqual({ status: "completed", finalMessage: "authenticated" });
    expect(h.model!.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
    const files = await readdir(h.home, { recursive: true, withFileTypes: true });
    for (const file of files.filter((f) => f.isFile())) {
      const text = await readFile(join(file.parentPath, file.name), "latin1");
      expect(text.includes(key), `${file.name} holds the key`).toBe(false);
    }
  });
});
