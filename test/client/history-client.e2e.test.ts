// The TypeScript client's review(), compact(), forkSession() and rollback() against the real
// codex-api (real engine, scripted model), in a git workspace with an uncommitted change.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodexApiError, connect } from "../../src/client/index.js";
import type { Script } from "../../src/scripted-model/index.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const SCRIPT: Script = {
  turns: [
    { match: "^Review the current code changes", responses: [[{ type: "text", text: "The README gained a line; nothing to flag." }]] },
    { match: "CONTEXT CHECKPOINT COMPACTION", responses: [[{ type: "text", text: "SUMMARY: two notes." }]] },
    { responses: [[{ type: "text", text: "ok" }]] },
  ],
};

describe("client: review, compact, forkSession, rollback", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "never"]);
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: server.workspace, stdio: "ignore" });
    git("init", "-q");
    git("add", "README.md");
    git("commit", "-q", "-m", "readme");
    appendFileSync(`${server.workspace}/README.md`, "one more line\n");
  });
  afterAll(async () => server?.close());

  it("reviews, forks, rolls back and compacts a session", async () => {
    const connection = await connect(server.url);
    try {
      const session = await connection.openSession({ sessionId: "client-history" });
      const review = await session.review({ type: "uncommitted_changes" });
      expect(review).toMatchObject({ status: "completed", finalMessage: "The README gained a line; nothing to flag." });
      expect(review.items.filter((i) => i.type === "other").map((i) => (i.type === "other" ? i.engineType : ""))).toEqual(["enteredReviewMode", "exitedReviewMode"]);

      const note1 = await session.run("note one");
      await session.run("note two");
      const forked = await session.forkSession({ atTurnId: note1.turnId, newSessionId: "client-history-fork" });
      expect(forked).toMatchObject({ newSessionId: "client-history-fork", atTurnId: note1.turnId, turnIds: [review.turnId, note1.turnId] });
      const fork = await connection.openSession({ sessionId: forked.newSessionId });
      expect((await fork.run("in the fork")).status).toBe("completed");
      const forkRequest = JSON.stringify(server.api.scriptedModel!.requests.findLast((r) => r.userText === "in the fork")!.body);
      expect(forkRequest).toContain("note one");
      expect(forkRequest).not.toContain("note two");

      const rolled = await session.rollback({ turns: 1 });
      expect(rolled.removedTurnIds).toHaveLength(1);
      await expect(session.rollback({ beforeTurnId: "no-such-turn" })).rejects.toMatchObject({ code: "turn_not_found" });
      await expect(fork.forkSession({ newSessionId: "client-history" })).rejects.toBeInstanceOf(CodexApiError);

      const compacted = await session.compact();
      expect(compacted.status).toBe("completed");
      expect(compacted.items.some((i) => i.type === "other" && i.engineType === "contextCompaction")).toBe(true);
    } finally {
      await connection.close();
    }
  });
});
