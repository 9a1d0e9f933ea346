// Clients we did not write speak the protocol: curl with an NDJSON body, Python's h2 with the
// generated Python types, and a TLS connection with a certificate generated here.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { checkServerFrame } from "../../src/protocol/index.js";
import type { Script } from "../../src/scripted-model/index.js";
import { PYTHON } from "../support/python.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

const SCRIPT: Script = {
  turns: [
    { match: "^hello", responses: [[{ type: "text", text: "Hello from the scripted model.", chunkChars: 6 }]] },
    {
      match: "^approve",
      responses: [[{ type: "exec", command: "echo python-approved", escalate: true, justification: "show approval" }], [{ type: "text", text: "Done." }]],
    },
  ],
};

describe("outside clients over h2c", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => server?.close());

  it("curl --http2-prior-knowledge with an NDJSON body completes a turn", async () => {
    const body = `${JSON.stringify({ type: "user_message", sessionId: "curl-1", content: "hello there" })}\n`;
    const { stdout } = await run("curl", ["-sS", "--http2-prior-knowledge", "-H", "content-type: application/x-ndjson", "--data-binary", body, `${server.url}/agent/stream`], {
      timeout: 60_000,
    });
    const frames = stdout.trim().split("\n").map((l) => JSON.parse(l) as ServerFrame);
    for (const f of frames) expect(checkServerFrame(f).ok).toBe(true);
    expect(frames[0]).toMatchObject({ type: "session", sessionId: "curl-1" });
    expect(frames.find(isTerminal)).toMatchObject({ state: "completed", finalMessage: "Hello from the scripted model." });
    expect(frames[frames.length - 1]).toMatchObject({ type: "terminate", reason: "client_closed" });
  });

  it("Python h2 with the generated Python types drives a turn with an approval", async () => {
    const { port } = new URL(server.url);
    const { stdout, stderr } = await run(
      PYTHON,
      [join(ROOT, "test/interop/h2_client.py"), "127.0.0.1", port, "py-1", "approve this", join(ROOT, "clients/python")],
      { timeout: 60_000 },
    );
    expect(stderr).toBe("");
    const result = JSON.parse(stdout) as { seen: string[]; answered: { kind: string; command: string[] }[]; terminal: { state: string } };
    expect(result.answered).toEqual([{ kind: "command", command: ["/bin/bash", "-c", "echo python-approved"] }]);
    expect(result.terminal.state).toBe("completed");
    expect(result.seen[0]).toBe("session");
  });

  it("GET /healthz and /readyz answer", async () => {
    const health = await run("curl", ["-sS", "--http2-prior-knowledge", `${server.url}/healthz`]);
    expect(JSON.parse(health.stdout)).toEqual({ ok: true });
    const ready = await run("curl", ["-sS", "--http2-prior-knowledge", "-w", "\\n%{http_code}", `${server.url}/readyz`]);
    expect(ready.stdout.trim().split("\n").pop()).toBe("200");
  });
});

describe("TLS", () => {
  let server: TestServer;
  let dir: string;
  let cert: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "codex-api-tls-"));
    const keyPath = join(dir, "key.pem");
    const certPath = join(dir, "cert.pem");
    await run("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "1",
      "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ]);
    cert = await readFile(certPath, "utf8");
    server = await startTestServer(SCRIPT, [], { tls: { keyPath, certPath } });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves h2 over TLS (ALPN h2) with a generated certificate", async () => {
    expect(server.url).toMatch(/^https:/);
    const stream = RawStream.open(server.url, { tls: { ca: cert } });
    stream.send({ type: "user_message", sessionId: "tls-1", content: "hello over tls" });
    const status = await stream.next(isTerminal);
    expect(status).toMatchObject({ state: "completed" });
    expect(stream.session.alpnProtocol).toBe("h2");
    stream.close();
  });

  it("curl verifies the certificate and completes a turn", async () => {
    const caFile = join(dir, "ca.pem");
    await writeFile(caFile, cert);
    const body = `${JSON.stringify({ type: "user_message", sessionId: "tls-curl", content: "hello curl" })}\n`;
    const { stdout } = await run("curl", ["-sS", "--http2", "--cacert", caFile, "-H", "content-type: application/x-ndjson", "--data-binary", body, `${server.url}/agent/stream`], { timeout: 60_000 });
    const frames = stdout.trim().split("\n").map((l) => JSON.parse(l) as ServerFrame);
    expect(frames.find(isTerminal)).toMatchObject({ state: "completed" });
  });
});
