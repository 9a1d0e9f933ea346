// codex-api in this process as `codex-api --scripted-model` runs it (real engine, HTTP/2 on a
// loopback port, temporary workspace and Codex home, as test/support/server-harness.ts does), and
// a turn run through it, every prompt answered `allow`.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/config/settings.js";
import { createLogger, startCodexApi, type CodexApi } from "../../../src/main.js";
import type { Script } from "../../../src/scripted-model/index.js";
import type { GatewaySession } from "./gateway-client.js";
import { deltaIndex } from "./turn-script.js";
import type { TurnRecord } from "./turn-record.js";

export interface Gateway {
  api: CodexApi;
  workspace: string;
  enginePid: number;
  close(): Promise<void>;
}

/** `flags` as on the command line, e.g. `["--approval-policy", "untrusted"]`. */
export async function startGateway(script: Script, flags: string[]): Promise<Gateway> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "codex-api-bench-")));
  const workspace = join(dir, "workspace");
  await mkdir(workspace);
  await mkdir(join(dir, "codex-home"));
  const scriptPath = join(dir, "script.json");
  await writeFile(scriptPath, JSON.stringify(script));
  const loaded = loadConfig(["--port", "0", "--workspace", workspace, "--scripted-model", scriptPath, "--codex-home", join(dir, "codex-home"), ...flags], {});
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const api = await startCodexApi(loaded.config, { ...process.env, CODEX_HOME: undefined }, createLogger({ logLevel: "error" }));
  return {
    api,
    workspace,
    enginePid: api.engine.enginePid!,
    async close() {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Sends `text` on a session and waits for the turn to end, allowing every prompt. */
export function runGatewayTurn(session: GatewaySession, text: string, onDelta?: (index: number, at: number) => void): Promise<TurnRecord> {
  let firstItemAt = Number.NaN;
  let deltas = 0;
  let prompts = 0;
  return new Promise((resolve, reject) => {
    session.onFrame = (frame, at) => {
      switch (frame.type) {
        case "item":
          if (Number.isNaN(firstItemAt)) firstItemAt = at;
          if (frame.event === "delta" && frame.itemType === "agent_message") {
            deltas++;
            onDelta?.(deltaIndex(frame.delta), at);
          }
          return;
        case "command_prompt":
          prompts++;
          session.send({ type: "approve", commandId: frame.commandId, decision: "allow" });
          return;
        case "error":
          reject(new Error(`codex-api error ${frame.code}: ${frame.message}`));
          return;
        case "terminate":
          reject(new Error(`codex-api ended the stream: ${frame.reason}`));
          return;
        case "status":
          if (frame.state !== "started") resolve({ sentAt, firstItemAt, endedAt: at, status: frame.state, deltas, prompts });
          return;
      }
    };
    const sentAt = performance.now();
    session.send({ type: "user_message", content: text });
  });
}
