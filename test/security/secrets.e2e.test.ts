// Issue #9.1: no secret of ours reaches the agent. An agent command — the model may be
// prompt-injected, so every command may be hostile — looks for secrets everywhere a sandboxed
// command can look: its environment, /proc/$PPID/environ and every process up the tree, every
// /proc/*/environ it can see, the codex home. Canary values must then appear in no frame, no
// request the model received, and no file under the codex home or the workspace.
// Real engine, real sandbox, scripted model; docs/security.md says what this covers and what not.
import { afterEach, describe, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { apiKeyProviderAtScriptedModel, startHarness, type Harness } from "../engine/engine-harness.js";
import { filesContaining } from "../support/files-containing.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const CANARY = {
  OPENAI_API_KEY: "sk-canary-provider-key-5d1f0e",
  CODEX_API_TOKEN: "canary-api-token-8c2b47a9e1",
  DEPLOY_PASSWORD: "canary-password-71aa3",
  AWS_SECRET_ACCESS_KEY: "canary-aws-secret-0b9d",
  db_credentials: "canary-lowercase-credential-4e21",
};
const SECRETS = Object.values(CANARY);

/** Everything a sandboxed command can read that might hold a secret, printed to its output. */
const PROBE = [
  "env",
  "echo '--- self'; tr '\\0' '\\n' < /proc/self/environ",
  // Up the process tree from the parent, as far as the command can see.
  'p=$PPID; while [ -n "$p" ] && [ "$p" -gt 0 ]; do echo "--- pid $p"; tr "\\0" "\\n" < /proc/$p/environ; tr "\\0" " " < /proc/$p/cmdline; echo; [ "$p" -eq 1 ] && break; p=$(awk \'/^PPid:/{print $2}\' /proc/$p/status); done',
  'for f in /proc/[0-9]*/environ; do echo "--- $f"; tr "\\0" "\\n" < "$f"; done',
  'echo "--- codex home"; cat "$CODEX_HOME/auth.json"; grep -ras canary "$CODEX_HOME" | head -c 20000',
  "echo probe-done",
].join("; ");

function probeScript() {
  return { turns: [{ responses: [[{ type: "exec" as const, command: PROBE }], [{ type: "text" as const, text: "Probed." }]] }] };
}

function leaks(text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret));
}

describe("secrets and the agent's commands (server)", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("a sandboxed command finds neither codex-api's token nor any other secret it was started with", async () => {
    server = await startTestServer(probeScript(), [], { env: { CODEX_API_TOKEN: CANARY.CODEX_API_TOKEN }, processEnv: CANARY });
    const stream = RawStream.open(server.url, { headers: { authorization: `Bearer ${CANARY.CODEX_API_TOKEN}` } });
    stream.send({ type: "user_message", sessionId: "probe", content: "look around" });
    expect(await stream.next(isTerminal, 60_000)).toMatchObject({ state: "completed" });
    stream.close();
    const output = commandOutput(stream.frames);
    // The probe really ran, in the sandbox, and really read the process tree.
    expect(output).toContain("probe-done");
    expect(output).toContain("--- pid 1");
    expect(leaks(output)).toEqual([]);
    expect(leaks(JSON.stringify(stream.frames))).toEqual([]);
    const model = server.api.scriptedModel!;
    expect(model.requestCount).toBe(2);
    expect(JSON.stringify(model.requests.at(-1)!.body)).toContain("probe-done");
    for (const request of model.requests) expect(leaks(JSON.stringify(request))).toEqual([]);
    expect(await filesContaining(server.api.codexHome!, SECRETS)).toEqual([]);
    expect(await filesContaining(server.workspace, SECRETS)).toEqual([]);
  });
});

describe("secrets and the agent's commands (an engine that holds the provider key)", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it("the key the engine authenticates with never reaches a command, the model's input or the disk", async () => {
    harness = await startHarness({
      script: probeScript(),
      scriptedModelOption: false,
      env: CANARY,
      // codex-api's own OPENAI_API_KEY provider, pointed at the scripted model.
      engine: apiKeyProviderAtScriptedModel,
    });
    const h = harness;
    const { threadId } = await h.engine.startThread({ cwd: h.workspace, approvalPolicy: "on-request", sandbox: "workspace-write" });
    const { turnId } = await h.engine.startTurn(threadId, [{ type: "text", text: "look around" }], { cwd: h.workspace });
    const ended = await h.waitFor("turn_ended", (e) => e.turnId === turnId, 60_000);
    expect(ended.end).toMatchObject({ status: "completed" });
    const output = h.events
      .flatMap((e) => (e.kind === "item" && e.event === "completed" && e.item.type === "command_execution" ? [e.item.output] : []))
      .join("\n");
    expect(output).toContain("probe-done");
    expect(leaks(output)).toEqual([]);
    // The engine did hold the key: it authenticated with it. Nothing else of the requests has it.
    const requests = h.model!.requests;
    expect(requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${CANARY.OPENAI_API_KEY}`, `Bearer ${CANARY.OPENAI_API_KEY}`]);
    for (const request of requests) expect(leaks(JSON.stringify({ ...request, headers: { ...request.headers, authorization: undefined } }))).toEqual([]);
    expect(await filesContaining(h.home, SECRETS)).toEqual([]);
    expect(await filesContaining(h.workspace, SECRETS)).toEqual([]);
  });
});

function commandOutput(frames: ServerFrame[]): string {
  return frames
    .flatMap((f) => (f.type === "item" && f.event === "completed" && f.item.type === "command_execution" ? [f.item.output] : []))
    .join("\n");
}
