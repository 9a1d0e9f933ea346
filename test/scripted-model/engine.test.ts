// The scripted model driving the real engine (`codex app-server`, the pinned binary): what the
// script says must come out of the engine as notifications, approvals, commands and files.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScript, startScriptedModel, type RecordedRequest, type Script, type ScriptedModel } from "../../src/scripted-model/index.js";
import { EngineDriver, type Notification } from "./engine-driver.js";

const SLUG = "scripted-test-model";

interface Rig {
  model: ScriptedModel;
  engine: EngineDriver;
  workspace: string;
}

async function startRig(script: Script): Promise<Rig> {
  const model = await startScriptedModel(script, { modelSlug: SLUG });
  const workspace = await mkdtemp(join(tmpdir(), "scripted-model-workspace-"));
  try {
    return { model, engine: await EngineDriver.start(model.url, SLUG), workspace };
  } catch (error) {
    await model.close();
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
}

async function stopRig(rig: Rig | undefined): Promise<void> {
  if (rig === undefined) return;
  try {
    await rig.engine.close();
  } finally {
    await rig.model.close();
    await rm(rig.workspace, { recursive: true, force: true });
  }
}

/** Starts a thread and runs one turn to its end; returns the turn and the notifications of that turn. */
async function runTurn(rig: Rig, text: string, approvalPolicy: "on-request" | "untrusted", threadId?: string) {
  const thread =
    threadId ?? (await rig.engine.request("thread/start", { cwd: rig.workspace, approvalPolicy, sandbox: "workspace-write" })).thread.id;
  const { turn } = await rig.engine.request("turn/start", { threadId: thread, input: [{ type: "text", text, text_elements: [] }] });
  const completed = await rig.engine.waitFor("turn/completed", (params) => params.turn.id === turn.id);
  const ofTurn = (method: string): Record<string, any>[] =>
    rig.engine.notifications.filter((n: Notification) => n.method === method && n.params.turnId === turn.id).map((n) => n.params);
  const approvals = rig.engine.serverRequests.filter((request) => request.params.turnId === turn.id);
  const modelRequests = rig.model.requests.filter((request: RecordedRequest) => request.headers["thread-id"] === thread);
  return { threadId: thread, turn: completed.turn, ofTurn, approvals, modelRequests };
}

const acceptAll = (request: { method: string }): unknown => {
  if (request.method.endsWith("/requestApproval")) return { decision: "accept" };
  throw new Error(`unexpected server request ${request.method}`);
};

describe("scripted model with the real engine", () => {
  const script: Script = {
    turns: [
      { match: "^stream", responses: [[{ type: "reasoning", summary: "Thinking it over", chunkChars: 6 }, { type: "text", deltas: ["Hel", "lo, ", "world"] }]] },
      {
        match: "^approve",
        responses: [
          [{ type: "exec", command: "echo scripted-$((6*7))", escalate: true, justification: "Print a marker" }],
          [{ type: "text", text: "The command ran." }],
        ],
      },
      {
        match: "^patch",
        responses: [
          [{ type: "patch", patch: "*** Begin Patch\n*** Add File: created.txt\n+hello from the script\n*** End Patch\n" }],
          [{ type: "text", text: "Patched." }],
        ],
      },
      { match: "^fail", responses: [[{ type: "fail", message: "scripted failure" }]] },
      { match: "^unauthorized", responses: [[{ type: "http_error", status: 401, body: { error: { message: "bad key" } } }]] },
      { match: "^cut", responses: [[{ type: "text", text: "partial" }, { type: "disconnect" }]] },
    ],
  };
  let rig: Rig | undefined;

  beforeAll(async () => {
    rig = await startRig(script);
    rig.engine.onServerRequest = acceptAll;
  });
  afterAll(() => stopRig(rig));

  it("streams scripted reasoning and text as engine deltas, one per scripted delta", async () => {
    const { turn, ofTurn, modelRequests } = await runTurn(rig!, "stream please", "on-request");
    expect(turn.status).toBe("completed");
    expect(ofTurn("item/agentMessage/delta").map((params) => params.delta)).toStrictEqual(["Hel", "lo, ", "world"]);
    expect(ofTurn("item/reasoning/summaryTextDelta").map((params) => params.delta)).toStrictEqual(["Thinki", "ng it ", "over"]);
    const message = ofTurn("item/completed").find((params) => params.item.type === "agentMessage");
    expect(message?.item.text).toBe("Hello, world");
    expect(modelRequests.map((request) => [request.turn, request.response])).toStrictEqual([[0, 0]]);
    // What the engine sends: developer instructions, then the user's message; no injected user context.
    const input = (modelRequests[0]!.body as { input: { type: string; role?: string }[] }).input;
    expect(input.map((item) => `${item.type}:${item.role}`)).toStrictEqual(["message:developer", "message:developer", "message:user"]);
  });

  it("turns an escalated exec into a command approval; accepted, the command runs and its output reaches the model", async () => {
    const { turn, ofTurn, approvals, modelRequests } = await runTurn(rig!, "approve this", "on-request");
    expect(turn.status).toBe("completed");
    expect(approvals.map((request) => request.method)).toStrictEqual(["item/commandExecution/requestApproval"]);
    const approval = approvals[0]!.params;
    expect(approval).toMatchObject({ itemId: expect.stringMatching(/^call_\d+$/), reason: "Print a marker" });
    expect(approval.command).toContain("echo scripted-$((6*7))");

    const command = ofTurn("item/completed").find((params) => params.item.type === "commandExecution")!.item;
    expect(command).toMatchObject({ id: approval.itemId, status: "completed", exitCode: 0 });
    expect(command.aggregatedOutput).toContain("scripted-42");

    expect(modelRequests.map((request) => [request.turn, request.response])).toStrictEqual([
      [1, 0],
      [1, 1],
    ]);
    const followUp = (modelRequests[1]!.body as { input: Record<string, any>[] }).input;
    const result = followUp.find((item) => item.type === "function_call_output");
    expect(result).toMatchObject({ call_id: approval.itemId, output: expect.stringContaining("scripted-42") });
    expect(ofTurn("item/completed").at(-1)?.item).toMatchObject({ type: "agentMessage", text: "The command ran." });
  });

  it("applies a scripted patch to the workspace", async () => {
    const { turn, ofTurn, modelRequests } = await runTurn(rig!, "patch the workspace", "on-request");
    expect(turn.status).toBe("completed");
    expect(await readFile(join(rig!.workspace, "created.txt"), "utf8")).toBe("hello from the script\n");
    const change = ofTurn("item/completed").find((params) => params.item.type === "fileChange")!.item;
    expect(change.status).toBe("completed");
    const followUp = (modelRequests.at(-1)!.body as { input: Record<string, any>[] }).input;
    expect(followUp.find((item) => item.type === "custom_tool_call_output")).toMatchObject({ call_id: change.id, output: expect.stringContaining("created.txt") });
  });

  it("fails the turn with the scripted message on a fail event", async () => {
    const { turn, ofTurn } = await runTurn(rig!, "fail now", "on-request");
    expect(turn.status).toBe("failed");
    expect(turn.error.message).toContain("scripted failure");
    expect(ofTurn("error").map((params) => params.willRetry)).toStrictEqual([false]);
  });

  it("fails the turn with the HTTP status of an http_error event", async () => {
    const { turn } = await runTurn(rig!, "unauthorized", "on-request");
    expect(turn.status).toBe("failed");
    expect(turn.error).toMatchObject({ message: expect.stringContaining("401"), codexErrorInfo: { httpConnectionFailed: { httpStatusCode: 401 } } });
  });

  it("fails the turn as a broken stream on a disconnect event", async () => {
    const { turn, ofTurn } = await runTurn(rig!, "cut the line", "on-request");
    expect(turn.status).toBe("failed");
    expect(turn.error.message).toContain("stream disconnected before completion");
    expect(ofTurn("item/agentMessage/delta").map((params) => params.delta)).toStrictEqual(["partial"]);
  });
});

describe("the offline demo script (examples/scripts/demo.json) with the real engine", () => {
  let rig: Rig | undefined;

  beforeAll(async () => {
    rig = await startRig(await loadScript(fileURLToPath(new URL("../../examples/scripts/demo.json", import.meta.url))));
    rig.engine.onServerRequest = acceptAll;
    await writeFile(join(rig.workspace, "README.md"), "# A project\n");
  });
  afterAll(() => stopRig(rig));

  it("asks to approve a command and a patch under the untrusted policy, then summarises", async () => {
    const first = await runTurn(rig!, "Show me what you can do", "untrusted");
    expect(first.turn.status).toBe("completed");
    expect(first.approvals.map((request) => request.method)).toStrictEqual([
      "item/commandExecution/requestApproval",
      "item/fileChange/requestApproval",
    ]);
    expect(first.approvals[0]!.params.reason).toBe("List the files in the workspace");
    const listing = first.ofTurn("item/completed").find((params) => params.item.type === "commandExecution")!.item;
    expect(listing.aggregatedOutput).toContain("README.md");
    expect(await readFile(join(rig!.workspace, "codex-demo-notes.md"), "utf8")).toContain("# Codex demo notes");
    expect(first.turn.items.at(-1)).toMatchObject({ type: "agentMessage", text: expect.stringContaining("That's the demo.") });

    const second = await runTurn(rig!, "And now?", "untrusted", first.threadId);
    expect(second.turn.items.at(-1)).toMatchObject({ type: "agentMessage", text: expect.stringContaining("scripted demo model") });
  });
});
