// What the pinned engine does with turn/steer (docs/engine-notes.md §1), found by experiment and
// kept here: the real `codex app-server` against the scripted model, driven over stdio.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startScriptedModel, type ScriptedModel } from "../../src/scripted-model/index.js";
import { EngineDriver } from "../scripted-model/engine-driver.js";

const SLUG = "scripted-steer-model";
let model: ScriptedModel;
let engine: EngineDriver;
let workspace: string;

beforeAll(async () => {
  model = await startScriptedModel(
    {
      turns: [
        { match: "^first", responses: [[{ type: "text", text: "hi" }]] },
        // Anything else (the compaction's own request): slow, so the compact turn is still running.
        { responses: [[{ type: "delay", ms: 2_000 }, { type: "text", text: "a summary" }]] },
      ],
    },
    { modelSlug: SLUG },
  );
  engine = await EngineDriver.start(model.url, SLUG);
  workspace = await mkdtemp(join(tmpdir(), "engine-steer-"));
}, 60_000);
afterAll(async () => {
  await engine?.close();
  await model?.close();
  await rm(workspace, { recursive: true, force: true });
});

const text = (t: string) => [{ type: "text", text: t, text_elements: [] }];

it("refuses to steer a compaction turn (activeTurnNotSteerable), a turn that ended, and a wrong turn id", async () => {
  const { thread } = await engine.request("thread/start", { cwd: workspace, approvalPolicy: "never", sandbox: "workspace-write" });
  const { turn } = await engine.request("turn/start", { threadId: thread.id, input: text("first") });
  await engine.waitFor("turn/completed", (p) => p.turn.id === turn.id);
  await expect(engine.request("turn/steer", { threadId: thread.id, expectedTurnId: turn.id, input: text("late") })).rejects.toThrow("JSON-RPC -32600: no active turn to steer");

  await engine.request("thread/compact/start", { threadId: thread.id });
  const compact = await engine.waitFor("turn/started", (p) => p.turn.id !== turn.id);
  await expect(engine.request("turn/steer", { threadId: thread.id, expectedTurnId: "not-it", input: text("x") })).rejects.toThrow(/JSON-RPC -32600: expected active turn id `not-it` but found `/);
  await expect(engine.request("turn/steer", { threadId: thread.id, expectedTurnId: compact.turn.id, input: text("x") })).rejects.toThrow("JSON-RPC -32600: cannot steer a compact turn");
  await engine.waitFor("turn/completed", (p) => p.turn.id === compact.turn.id);
}, 60_000);
