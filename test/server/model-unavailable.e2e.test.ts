// A model the engine cannot reach, through the real engine and real HTTP/2: every retry the
// engine makes reaches the client as a `model_unavailable` frame with the engine's words and the
// attempt, and a model that stays unreachable fails the turn within --model-retry-timeout-ms
// instead of leaving the client with nothing for minutes (the engine retries a refused connection
// without end, docs/engine-notes.md §4).
import { mkdir, mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ErrorFrame, StatusFrame } from "../../generated/types.js";
import { loadConfig } from "../../src/config/settings.js";
import type { Logger } from "../../src/core/logger.js";
import { CodexEngine, type CodexEngineOptions } from "../../src/engine/codex-engine.js";
import { startCodexApi, type CodexApi } from "../../src/main.js";
import { startScriptedModel, type ScriptedModel } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { unusedPort } from "../support/ports.js";

const SLUG = "scripted-model";
const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };
let api: CodexApi | undefined;
let model: ScriptedModel | undefined;
let dir: string | undefined;
afterEach(async () => {
  await api?.close();
  await model?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  api = model = dir = undefined;
});

/** codex-api around a real engine whose provider is `url`, with engine config overrides. */
async function start(url: string, overrides: CodexEngineOptions["configOverrides"], flags: string[]): Promise<CodexApi> {
  dir = await realpath(await mkdtemp(join(tmpdir(), "codex-api-unreachable-")));
  const workspace = join(dir, "workspace");
  await mkdir(workspace);
  const loaded = loadConfig(["--port", "0", "--workspace", workspace, "--model", SLUG, "--approval-policy", "never", "--shutdown-grace-ms", "0", ...flags], {});
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const engine = new CodexEngine({
    env: { PATH: process.env.PATH, HOME: dir, LANG: "C.UTF-8" },
    codexHome: join(dir, "codex-home"),
    scriptedModel: { url, slug: SLUG },
    configOverrides: overrides,
    log: QUIET,
  });
  await engine.start();
  try {
    return await startCodexApi(loaded.config, {}, QUIET, engine);
  } catch (error) {
    await engine.close();
    throw error;
  }
}


const errorsOf = (stream: RawStream) => stream.frames.filter((f): f is ErrorFrame => f.type === "error");

describe("a model the engine cannot reach", () => {
  it("each of the engine's retries reaches the client with its words and attempt; the turn then fails with the engine's reason", async () => {
    // HTTP 500 on every request; the engine retries the stream twice, then gives up.
    model = await startScriptedModel({ turns: [{ responses: [[{ type: "http_error", status: 500 }]] }] }, { modelSlug: SLUG });
    api = await start(model.url, { "model_providers.codex_api_scripted.stream_max_retries": 2 }, []);
    const stream = RawStream.open(api.url);
    stream.send({ type: "user_message", sessionId: "s", content: "hello" });
    const end = await stream.next<StatusFrame>(isTerminal, 60_000);
    const retries = errorsOf(stream);
    expect(retries.map((e) => [e.code, e.attempt, e.retryable, e.turnId])).toEqual([
      ["model_unavailable", 1, true, end.turnId],
      ["model_unavailable", 2, true, end.turnId],
    ]);
    expect(retries[0]!.message).toBe("the model could not be reached (attempt 1); the engine retries: Reconnecting... 1/2");
    expect(end).toMatchObject({ state: "failed", reason: "model_error", retryable: true });
    // Every frame of the turn is in one gapless history: the retries sit between start and end.
    const history = stream.frames.filter((f) => f.type !== "session" && f.type !== "heartbeat");
    expect(history.map((f) => f.seq)).toEqual(history.map((_, i) => i + 1));
    stream.close();
  });

  it("a model that stays unreachable fails the turn within --model-retry-timeout-ms, and the next turn is taken", async () => {
    const port = await unusedPort();
    api = await start(`http://127.0.0.1:${port}/v1`, { "features.unbounded_connection_retries": true }, ["--model-retry-timeout-ms", "3000"]);
    const stream = RawStream.open(api.url);
    const sentAt = Date.now();
    stream.send({ type: "user_message", sessionId: "s", content: "hello" });
    const end = await stream.next<StatusFrame>(isTerminal, 30_000);
    const tookMs = Date.now() - sentAt;
    expect(end).toMatchObject({ state: "failed", reason: "model_error", retryable: true });
    expect(end.message).toMatch(/^the model could not be reached for 3000 ms \(\d+ retr(y|ies)\); the engine's last words: /);
    expect(errorsOf(stream)[0]).toMatchObject({ code: "model_unavailable", attempt: 1, turnId: end.turnId });
    // Not a timing assertion on codex-api: the engine alone would have retried without end.
    expect(tookMs).toBeGreaterThanOrEqual(3000);
    // The failed turn was interrupted in the engine: the session takes the next message.
    stream.send({ type: "user_message", sessionId: "s", content: "again" });
    const next = await stream.next<StatusFrame>((f) => isTerminal(f) && (f as StatusFrame).turnId !== end.turnId, 30_000);
    expect(next).toMatchObject({ state: "failed", reason: "model_error" });
    expect(errorsOf(stream).filter((e) => e.code !== "model_unavailable")).toEqual([]);
    stream.close();
  });
});
