// The client and the demo client against the real codex-api (composition root, real engine,
// scripted model playing examples/scripts/demo.json).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandPromptFrame, ServerFrame } from "../../generated/types.js";
import { connect, type ConnectOptions } from "../../src/client/index.js";
import { loadScript } from "../../src/scripted-model/index.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const ROOT = join(import.meta.dirname, "../..");
const DEMO_SCRIPT = join(ROOT, "examples/scripts/demo.json");
const run = promisify(execFile);

describe.each(["ndjson", "length-prefixed"] as const)("the client against codex-api with %s framing", (framing: ConnectOptions["framing"]) => {
  let server: TestServer;
  beforeAll(async () => {
    // untrusted: the engine asks before the command and before the patch.
    server = await startTestServer(await loadScript(DEMO_SCRIPT), ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => server?.close());

  it("runs the demo turn with approvals, then continues the session from lastSeq on a new connection", async () => {
    const first = await connect(server.url, { framing });
    const session = await first.openSession();
    const prompts: CommandPromptFrame["kind"][] = [];
    const result = await session.run("show me the demo", {
      onPrompt: (prompt) => {
        prompts.push(prompt.kind);
        return "allow";
      },
    });
    expect(result.status).toBe("completed");
    expect(result.finalMessage).toContain("That's the demo.");
    expect(prompts).toStrictEqual(["command", "file_change"]);
    expect(result.items.find((item) => item.type === "command_execution")).toMatchObject({ status: "completed", exitCode: 0 });
    expect(result.items.find((item) => item.type === "file_change")).toMatchObject({ status: "completed" });
    expect(existsSync(join(server.workspace, "codex-demo-notes.md"))).toBe(true);
    const { sessionId, lastSeq } = session;
    await first.close();

    // Reconnect two frames back: exactly those two are replayed, then the session goes on.
    const second = await connect(server.url, { framing });
    const resumed = await second.openSession({ sessionId, lastSeq: lastSeq - 2 });
    expect(resumed).toMatchObject({ sessionId, resumed: true, session: { replay: { count: 2, lost: 0 } } });
    const replayed: ServerFrame[] = [];
    for await (const frame of resumed) {
      replayed.push(frame);
      if (replayed.length === 2) break;
    }
    expect(replayed.map((f) => f.seq)).toStrictEqual([lastSeq - 1, lastSeq]);
    expect(replayed[1]).toMatchObject({ type: "status", state: "completed", turnId: result.turnId });
    const next = await resumed.run("and now?");
    expect(next).toMatchObject({ status: "completed" });
    expect(next.finalMessage).toContain("I'm the scripted demo model");
    await second.close();
  });
});

describe("demo-client against codex-api", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await loadScript(DEMO_SCRIPT), ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => server?.close());

  it("--yes --non-interactive streams the turn, approves every prompt and exits 0", async () => {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src/cli/demo-client.ts"), "--url", server.url, "--framing", "lp", "--yes", "--non-interactive", "show me the demo"],
      { cwd: ROOT, env: { PATH: process.env.PATH }, timeout: 60_000 },
    );
    const sessionId = /^session (\S+) \(new\)/.exec(stdout)?.[1];
    expect(sessionId).toBeDefined();
    // The hint is a command that works: the same server, this session.
    expect(stdout).toContain(`continue it later with: codex-api-demo-client --url ${server.url} --session ${sessionId} "next prompt"`);
    const next = await run(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src/cli/demo-client.ts"), "--url", server.url, "--session", sessionId!, "--yes", "--non-interactive", "next prompt"],
      { cwd: ROOT, env: { PATH: process.env.PATH }, timeout: 60_000 },
    );
    expect(next.stdout).toContain(`session ${sessionId} (continued)`);
    // The command is printed once, when it starts; its prompt refers to it.
    expect(stdout).toContain("$ /bin/bash -c 'ls -la'\napproval needed: the agent wants to run the command above\n");
    expect(stdout.split("$ /bin/bash -c 'ls -la'").length - 1).toBe(1);
    expect(stdout).toContain("approval needed: the agent wants to change files\n  add ");
    expect(stdout).toContain("→ allow (--yes)");
    expect(stdout).toContain("That's the demo.");
    expect(stdout).toMatch(/— turn completed in \d+\.\d s, \d+ tokens, context \d+% full\n$/);
    // No colours: stdout is not a TTY.
    expect(stdout).not.toContain("\x1b[");
  });
});
