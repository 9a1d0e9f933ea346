// The Python client's review(), compact(), fork_session() and rollback() against the real
// codex-api (real engine, scripted model) in a git workspace with an uncommitted change.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Script } from "../../src/scripted-model/index.js";
import { runPython } from "../support/python.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const SCENARIOS = join(import.meta.dirname, "python_scenarios.py");
const SCRIPT: Script = {
  turns: [
    { match: "^Review the current code changes", responses: [[{ type: "text", text: "Python review: fine." }]] },
    { responses: [[{ type: "text", text: "ok" }]] },
  ],
};

describe("the Python client: review, fork, rollback, compact", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "never"]);
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: server.workspace, stdio: "ignore" });
    git("init", "-q");
    git("add", "README.md");
    git("commit", "-q", "-m", "readme");
    appendFileSync(join(server.workspace, "README.md"), "a change\n");
  });
  afterAll(async () => server?.close());

  it("each is answered as the spec says, and the fork's first turn sees only the turns forked", async () => {
    const run = await runPython([SCENARIOS, "history", server.url]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, Record<string, unknown> & { turnIds?: string[] }>;
    expect(result.review).toMatchObject({ type: "status", state: "completed", finalMessage: "Python review: fine." });
    expect(result.forked).toMatchObject({ type: "session_forked", newSessionId: "py-history-fork", atTurnId: result.first });
    expect(result.forked!.turnIds).toHaveLength(2);
    expect(result.inFork).toBe("completed");
    expect(result.rolled).toMatchObject({ type: "rolled_back", removedTurnIds: [expect.any(String)] });
    expect(result.refused).toMatchObject({ type: "error", code: "turn_not_found" });
    expect(result.compacted).toBe("completed");
    expect(result.gaps).toBe(0);
    const forkRequest = JSON.stringify(server.api.scriptedModel!.requests.findLast((r) => r.userText === "py in the fork")!.body);
    expect(forkRequest).toContain("py note one");
    expect(forkRequest).not.toContain("py note two");
  });
});
