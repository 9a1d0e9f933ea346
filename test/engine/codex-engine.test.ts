// CodexEngine against the real pinned binary: handshake, threads, and supervision.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EngineError } from "../../src/engine/engine-error.js";
import { CodexEngine } from "../../src/engine/codex-engine.js";
import { alive, startHarness, type Harness } from "./engine-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("CodexEngine lifecycle", () => {
  it("completes the handshake, reports ready, and starts a thread without a model", async () => {
    harness = await startHarness();
    const { engine } = harness;
    expect(engine.ready).toBe(true);
    await harness.waitFor("engine_ready");
    const { threadId } = await engine.startThread({ cwd: harness.workspace, approvalPolicy: "on-request", sandbox: "read-only" });
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
    const pid = engine.enginePid!;
    expect(alive(pid)).toBe(true);
    await engine.closeThread(threadId);
    await engine.close();
    expect(engine.ready).toBe(false);
    expect(alive(pid)).toBe(false);
    await expect(engine.startThread({ cwd: harness.workspace })).rejects.toMatchObject({ code: "unavailable" });
  });

  it("logs the engine's stderr line by line without colour codes", async () => {
    harness = await startHarness();
    await harness.engine.startThread({ cwd: harness.workspace });
    // The bundled-bubblewrap notice is printed (and sent as configWarning) at every start.
    expect(harness.logs.some((line) => /bubblewrap/.test(line) && !line.includes("\u001b["))).toBe(true);
  });

  it("rejects a turn on a thread the engine has never seen", async () => {
    harness = await startHarness();
    const error = await harness.engine.startTurn("01a20daf-0000-7000-8000-000000000000", [{ type: "text", text: "hi" }], { cwd: harness.workspace }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: "rpc_error" });
  });

  it("fails start() with the engine's own reason when it cannot start", async () => {
    const home = await mkdtemp(join(tmpdir(), "codex-home-"));
    try {
      // Refused at start by 0.169.0 (docs/engine-notes.md §2); a TOML syntax error, by contrast, only warns and uses defaults.
      await writeFile(join(home, "config.toml"), 'approval_policy = "untrusted"\n');
      const engine = new CodexEngine({ env: { PATH: process.env.PATH, HOME: home }, codexHome: home });
      const error = await engine.start().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "unavailable" });
      expect((error as Error).message).toMatch(/exited with code 1; stderr: .*approval_policy = "untrusted" is no longer supported/);
      expect(engine.ready).toBe(false);
      await engine.close();
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it("treats an engine line over maxLineBytes as fatal: kills and restarts the engine", async () => {
    // 1 KiB passes the handshake (~150 B lines) but not a thread/start answer (~1.3 KiB).
    harness = await startHarness({ engine: { maxLineBytes: 1024, backoff: { initialMs: 50, maxMs: 200, stableMs: 60_000 } } });
    const first = harness.engine.enginePid!;
    const error = await harness.engine.startThread({ cwd: harness.workspace }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "exited" });
    expect((await harness.waitFor("engine_exited")).description).toMatch(/signal SIGKILL \(protocol error: a line longer than 1024 bytes\)/);
    await harness.waitFor("engine_ready", () => harness!.engine.enginePid !== first);
    expect(alive(first)).toBe(false);
  });

  it("restarts after the engine is killed and emits engine_exited then engine_ready", async () => {
    harness = await startHarness({ engine: { backoff: { initialMs: 50, maxMs: 200, stableMs: 60_000 } } });
    const { engine } = harness;
    const { threadId } = await engine.startThread({ cwd: harness.workspace });
    const first = engine.enginePid!;
    const readyBefore = harness.events.filter((e) => e.kind === "engine_ready").length;
    process.kill(first, "SIGKILL");
    const exited = await harness.waitFor("engine_exited");
    expect(exited.description).toMatch(/signal SIGKILL/);
    await harness.waitFor("engine_ready", () => harness!.events.filter((e) => e.kind === "engine_ready").length > readyBefore);
    expect(engine.ready).toBe(true);
    expect(engine.enginePid).not.toBe(first);
    expect(existsSync(`/proc/${first}`)).toBe(false);
    // The thread was persisted: the new process resumes it on the next turn (tested with a model in turns.test.ts).
    expect(threadId).toBeTruthy();
  });
});
