// Starts the real codex-api (real engine, scripted model, real HTTP/2 on port 0) for a test, with
// a temporary workspace and Codex home; `close()` takes everything down.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type ServerConfig } from "../../src/config/settings.js";
import type { Logger } from "../../src/core/logger.js";
import { startCodexApi, type CodexApi } from "../../src/main.js";
import type { Script } from "../../src/scripted-model/index.js";

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
  options: { tls?: { keyPath: string; certPath: string }; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "codex-api-test-")));
  const workspace = join(dir, "workspace");
  await mkdir(workspace);
  await mkdir(join(dir, "codex-home"));
  await writeFile(join(workspace, "README.md"), "# test workspace\n");
  const scriptPath = join(dir, "script.json");
  await writeFile(scriptPath, JSON.stringify(script));
  const tlsFlags = options.tls === undefined ? [] : ["--tls", "--tls-key", options.tls.keyPath, "--tls-cert", options.tls.certPath];
  const loaded = loadConfig(
    ["--port", "0", "--workspace", workspace, "--scripted-model", scriptPath, "--codex-home", join(dir, "codex-home"), ...tlsFlags, ...flags],
    options.env ?? {},
  );
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const api = await startCodexApi(loaded.config, { ...process.env, CODEX_HOME: undefined }, process.env.CODEX_API_TEST_LOG ? undefined : QUIET);
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
