// codex-api as the transport benchmarks run it: the real AgentCore and HTTP/2 server, wired as
// src/main.ts wires them, with the server's default settings, around the synthetic engine.
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/config/settings.js";
import { AgentCore } from "../../../src/core/agent-core.js";
import type { Logger } from "../../../src/core/logger.js";
import { coreOptions } from "../../../src/main.js";
import { startHttpServer, type RunningServer } from "../../../src/server/http-server.js";
import { Metrics } from "../../../src/server/metrics.js";
import { SyntheticEngine } from "../../../test/support/synthetic-engine.js";

const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Defaults except: the rate limiters must not drop benchmark frames or refuse its sessions (every
 * turn of a benchmark is a new session, hundreds a second on a few connections), and sessions are
 * swept a second after their stream ends so runs do not pile up replay buffers.
 */
const FLAGS = [
  ["--host", "127.0.0.1"],
  ["--port", "0"],
  ["--max-frames-per-second", String(1e9)],
  ["--frame-burst", String(1e9)],
  ["--max-new-sessions-per-second", String(1e9)],
  ["--new-session-burst", String(1e9)],
  ["--session-ttl-ms", "1000"],
].flat();

export async function startCodexApiServer(): Promise<{ server: RunningServer; engine: SyntheticEngine; close(): Promise<void> }> {
  const workspace = realpathSync(mkdtempSync(join(tmpdir(), "codex-api-bench-")));
  const loaded = loadConfig([...FLAGS, "--workspace", workspace], {});
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const config = loaded.config;
  const engine = new SyntheticEngine();
  const metrics: Metrics = new Metrics(() => core.stats());
  const core: AgentCore = new AgentCore(coreOptions(config, { engine, metrics, log: QUIET }));
  const server = await startHttpServer(core, () => engine.ready, config, metrics, QUIET);
  return {
    server,
    engine,
    async close() {
      await server.close();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
