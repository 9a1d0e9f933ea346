// The HTTP/1.1 health port (--health-port): what Kubernetes probes, load balancers and Prometheus
// get, with curl --http1.1 and node:http on real loopback sockets, compared answer for answer with
// the HTTP/2 port (the same routes answer both). Fake engine; real server and core.
import { execFile } from "node:child_process";
import http from "node:http";
import http2 from "node:http2";
import net from "node:net";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { HTTP_ERRORS } from "../../generated/protocol.js";
import type { HttpErrorCode } from "../../generated/types.js";
import { validateHttpError } from "../../generated/validators.js";
import { startHealthServer } from "../../src/server/health-server.js";
import { Metrics } from "../../src/server/metrics.js";
import { RawStream } from "../support/raw-stream.js";
import { startFakeEngineServer, type FakeEngineServer } from "../support/server-harness.js";

const run = promisify(execFile);
const TOKEN = "health-port-token-0123456789";
const QUIET = { debug() {}, info() {}, warn() {}, error() {} };

let server: FakeEngineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request over HTTP/1.1 with node:http (a fresh connection each time). */
function h1(url: string, path: string, options: { method?: string; headers?: Record<string, string>; rawAuthorization?: string[] } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A raw header list lets a request carry two Authorization headers (node then adds no Host).
    const headers: Record<string, string> | string[] =
      options.rawAuthorization === undefined ? (options.headers ?? {}) : ["host", new URL(url).host, ...options.rawAuthorization.flatMap((value) => ["authorization", value])];
    const req = http.request(`${url}${path}`, { method: options.method ?? "GET", headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The same request over HTTP/2 to the main port. */
async function h2(url: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const client = http2.connect(url);
  client.on("error", () => undefined);
  try {
    const req = client.request({ ":path": path, ":method": options.method ?? "GET", ...options.headers });
    req.end();
    const response = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
      req.on("response", resolve);
      req.on("error", reject);
    });
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    await new Promise((resolve) => req.on("close", resolve));
    const { ":status": status, ...headers } = response;
    return { status: Number(status), headers, body };
  } finally {
    client.close();
  }
}

/** curl --http1.1: status, the headers we care about, and the body. */
async function curl(url: string, args: string[] = []): Promise<Answer> {
  const { stdout } = await run("curl", ["-sS", "--http1.1", "-i", ...args, url]);
  const [head = "", body = ""] = stdout.split("\r\n\r\n");
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(":");
    headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  expect(statusLine).toMatch(/^HTTP\/1\.1 \d{3} /);
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

/** What must be the same on both ports: status, body and the headers the spec names. */
const comparable = (a: Answer) => ({
  status: a.status,
  body: a.body,
  contentType: a.headers["content-type"],
  allow: a.headers.allow,
  wwwAuthenticate: a.headers["www-authenticate"],
});

function expectHttpError(answer: Answer, code: HttpErrorCode): { code: string; message: string } {
  const body = JSON.parse(answer.body) as unknown;
  expect(validateHttpError(body), JSON.stringify(validateHttpError.errors)).toBe(true);
  expect(answer.status).toBe(HTTP_ERRORS[code].status);
  expect(body).toMatchObject({ error: { code } });
  return (body as { error: { code: string; message: string } }).error;
}

describe("the health port without a token", () => {
  it("answers GET /healthz, /readyz and /metrics over HTTP/1.1 as the HTTP/2 port does", async () => {
    server = await startFakeEngineServer(["--health-port", "0"]);
    const health = server.api.healthUrl!;
    expect(server.api.healthPort).toBeGreaterThan(0);
    expect(server.api.healthPort).not.toBe(server.api.port);
    expect(health).toBe(`http://127.0.0.1:${server.api.healthPort}`);

    const healthz = await curl(`${health}/healthz`);
    expect(healthz).toMatchObject({ status: 200, body: '{"ok":true}\n' });
    expect(healthz.headers["content-type"]).toBe("application/json");
    expect(await curl(`${health}/readyz`)).toMatchObject({ status: 200, body: '{"ready":true,"engine":"ready"}\n' });
    const metrics = await curl(`${health}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.body).toMatch(/^codex_api_open_streams 0$/m);

    // Answer for answer the same as HTTP/2 (metrics bodies change between scrapes: not compared).
    for (const [path, method] of [["/healthz", "GET"], ["/readyz", "GET"], ["/healthz", "POST"], ["/readyz", "DELETE"], ["/metrics", "PUT"]] as const) {
      const [one, two] = [await h1(health, path, { method }), await h2(server.url, path, { method })];
      expect([path, method, comparable(one)]).toStrictEqual([path, method, comparable(two)]);
    }
    const metricsOverH1 = await h1(health, "/metrics");
    expect([metricsOverH1.status, metricsOverH1.headers["content-type"]]).toStrictEqual([200, (await h2(server.url, "/metrics")).headers["content-type"]]);
    // The engine restarting: not ready, on both ports alike.
    server.engine.ready = false;
    const notReady = await h1(health, "/readyz");
    expect(notReady).toMatchObject({ status: 503, body: '{"ready":false,"engine":"starting"}\n' });
    expect(comparable(notReady)).toStrictEqual(comparable(await h2(server.url, "/readyz")));
  });

  it("answers other routes 404 and other methods 405 with the spec's HttpError, and never an agent stream", async () => {
    server = await startFakeEngineServer(["--health-port", "0"]);
    const health = server.api.healthUrl!;
    const wrongMethod = await curl(`${health}/healthz`, ["-X", "POST"]);
    expect(expectHttpError(wrongMethod, "method_not_allowed").message).toBe("/healthz answers only GET; send GET /healthz");
    expect(wrongMethod.headers.allow).toBe("GET");
    const nowhere = await curl(`${health}/nowhere?x=1`);
    expect(expectHttpError(nowhere, "not_found").message).toBe("no route /nowhere on the health port; it serves GET /healthz, /readyz and /metrics");
    for (const method of ["POST", "GET"]) {
      const stream = await curl(`${health}/agent/stream`, ["-X", method, "-H", "content-type: application/x-ndjson", "--data-binary", '{"type":"user_message","content":"hi"}\n']);
      expect(expectHttpError(stream, "not_found").message).toBe(
        `the agent stream is not served on the health port; send POST /agent/stream over HTTP/2 to the main port (${server.api.port})`,
      );
    }
    expect(server.engine.turnStarts).toHaveLength(0);
    // A request without Host (required by HTTP/1.1) and an oversized head get node:http's answers.
    const noHost = await rawExchange(server.api.healthPort!, "GET /healthz HTTP/1.1\r\n\r\n");
    expect(noHost).toMatch(/^HTTP\/1\.1 400 /);
    const huge = await rawExchange(server.api.healthPort!, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
  });

  it("leaves the main port HTTP/2 only: curl --http1.1 there gets no HTTP/1.1 answer", async () => {
    server = await startFakeEngineServer(["--health-port", "0"]);
    const failure = await run("curl", ["-sS", "--http1.1", "-o", "/dev/null", "-w", "%{http_code}", `${server.url}/healthz`]).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toBe("000");
    expect(failure.stderr).toContain("Received HTTP/0.9 when not allowed");
    // The health port, for its part, is not HTTP/2.
    const prior = await run("curl", ["-sS", "--http2-prior-knowledge", "-o", "/dev/null", `${server.api.healthUrl}/healthz`]).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(prior).not.toBe(0);
  });
});

describe("the health port with a token", () => {
  it("needs it for /metrics (one Authorization header, the right one) and for every other route, like the main port", async () => {
    server = await startFakeEngineServer(["--health-port", "0"], { env: { CODEX_API_TOKEN: TOKEN } });
    const health = server.api.healthUrl!;
    const bearer = `Bearer ${TOKEN}`;
    expect((await curl(`${health}/healthz`)).status).toBe(200);
    expect((await curl(`${health}/readyz`)).status).toBe(200);
    const missing = await curl(`${health}/metrics`);
    expect(expectHttpError(missing, "unauthorized").message).toBe("send Authorization: Bearer <token> (the server's CODEX_API_TOKEN)");
    expect(missing.headers["www-authenticate"]).toBe("Bearer");
    expect(expectHttpError(await curl(`${health}/metrics`, ["-H", "authorization: Bearer wrong-token-0123456789"]), "unauthorized").message).toContain("send Authorization");
    expect((await curl(`${health}/metrics`, ["-H", `authorization: ${bearer}`])).status).toBe(200);
    // Two headers, whichever order, even both right: refused (curl sends both).
    for (const pair of [[bearer, "Bearer other-token-0123456789"], ["Bearer other-token-0123456789", bearer], [bearer, bearer]]) {
      const twice = await curl(`${health}/metrics`, pair.flatMap((value) => ["-H", `authorization: ${value}`]));
      expect(expectHttpError(twice, "unauthorized").message).toBe("send exactly one Authorization header (this request had several)");
      expect(comparable(await h1(health, "/metrics", { rawAuthorization: pair }))).toStrictEqual(comparable(twice));
    }
    // Unknown routes and the agent stream are behind the token too; with it, they are 404.
    expect((await curl(`${health}/nowhere`)).status).toBe(401);
    expect((await curl(`${health}/agent/stream`, ["-X", "POST"])).status).toBe(401);
    expectHttpError(await curl(`${health}/agent/stream`, ["-X", "POST", "-H", `authorization: ${bearer}`]), "not_found");
    // Each refusal reads exactly as on the main port.
    for (const [path, headers] of [["/metrics", {}], ["/metrics", { authorization: "Bearer nope" }], ["/nowhere", {}], ["/healthz", {}]] as const) {
      const method = path === "/healthz" ? "POST" : "GET";
      expect([path, comparable(await h1(health, path, { method, headers }))]).toStrictEqual([path, comparable(await h2(server.url, path, { method, headers }))]);
    }
  });
});

describe("shutting down", () => {
  it("says not ready on both ports from stopAccepting on, stays alive until the end, then closes", async () => {
    server = await startFakeEngineServer(["--health-port", "0", "--shutdown-grace-ms", "5000"]);
    const health = server.api.healthUrl!;
    // A running turn holds the shutdown in its grace period.
    const busy = RawStream.open(server.url);
    busy.send({ type: "user_message", sessionId: "busy", content: "hi" });
    await busy.next((f) => f.type === "status");
    const closing = server.api.close();
    const shuttingDown = '{"ready":false,"engine":"ready","shuttingDown":true}\n';
    expect(await curl(`${health}/readyz`)).toMatchObject({ status: 503, body: shuttingDown });
    expect(await h2(server.url, "/readyz")).toMatchObject({ status: 503, body: shuttingDown });
    expect(await curl(`${health}/healthz`)).toMatchObject({ status: 200, body: '{"ok":true}\n' });
    server.engine.endTurn("thread-1", "turn-1");
    await closing;
    busy.close();
    const refused = await run("curl", ["-sS", "--http1.1", `${health}/healthz`]).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(refused).toBe(7); // couldn't connect
    server = undefined;
  });
});

describe("bounds", () => {
  it("closes a connection that does not finish its request head in time (408)", async () => {
    const health = await startHealthServer({ host: "127.0.0.1", port: 0, mainPort: 1, isReady: () => true, metrics: new Metrics(emptyStats), log: QUIET, headersTimeoutMs: 300 });
    try {
      const answer = await rawExchange(health.port, "GET /healthz HTTP/1.1\r\nHost: x\r\n"); // no blank line: never ends
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await health.close();
    }
  });

  it("refuses a port already in use, naming the option", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startHealthServer({ host: "127.0.0.1", port, mainPort: 1, isReady: () => true, metrics: new Metrics(emptyStats), log: QUIET })).rejects.toThrow(
        `health port (--health-port ${port}): listen EADDRINUSE`,
      );
    } finally {
      blocker.close();
    }
  });
});

function emptyStats() {
  return { sessions: 0, runningTurns: 0, pendingApprovals: 0, replayBytes: 0 };
}

/** Writes `request` on a new connection and returns everything the server sends until it closes. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(received));
  });
}
