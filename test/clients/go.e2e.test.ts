// The Go client (clients/go) from outside. Go runs offline (clients/go/offline.sh: Debian's
// golang.org/x sources, GOPROXY=off) with a temporary GOCACHE and GOPATH; the binaries are built
// once, in beforeAll.
// - gofmt, go vet and the Go tests (framing, resume and forward compatibility against a fake h2c
//   server in Go, the generated package's encoding rules);
// - the generated types against every example of the spec: decoded and encoded again, each valid
//   example comes out equal and passes the server's validators; each invalid one is refused by
//   the Go decoder at the example's path, or is one the spec's rule tells a client to accept and
//   the server to refuse;
// - codex-api-turn against a fake server that speaks a later 1.x (extra fields, an unknown item
//   kind, an unknown frame type), and against the real server with the real engine and the
//   scripted model: approvals, TLS with a token, a cancel, a resume after a dropped connection.
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { ServerFrame } from "../../generated/types.js";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import type { Script } from "../../src/scripted-model/index.js";
import { withIncludes } from "../../scripts/render-readme.js";
import { TcpProxy } from "../client/tcp-proxy.js";
import { invalidExamples, validExamples } from "../support/golden.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { isHistory } from "../support/history-frames.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const GO_DIR = join(ROOT, "clients/go");
const OFFLINE = join(GO_DIR, "offline.sh");

let tmp: string;
let goEnv: NodeJS.ProcessEnv;
let turnBin: string;
let roundtripBin: string;
let exampleBin: string;

/** `go ARGS` in clients/go, offline, with this file's cache. */
function go(args: string[], timeout = 180_000) {
  return run(OFFLINE, args, { cwd: GO_DIR, env: goEnv, timeout, maxBuffer: 16 << 20 }).catch((error: { message: string; stdout?: string; stderr?: string }) => {
    // What go printed is the failure: a failing Go test says which and why only there.
    throw new Error(`go ${args.join(" ")} failed: ${error.message}\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "codex-api-go-"));
  // GOENV=off: no user go.env; GOFLAGS and GOWORK from the caller's environment would change the build.
  goEnv = { ...process.env, GOCACHE: join(tmp, "gocache"), GOPATH: join(tmp, "gopath"), GOENV: "off", GOFLAGS: "", GOWORK: "" };
  await go(["build", "-o", `${join(tmp, "bin")}/`, "./cmd/codex-api-turn", "./internal/roundtrip", "./examples/one-turn"]);
  turnBin = join(tmp, "bin/codex-api-turn");
  roundtripBin = join(tmp, "bin/roundtrip");
  exampleBin = join(tmp, "bin/one-turn");
}, 240_000);

afterAll(async () => {
  if (tmp !== undefined) await rm(tmp, { recursive: true, force: true });
});

describe("the Go sources", () => {
  it("are gofmt-clean, generated files included, and pass go vet", async () => {
    const { stdout } = await run("gofmt", ["-l", GO_DIR]);
    expect(stdout).toBe("");
    await go(["vet", "./..."]);
  }, 240_000);

  it("pass their Go tests", async () => {
    const { stdout } = await go(["test", "-count=1", "./..."]);
    expect(stdout).toMatch(/^ok\s+\S+\/codexapi\s/m);
    expect(stdout).toMatch(/^ok\s+\S+\/internal\/protocoltest\s/m);
    expect(stdout).not.toMatch(/^FAIL/m);
  }, 240_000);

  it("are what docs/clients.md shows (npm run docs rewrites it)", () => {
    const doc = readFileSync(join(ROOT, "docs/clients.md"), "utf8");
    expect(doc).toContain("<!-- include: clients/go/examples/one-turn/main.go -->");
    expect(doc === withIncludes(doc), "docs/clients.md is out of date with its examples: run npm run docs").toBe(true);
  });
});

// ---------------------------------------------------------------- the generated types

interface RoundTrip {
  name: string;
  ok: boolean;
  goType?: string;
  item?: string;
  json?: unknown;
  error?: string;
  path?: string;
}

async function roundTrip(inputs: { name: string; direction: string; frame: unknown }[]): Promise<RoundTrip[]> {
  const child = execFile(roundtripBin, { maxBuffer: 16 << 20 });
  child.stdin!.end(inputs.map((i) => JSON.stringify(i)).join("\n") + "\n");
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(err).toBe("");
  expect(code).toBe(0);
  const results = out.trim().split("\n").map((line) => JSON.parse(line) as RoundTrip);
  expect(results.map((r) => r.name)).toStrictEqual(inputs.map((i) => i.name));
  return results;
}

/** Every message example in the spec's YAML, with its direction (the receive operation's messages are the client's). */
function specMessageExamples(): { name: string; direction: "client" | "server"; frame: unknown }[] {
  const spec = parseYaml(readFileSync(join(ROOT, "spec/codex-api.asyncapi.yaml"), "utf8"));
  const clientMessages = new Set<string>(
    (spec.operations.receiveClientFrames.messages as { $ref: string }[]).map((m) => m.$ref.split("/").pop()!),
  );
  const found: { name: string; direction: "client" | "server"; frame: unknown }[] = [];
  for (const [key, message] of Object.entries<{ examples?: { name: string; payload: unknown }[] }>(spec.components.messages)) {
    for (const example of message.examples ?? []) {
      found.push({ name: `spec:${key}/${example.name}`, direction: clientMessages.has(key) ? "client" : "server", frame: example.payload });
    }
  }
  return found;
}

/**
 * Invalid examples the Go decoder accepts, and why: the spec's forward-compatibility rule (a
 * client ignores unknown fields, keeps unknown item kinds and enum values), or a constraint on a
 * value (length, pattern, range, uniqueness, format) that the server checks and a decoder does
 * not. The Go decoder checks types, required fields and discriminators only.
 */
const SERVERS_TO_REFUSE: Record<string, string> = {
  "client.approve.decision-maybe": "enum values are kept as strings (open enums)",
  "client.approve.unknown-field": "unknown fields are ignored",
  "client.fork_session.unknown-field": "unknown fields are ignored",
  "client.answer.content-too-deep": "free-form JSON is kept raw; its bounds (x-json-bounds) are the server's to check",
  "client.answer.unknown-action": "enum values are kept as strings",
  "server.question_prompt.unknown-kind": "enum values are kept as strings",
  "client.open_session.bad-protocol-version": "a pattern",
  "client.open_session.negative-last-seq": "a minimum",
  "client.review.branch-option": "a pattern",
  "client.rollback.zero-turns": "a minimum",
  "client.user_message.control-char-session-id": "a pattern",
  "client.user_message.empty-session-id": "a minimum length",
  "client.user_message.remote-image-url": "a pattern",
  "client.user_message.bad-traceparent": "a pattern",
  "client.user_message.empty-expected-turn-id": "a minimum length",
  "client.user_message.unknown-approval-policy": "enum values are kept as strings",
  "client.user_message.unknown-override": "unknown fields are ignored",
  "server.command_prompt.bad-expiry": "a date-time format (expiresAt stays the string it was)",
  "server.command_prompt.duplicate-decisions": "uniqueness",
  "server.error.unknown-code": "ErrorCode is an open enum: an unknown code is judged by retryable",
  "server.item.unknown-item-type": "an unknown item kind is an UnknownItem",
  "server.session.negative-seq": "a minimum",
  "server.status.unknown-state": "enum values are kept as strings",
  "server.terminate.unknown-reason": "enum values are kept as strings",
};

describe("the generated Go types (clients/go/protocol)", () => {
  it("decode every valid example of the spec and encode it back unchanged, as the server's validators accept", async () => {
    const inputs = [...validExamples().map((e) => ({ name: e.name, direction: e.direction, frame: e.frame })), ...specMessageExamples()];
    expect(inputs.length).toBeGreaterThanOrEqual(48 + 20);
    const results = await roundTrip(inputs);
    const failures: string[] = [];
    results.forEach((result, i) => {
      const input = inputs[i]!;
      if (!result.ok) return failures.push(`${input.name}: ${result.error}`);
      const check = input.direction === "client" ? checkClientFrame(result.json) : checkServerFrame(result.json);
      if (!check.ok) failures.push(`${input.name}: the server refuses the Go encoding: ${check.problem.message}`);
      try {
        expect(result.json).toStrictEqual(input.frame);
      } catch {
        failures.push(`${input.name}: changed to ${JSON.stringify(result.json)}`);
      }
    });
    expect(failures).toStrictEqual([]);
    // Each frame and item kind decodes into its own struct.
    const byName = new Map(results.map((r) => [r.name, r]));
    expect(byName.get("server.item.tool-call-completed")).toMatchObject({ goType: "*protocol.ItemCompletedFrame", item: "*protocol.ToolCallItem" });
    expect(byName.get("server.item.agent-message-delta")).toMatchObject({ goType: "*protocol.ItemDeltaFrame" });
    expect(byName.get("client.user_message.legacy-minimal")).toMatchObject({ goType: "*protocol.UserMessageFrame" });
  });

  it("refuse each invalid example at its path, or accept it by the spec's forward-compatibility rule while the server refuses it", async () => {
    const invalid = invalidExamples();
    expect(Object.keys(SERVERS_TO_REFUSE).filter((name) => !invalid.some((e) => e.name === name))).toStrictEqual([]);
    const results = await roundTrip(invalid.map((e) => ({ name: e.name, direction: e.direction, frame: e.frame })));
    invalid.forEach((example, i) => {
      const result = results[i]!;
      const serverCheck = example.direction === "client" ? checkClientFrame(example.frame) : checkServerFrame(example.frame);
      expect(serverCheck.ok, `${example.name}: the server must refuse it`).toBe(false);
      if (example.name in SERVERS_TO_REFUSE) {
        expect(result, `${example.name} (${SERVERS_TO_REFUSE[example.name]})`).toMatchObject({ ok: true });
      } else {
        expect(result, example.name).toMatchObject({ ok: false, path: example.expect.path });
      }
    });
    expect(results.find((r) => r.name === "server.item.unknown-item-type")).toMatchObject({ item: "*protocol.UnknownItem" });
  });
});

// ---------------------------------------------------------------- codex-api-turn

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs codex-api-turn; `whileRunning` may act on it (send a signal) once stdout matches `when`. */
function turn(args: string[], options: { env?: Record<string, string>; timeoutMs?: number; when?: RegExp; whileRunning?: (pid: number) => void } = {}) {
  // Only what the command needs: no CODEX_API_TOKEN from the caller's environment.
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", ...options.env };
  const child = spawn(turnBin, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let acted = false;
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
    if (!acted && options.when?.test(stdout)) {
      acted = true;
      options.whileRunning?.(child.pid!);
    }
  });
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  return new Promise<Finished>((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

async function traced(file: string): Promise<ServerFrame[]> {
  const text = await readFile(file, "utf8");
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ServerFrame);
}


describe("codex-api-turn against a server of a later 1.x", () => {
  let server: http2.Http2Server;
  let url: string;
  beforeAll(async () => {
    // Speaks NDJSON only; every server frame carries something this version does not know.
    server = http2.createServer();
    server.on("stream", (stream) => {
      stream.respond({ ":status": 200, "content-type": "application/x-ndjson" });
      const send = (frame: object) => stream.write(`${JSON.stringify(frame)}\n`);
      let buffered = "";
      stream.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        let newline: number;
        while ((newline = buffered.indexOf("\n")) >= 0) {
          const frame = JSON.parse(buffered.slice(0, newline)) as { type: string; id?: string; sessionId?: string };
          buffered = buffered.slice(newline + 1);
          const base = { sessionId: "s-future", turnId: "t1" };
          if (frame.type === "open_session") {
            send({ type: "session", seq: 0, sessionId: "s-future", protocolVersion: "1.9.0", resumed: false, replay: null, turn: null, heartbeatIntervalMs: 15000, maxFrameBytes: 1048576, region: "eu" });
          } else if (frame.type === "user_message") {
            send({ type: "status", seq: 1, ...base, state: "started", message: "Agent processing...", inReplyTo: frame.id, priority: 3 });
            send({ type: "item", seq: 2, ...base, event: "started", item: { type: "hologram", id: "h1", depth: 3 } });
            send({ type: "progress", seq: 3, sessionId: "s-future", percent: 50 });
            send({ type: "item", seq: 4, ...base, event: "delta", itemId: "msg_1", itemType: "agent_message", field: "text", delta: "Hello from 1.9", tone: "warm" });
            send({ type: "item", seq: 5, ...base, event: "completed", item: { type: "hologram", id: "h1", depth: 4 } });
            send({ type: "item", seq: 6, ...base, event: "completed", item: { type: "agent_message", id: "msg_1", text: "Hello from 1.9", language: "en" } });
            send({ type: "error", seq: 7, sessionId: "s-future", code: "budget_warning", message: "a code this client does not know", retryable: false });
            send({ type: "status", seq: 8, ...base, state: "completed", message: "Agent run completed.", finalMessage: "Hello from 1.9", durationMs: 5, cost: { usd: 0.01 } });
          }
        }
      });
      stream.on("error", () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it("completes the turn through extra fields, an unknown item kind, an unknown frame type and an unknown error code", async () => {
    const trace = join(tmp, "future.ndjson");
    const result = await turn(["--url", url, "--trace", trace, "hello"], { timeoutMs: 30_000 });
    expect(result.stderr).toContain("an item of a kind this client does not know: hologram");
    expect(result.stderr).toContain("# error budget_warning");
    expect({ code: result.code, stdout: result.stdout }).toStrictEqual({ code: 0, stdout: "Hello from 1.9\n" });
    const frames = await traced(trace);
    expect(frames.map((f) => f.type)).toStrictEqual(["session", "status", "item", "progress", "item", "item", "item", "error", "status"]);
    // The unknown item kind and frame type come back as they arrived; unknown fields elsewhere are dropped.
    expect(frames[2]).toMatchObject({ item: { type: "hologram", id: "h1", depth: 3 } });
    expect(frames[3]).toStrictEqual({ type: "progress", seq: 3, sessionId: "s-future", percent: 50 });
    expect(frames[0]).not.toHaveProperty("region");
  });
});

const STREAM_TEXT = "tick ".repeat(200);

const SCRIPT: Script = {
  turns: [
    { match: "^hello", responses: [[{ type: "text", text: "Hello from the scripted model.", chunkChars: 6 }]] },
    {
      match: "^approve-yes",
      responses: [[{ type: "exec", command: "echo go-approved > go-approved.txt", escalate: true, justification: "write a marker" }], [{ type: "text", text: "Wrote the marker." }]],
    },
    {
      match: "^approve-no",
      responses: [[{ type: "exec", command: "echo go-denied > go-denied.txt", escalate: true, justification: "write a marker" }], [{ type: "text", text: "It was denied." }]],
    },
    {
      match: "^example",
      responses: [
        [{ type: "patch", patch: "*** Begin Patch\n*** Add File: go-example.txt\n+from the Go example\n*** End Patch\n" }],
        [{ type: "exec", command: "echo nope > go-nope.txt", escalate: true, justification: "write another file" }],
        [{ type: "text", text: "Added the file." }],
      ],
    },
    // 200 deltas 10 ms apart: long enough to cancel, or to cut the connection, in the middle.
    { match: "^slow", responses: [[{ type: "text", text: STREAM_TEXT, chunkChars: 5, delayMs: 10 }]] },
  ],
};

describe("codex-api-turn against codex-api (real engine, scripted model)", () => {
  let server: TestServer;
  beforeAll(async () => {
    // untrusted: the engine asks before every command.
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => server?.close());

  it("with --yes approves the prompt: the command runs and the turn completes", async () => {
    const trace = join(tmp, "approve.ndjson");
    const result = await turn(["--url", server.url, "--yes", "--trace", trace, "approve-yes please"]);
    expect(result.stderr).toMatch(/# prompt call_\d+: .*echo go-approved > go-approved\.txt.* → allow/);
    expect({ code: result.code, stdout: result.stdout }).toStrictEqual({ code: 0, stdout: "Wrote the marker.\n" });
    expect(readFileSync(join(server.workspace, "go-approved.txt"), "utf8")).toBe("go-approved\n");
    const frames = await traced(trace);
    for (const frame of frames) expect(checkServerFrame(frame).ok, JSON.stringify(frame)).toBe(true);
    expect(frames.find((f) => f.type === "item" && f.event === "completed" && f.item.type === "command_execution")).toMatchObject({
      item: { status: "completed", exitCode: 0 },
    });
  });

  it("without --yes denies it: the command does not run, the turn still completes", async () => {
    const result = await turn(["--url", server.url, "--framing", "lp", "approve-no please"]);
    expect(result.stderr).toMatch(/# prompt call_\d+: .* → deny/);
    expect(result.stderr).toMatch(/# \$ .*go-denied.* \(declined/);
    expect({ code: result.code, stdout: result.stdout }).toStrictEqual({ code: 0, stdout: "It was denied.\n" });
    expect(existsSync(join(server.workspace, "go-denied.txt"))).toBe(false);
  });

  it("cancels the turn on Ctrl-C: it ends interrupted (cancelled) and the command exits 1", async () => {
    const trace = join(tmp, "cancel.ndjson");
    const result = await turn(["--url", server.url, "--trace", trace, "slow one"], { when: /tick tick/, whileRunning: (pid) => process.kill(pid, "SIGINT") });
    expect(result.stderr).toContain("# cancelling the turn");
    expect(result.stderr).toContain("# turn interrupted (cancelled)");
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeLessThan(STREAM_TEXT.length);
    const terminal = (await traced(trace)).filter((f) => f.type === "status" && f.state !== "started");
    expect(terminal).toMatchObject([{ state: "interrupted", reason: "cancelled" }]);
  });

  it.each(["ndjson", "lp"])("resumes after the connection drops mid-turn (%s): every history frame once, no gap", async (framing) => {
    const proxy = await TcpProxy.start(server.url);
    try {
      const trace = join(tmp, `resume-${framing}.ndjson`);
      const running = turn(["--url", proxy.url, "--framing", framing, "--trace", trace, "slow but steady"]);
      await proxy.cutAfter(6000, "reset");
      const result = await running;
      expect(result.stderr).toMatch(/# reconnected to session \S+: replaying \d+ frames \(0 lost\)/);
      expect({ code: result.code, stdout: result.stdout }).toStrictEqual({ code: 0, stdout: `${STREAM_TEXT}\n` });
      expect(proxy.accepted).toBe(2);
      const frames = await traced(trace);
      const history = frames.filter(isHistory);
      expect(history.map((f) => f.seq)).toStrictEqual(history.map((_, i) => i + 1));
      expect(frames.filter((f) => f.type === "session")).toMatchObject([{ resumed: false }, { resumed: true }]);
      const text = history.flatMap((f) => (f.type === "item" && f.event === "delta" ? [f.delta] : [])).join("");
      expect(text).toBe(STREAM_TEXT);
    } finally {
      await proxy.close();
    }
  });

  it("runs the example of docs/clients.md: the file change is allowed, the command refused", async () => {
    const child = spawn(exampleBin, [server.url, "example turn"], { env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearTimeout(timer);
    expect({ code, stdout, stderr }).toStrictEqual({ code: 0, stdout: "Added the file.\ncompleted\n", stderr: "" });
    expect(readFileSync(join(server.workspace, "go-example.txt"), "utf8")).toBe("from the Go example\n");
    expect(existsSync(join(server.workspace, "go-nope.txt"))).toBe(false);
  });

  it("exits 2 when it cannot connect", async () => {
    const result = await turn(["--url", "http://127.0.0.1:1", "hello"], { timeoutMs: 30_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("codex-api-turn:");
  });
});

describe("codex-api-turn over TLS with a token", () => {
  let server: TestServer;
  let dir: string;
  const token = "go-client-token-0123456789abcdef";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "codex-api-go-tls-"));
    await run("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "1",
      "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ]);
    server = await startTestServer(SCRIPT, [], { tls: { keyPath: join(dir, "key.pem"), certPath: join(dir, "cert.pem") }, env: { CODEX_API_TOKEN: token } });
  });
  afterAll(async () => {
    await server?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it("verifies the certificate with --ca and sends the token (here from CODEX_API_TOKEN)", async () => {
    const url = server.url.replace("127.0.0.1", "localhost");
    const result = await turn(["--url", url, "--ca", join(dir, "cert.pem"), "hello over tls"], { env: { CODEX_API_TOKEN: token } });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toStrictEqual({ code: 0, stdout: "Hello from the scripted model.\n", stderr: "" });
  });

  it("exits 2 on a wrong token (HTTP 401) and on a certificate it cannot verify", async () => {
    const wrong = await turn(["--url", server.url, "--ca", join(dir, "cert.pem"), "--token", "not-the-token-at-all", "hello"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("HTTP 401 unauthorized");
    const untrusted = await turn(["--url", server.url, "--token", token, "hello"]);
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toMatch(/certificate/);
  });
});
