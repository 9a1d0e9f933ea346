// Issue #9.2: confinement is checked where a path is used, not once. One session's agent (no
// approval needed: on-request + workspace-write lets it rename and link inside the workspace)
// swaps another session's working directory, or an image it will send, for a symlink that leads
// out of the workspace. The other session's next turn must be refused with path_not_allowed,
// nothing may be written outside, and the refusal must not say where the symlink points.
import { mkdtemp, readdir, realpath, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame } from "../../generated/types.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

let server: TestServer;
let outside: string;

beforeAll(async () => {
  outside = await realpath(await mkdtemp(join(tmpdir(), "codex-api-outside-")));
  await writeFile(join(outside, "secret.png"), "not for the agent");
  server = await startTestServer({
    turns: [
      { match: "^write", responses: [[{ type: "exec", command: "echo written > written-by-agent.txt" }], [{ type: "text", text: "Wrote it." }]] },
      { match: "^swap dir", responses: [[{ type: "exec", command: `mv sub sub-old && ln -s ${outside} sub` }], [{ type: "text", text: "Swapped." }]] },
      { match: "^swap image", responses: [[{ type: "exec", command: `rm pics/pic.png && ln -s ${outside}/secret.png pics/pic.png` }], [{ type: "text", text: "Swapped." }]] },
      { match: "^look", responses: [[{ type: "text", text: "Looked." }]] },
      {
        match: "^two commands",
        responses: [[{ type: "exec", command: "sleep 2" }], [{ type: "exec", command: "echo written > mid-turn.txt" }], [{ type: "text", text: "Done." }]],
      },
      { match: "^swap mid", responses: [[{ type: "exec", command: `mv mid mid-old && ln -s ${outside} mid` }], [{ type: "text", text: "Swapped." }]] },
    ],
  });
  await mkdir(join(server.workspace, "sub"));
  await mkdir(join(server.workspace, "pics"));
  await mkdir(join(server.workspace, "mid"));
  await writeFile(join(server.workspace, "pics/pic.png"), "an image");
});

afterAll(async () => {
  await server?.close();
  await rm(outside, { recursive: true, force: true });
});

async function turn(stream: RawStream, sessionId: string, content: string, extra: object = {}): Promise<void> {
  const from = stream.frames.length;
  stream.send({ type: "user_message", sessionId, content, ...extra });
  await stream.next((f) => isTerminal(f) || f.type === "error", 60_000, from);
}

describe("a working directory swapped for a symlink between turns", () => {
  it("is refused at the next turn start, and nothing is written where the symlink points", async () => {
    const victim = RawStream.open(server.url);
    victim.send({ type: "open_session", sessionId: "victim", configOverrides: { cwd: "sub" } });
    await victim.next((f) => f.type === "session");
    await turn(victim, "victim", "write in sub");
    expect(await readdir(join(server.workspace, "sub"))).toEqual(["written-by-agent.txt"]);

    const attacker = RawStream.open(server.url);
    await turn(attacker, "attacker", "swap dir");
    expect(attacker.frames.find(isTerminal)).toMatchObject({ state: "completed" });

    const from = victim.frames.length;
    victim.send({ type: "user_message", id: "after-swap", sessionId: "victim", content: "write again" });
    const refused = await victim.next<ErrorFrame>((f) => f.type === "error", 30_000, from);
    expect(refused).toMatchObject({ code: "path_not_allowed", inReplyTo: "after-swap", retryable: false });
    // It says which setting is wrong, not what is on the other side of the link.
    expect(refused.message).toContain(join(server.workspace, "sub"));
    expect(refused.message).not.toContain(outside);
    expect(victim.frames.slice(from).some((f) => f.type === "status")).toBe(false);
    expect(await readdir(outside)).toEqual(["secret.png"]);

    // The session is not lost: pointed back inside, it works.
    victim.send({ type: "open_session", sessionId: "victim" });
    await turn(victim, "victim", "look around", { configOverrides: { cwd: server.workspace } });
    expect(victim.frames.filter(isTerminal).at(-1)).toMatchObject({ state: "completed" });
    victim.close();
    attacker.close();
  });

  it("an image path swapped for a symlink out of the workspace is refused when it is sent", async () => {
    const attacker = RawStream.open(server.url);
    await turn(attacker, "attacker-2", "swap image");
    attacker.close();
    const stream = RawStream.open(server.url);
    stream.send({ type: "user_message", id: "img", sessionId: "viewer", content: "look at this", imagePaths: ["pics/pic.png"] });
    const refused = await stream.next<ErrorFrame>((f) => f.type === "error", 30_000);
    expect(refused).toMatchObject({ code: "path_not_allowed", inReplyTo: "img" });
    expect(refused.message).not.toContain(outside);
    stream.close();
  });

  // During a turn codex-api does not check again; what holds is the engine's own rule (docs/engine-notes.md
  // §6): it will not build a sandbox whose writable root crosses a symlink. This guards that fact.
  it("a swap while a turn runs does not move its later sandboxed commands out of the workspace", async () => {
    const victim = RawStream.open(server.url);
    victim.send({ type: "open_session", sessionId: "mid-victim", configOverrides: { cwd: "mid" } });
    await victim.next((f) => f.type === "session");
    victim.send({ type: "user_message", sessionId: "mid-victim", content: "two commands" });
    await victim.next((f) => f.type === "item" && f.event === "started" && f.item.type === "command_execution");
    const attacker = RawStream.open(server.url);
    await turn(attacker, "attacker-3", "swap mid");
    expect(attacker.frames.find(isTerminal)).toMatchObject({ state: "completed" });
    await victim.next(isTerminal, 60_000);
    expect(await readdir(outside)).toEqual(["secret.png"]);
    // The engine refused to run the second command and told the model why.
    expect(server.api.scriptedModel!.requests.some((r) => JSON.stringify(r.body).includes("crosses writable symlink"))).toBe(true);
    victim.close();
    attacker.close();
  });
});
