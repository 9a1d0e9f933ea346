// The Python client (clients/python) against the real codex-api: real engine, scripted model,
// loopback. The demo CLI runs a turn with an approval (both framings, and over TLS with a token),
// docs/clients.md's example runs, a turn is cancelled from Python, and a turn survives a dropped
// connection by resuming with lastSeq, automatically (a TCP proxy cuts it) and by hand (resume()).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Script } from "../../src/scripted-model/index.js";
import { runPython } from "../support/python.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { TcpProxy } from "../client/tcp-proxy.js";

const SCENARIOS = join(import.meta.dirname, "python_scenarios.py");
/** Streamed in 300 deltas, 10 ms apart: long enough to cut in the middle of. */
const STREAM_TEXT = "tick ".repeat(300);

const SCRIPT: Script = {
  turns: [
    {
      match: "^approve",
      responses: [
        [{ type: "exec", command: "echo python-approved > approved.txt", escalate: true, justification: "write a marker file" }],
        [{ type: "text", text: "Wrote the marker.", chunkChars: 4 }],
      ],
    },
    { match: "^slow", responses: [[{ type: "text", text: "Starting a long answer" }, { type: "delay", ms: 30_000 }, { type: "text", text: "never sent" }]] },
    {
      match: "^question",
      responses: [
        [
          {
            type: "call",
            name: "request_user_input",
            arguments: { questions: [{ id: "colour", header: "Colour", question: "Which colour?", options: [{ label: "Red", description: "warm" }, { label: "Blue", description: "cool" }] }] },
          },
        ],
        [{ type: "text", text: "Red it is." }],
      ],
    },
    { match: "^stream", responses: [[{ type: "text", text: STREAM_TEXT, chunkChars: 5, delayMs: 10 }]] },
    { match: "^steered:", responses: [{ events: [{ type: "text", text: "Steered." }], usage: { input_tokens: 500, output_tokens: 2 } }] },
  ],
};

const cli = (args: string[], options: Parameters<typeof runPython>[1] = {}) => runPython(["-m", "codex_api_client", ...args], options);

describe("the Python client against codex-api", () => {
  let server: TestServer;
  beforeAll(async () => {
    // untrusted: the engine asks before every command.
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => server?.close());

  describe.each(["ndjson", "length-prefixed"])("the demo CLI with %s framing", (framing) => {
    it("--yes approves the command, which runs; the agent's text streams to stdout; stdin is never read", async () => {
      const marker = join(server.workspace, "approved.txt");
      await rm(marker, { force: true });
      // stdin stays open and empty: reading it would hang until the timeout.
      const run = await cli(["--url", server.url, "--framing", framing, "--yes", "approve the marker"], { keepStdinOpen: true, timeoutMs: 60_000 });
      expect(run.stderr).toMatch(/\[prompt\] run: .*echo python-approved > approved\.txt/);
      expect(run.stderr).toMatch(/→ allow \(--yes\)/);
      expect(run.stderr).toMatch(/\[command\] .*echo python-approved.* → completed, exit code 0/);
      expect(run.stderr).toMatch(/\[turn completed\]/);
      expect(run.stdout).toBe("Wrote the marker.\n");
      expect(run.code).toBe(0);
      expect((await readFile(marker, "utf8")).trim()).toBe("python-approved");
    });
  });

  it("without --yes it asks, reads the answer from stdin, and a refused command does not run", async () => {
    const marker = join(server.workspace, "approved.txt");
    await rm(marker, { force: true });
    const run = await cli(["--url", server.url, "approve the marker"], { input: "n\n" });
    expect(run.stderr).toMatch(/allow\? \[y\/N\]/);
    expect(run.stderr).toMatch(/\[command\] .* → declined/);
    expect(run.code).toBe(0); // the turn completed (the agent goes on after a denial)
    expect(existsSync(marker)).toBe(false);
  });

  it("docs/clients.md's Python example runs a turn: commands refused, the turn completes", async () => {
    const docs = await readFile(join(import.meta.dirname, "../../docs/clients.md"), "utf8");
    const example = /^## Python$[\s\S]*?^```python\n([\s\S]*?)^```$/m.exec(docs)?.[1];
    expect(example).toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), "codex-api-py-doc-"));
    try {
      await writeFile(join(dir, "turn.py"), example!);
      const run = await runPython([join(dir, "turn.py"), server.url, "approve the marker"]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(/\$ .*echo python-approved.* \(declined\)/);
      expect(run.stdout.trim().split("\n").at(-1)).toBe("completed");
      expect(run.code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 on a usage error and when it cannot connect", async () => {
    expect((await cli([])).code).toBe(2);
    const refused = await cli(["--url", "http://127.0.0.1:1", "--yes", "hello"]);
    expect(refused.stderr).toMatch(/cannot connect/);
    expect(refused.code).toBe(2);
  });

  it("cancels a turn from Python: it ends interrupted (cancelled)", async () => {
    const run = await runPython([SCENARIOS, "cancel", server.url, "slow answer please"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { messageId: string; seen: { type: string; state: string | null }[]; terminal: Record<string, unknown> };
    expect(result.seen[0]).toMatchObject({ type: "status", state: "started" });
    expect(result.terminal).toMatchObject({ type: "status", state: "interrupted", reason: "cancelled" });
    expect(result.seen.filter((f) => f.type === "status" && f.state !== "started")).toHaveLength(1);
  });

  it("steers a running turn from Python: its user message answers the frame, usage frames arrive, one turn", async () => {
    const run = await runPython([SCENARIOS, "steer", server.url, "stream for steering", "steered: from python"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { turnId: string; steerId: string; steered: Record<string, unknown>; usage: Record<string, unknown>[]; terminal: Record<string, unknown> };
    expect(result.steered).toMatchObject({ turnId: result.turnId, item: { type: "user_message", text: "steered: from python", inReplyTo: result.steerId } });
    expect(result.terminal).toMatchObject({ turnId: result.turnId, state: "completed", finalMessage: "Steered." });
    expect(result.usage.at(-1)).toMatchObject({ turnId: result.turnId, last: { inputTokens: 500, outputTokens: 2 } });
  });

  it("answers the agent's question from Python: a wrong answer is invalid_answer, the right one completes the turn", async () => {
    const run = await runPython([SCENARIOS, "question", server.url, "question from python"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { asked: Record<string, unknown>[]; errors: string[]; terminal: Record<string, unknown> };
    expect(result.asked).toEqual([expect.objectContaining({ type: "question_prompt", kind: "questions" })]);
    expect(result.errors).toEqual(["control:invalid_answer", "invalid_answer"]);
    expect(result.terminal).toMatchObject({ state: "completed", finalMessage: "Red it is." });
    const output = server.api.scriptedModel!.requests.find((r) => r.userText === "question from python" && r.response === 1);
    expect(JSON.stringify(output?.body)).toContain(String.raw`{\"answers\":{\"colour\":{\"answers\":[\"Red\"]}}}`);
  });

  it("approve() and cancel() from a second connection act on the session on control streams; the holder keeps it", async () => {
    const run = await runPython([SCENARIOS, "control", server.url, "approve the marker"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { acks: Record<string, unknown>[]; refusals: string[]; statuses: Record<string, unknown>[] };
    expect(result.acks).toHaveLength(2);
    for (const ack of result.acks) expect(ack).toMatchObject({ type: "heartbeat", seq: 0, timestamp: expect.any(String) });
    expect(result.refusals).toEqual(["command_already_resolved", "no_session"]);
    expect(result.statuses.map((s) => [s.state, s.message])).toEqual([
      ["completed", "Agent run completed."],
      ["interrupted", "Agent run cancelled by client."],
    ]);
  });

  it("Ctrl-C in the CLI cancels the turn: it ends interrupted and the CLI exits 1", async () => {
    const run = await cli(["--url", server.url, "--yes", "slow answer please"], { signalWhen: { stdout: /Starting a long answer/, signal: "SIGINT" } });
    expect(run.stderr).toMatch(/\[cancelling the turn\]/);
    expect(run.stderr).toMatch(/\[turn interrupted\] \(cancelled/);
    expect(run.code).toBe(1);
  });

  describe("resuming with lastSeq after the connection drops mid-turn", () => {
    let proxy: TcpProxy;
    beforeEach(async () => {
      proxy = await TcpProxy.start(server.url);
    });
    afterEach(async () => proxy?.close());

    type StreamResult = { seqs: number[]; text: string; state: string; resumes: number; lastSeq: number; gaps: unknown[]; errors: string[]; resumedFrame: Record<string, unknown> };
    const expectWholeTurn = (result: StreamResult) => {
      // Every history frame exactly once, in order, no gap; the text whole.
      expect(result.seqs).toStrictEqual(result.seqs.map((_, i) => i + 1));
      expect(result.lastSeq).toBe(result.seqs.length);
      expect(result.gaps).toStrictEqual([]);
      expect(result.text).toBe(STREAM_TEXT);
      expect(result.state).toBe("completed");
      expect(result.resumedFrame).toMatchObject({ type: "session", resumed: true, replay: { lost: 0 } });
    };

    it.each(["ndjson", "length-prefixed"])("automatically, when the network cuts the connection (%s)", async (framing) => {
      const running = runPython([SCENARIOS, "stream", proxy.url, "stream please", framing, "auto"]);
      // Cut once a good part of the turn went through (each delta frame is ~200 bytes).
      await proxy.cutAfter(8_000, "reset");
      const run = await running;
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout) as StreamResult;
      expectWholeTurn(result);
      expect(result.resumes).toBe(1);
      expect(proxy.accepted).toBe(2);
      expect(result.seqs.length).toBeGreaterThan(60);
    });

    it("by hand: iterating raises connection_lost, resume() continues where it stopped", async () => {
      const run = await runPython([SCENARIOS, "stream", server.url, "stream again", "ndjson", "manual"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout) as StreamResult;
      expectWholeTurn(result);
      expect(result.errors).toStrictEqual(["connection_lost"]);
      expect(result.resumes).toBe(1);
    });
  });
});

describe("the Python client over TLS with a token", () => {
  const run = promisify(execFile);
  const TOKEN = "python-client-test-token-0123456789";
  let server: TestServer;
  let dir: string;
  let certPath: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "codex-api-py-tls-"));
    const keyPath = join(dir, "key.pem");
    certPath = join(dir, "cert.pem");
    await run("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "1",
      "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ]);
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted"], { tls: { keyPath, certPath }, env: { CODEX_API_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("verifies the server against --ca (ALPN h2), sends the token, and runs the turn", async () => {
    const url = server.url.replace("127.0.0.1", "localhost");
    const ok = await cli(["--url", url, "--ca", certPath, "--token", TOKEN, "--yes", "approve over tls"]);
    expect(ok.stderr).toMatch(/\[turn completed\]/);
    expect(ok.code).toBe(0);
    const wrongToken = await cli(["--url", url, "--ca", certPath, "--token", "not-the-token-at-all", "--yes", "approve"]);
    expect(wrongToken.stderr).toMatch(/unauthorized/);
    expect(wrongToken.code).toBe(2);
    const untrusted = await cli(["--url", url, "--yes", "approve"], { env: { SSL_CERT_FILE: "/nonexistent", SSL_CERT_DIR: "/nonexistent" } });
    expect(untrusted.stderr).toMatch(/CERTIFICATE_VERIFY_FAILED|certificate verify failed/);
    expect(untrusted.code).toBe(2);
  });
});
