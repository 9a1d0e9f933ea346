// Starts the real codex-api (real engine, scripted model, real HTTP/2 on port 0) for a test, with
// a temporary workspace and Codex home; `close()` takes everything down.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type ServerConfig } from "../../src/config/settings.js";
import type { Logger } from "../../src/core/logger.js";
import { startCodexApi, type CodexApi } from "../../src/main.js";
import type { Script } from "../../src/scripted-model/index.js";
import { FakeEngine } from "./fake-engine.js";

export interface TestServer {
  api: CodexApi;
  url: string;
  workspace: string;
  config: ServerConfig;
  close(): Promise<void>;
}

const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** `flags` are server flags as on the command line, e.g. `["--approval-timeout-ms", "500"]`. */
export async function startTestServer(
  script: Script,
  flags: string[] = [],
  options: {
    tls?: { keyPath: string; certPath: string };
    /** Settings from the environment (CODEX_API_*), as loadConfig reads them. */
    env?: Record<string, string>;
    /** More of the environment codex-api runs in (what the engine could inherit), e.g. secrets. */
    processEnv?: Record<string, string>;
    /** Where codex-api logs; default: nowhere (or stderr with CODEX_API_TEST_LOG set). */
    log?: Logger;
    /** The engine's `config.toml` in the test's Codex home (e.g. an `[otel]` exporter, MCP servers). */
    codexConfigToml?: string;
  } = {},
): Promise<TestServer> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "codex-api-test-")));
  const workspace = join(dir, "workspace");
  await mkdir(workspace);
  await mkdir(join(dir, "codex-home"));
  if (options.codexConfigToml !== undefined) await writeFile(join(dir, "codex-home", "config.toml"), options.codexConfigToml);
  await writeFile(join(workspace, "README.md"), "# test workspace\n");
  const scriptPath = join(dir, "script.json");
  await writeFile(scriptPath, JSON.stringify(script));
  const tlsFlags = options.tls === undefined ? [] : ["--tls", "--tls-key", options.tls.keyPath, "--tls-cert", options.tls.certPath];
  const loaded = loadConfig(
    ["--port", "0", "--workspace", workspace, "--scripted-model", scriptPath, "--codex-home", join(dir, "codex-home"), ...tlsFlags, ...flags],
    options.env ?? {},
  );
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const api = await startCodexApi(loaded.config, { ...process.env, CODEX_HOME: undefined, ...options.env, ...options.processEnv }, options.log ?? (process.env.CODEX_API_TEST_LOG ? undefined : QUIET));
  return {
    api,
    url: api.url,
    workspace,
    config: loaded.config,
    async close() {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface FakeEngineServer {
  api: CodexApi;
  url: string;
  engine: FakeEngine;
  config: ServerConfig;
  close(): Promise<void>;
}

/** codex-api's real server and core on real HTTP/2, around the fake engine: no process, no model. */
export async function startFakeEngineServer(flags: string[] = [], options: { env?: Record<string, string> } = {}): Promise<FakeEngineServer> {
  const workspace = await realpath(await mkdtemp(join(tmpdir(), "codex-api-fake-")));
  // Turns of the fake engine end only when a test says so: do not wait for them at close.
  const loaded = loadConfig(["--port", "0", "--shutdown-grace-ms", "0", "--workspace", workspace, ...flags], options.env ?? {});
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const engine = new FakeEngine();
  const api = await startCodexApi(loaded.config, {}, QUIET, engine);
  return {
    api,
    url: api.url,
    engine,
    config: loaded.config,
    async close() {
      await api.close();
      await rm(workspace, { recursive: true, force: true });
    },
  };
}

/** A logger that keeps every line (level, message, fields) for a test to wait on. */
export function recordingLogger(): Logger & { lines: string[]; waitFor(text: string, timeoutMs?: number): Promise<void> } {
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const record = (level: string) => (fields: object, message: string) => {
    lines.push(`${level} ${message} ${JSON.stringify(fields)}`);
    for (const wake of [...waiters]) wake();
  };
  return {
    lines,
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    waitFor(text, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!lines.some((line) => line.includes(text))) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no log line with ${JSON.stringify(text)} within ${timeoutMs} ms; got:\n${lines.join("\n")}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
