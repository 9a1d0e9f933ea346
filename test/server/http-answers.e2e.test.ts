// Every HTTP answer that is not an agent stream, as the spec's "HTTP answers" table gives it: the
// status, the headers, and an HttpError body that passes the generated validator. Real HTTP/2,
// fake engine.
import http2 from "node:http2";
import { afterEach, describe, expect, it } from "vitest";
import { HTTP_ERRORS } from "../../generated/protocol.js";
import type { HttpErrorCode } from "../../generated/types.js";
import { validateHttpError } from "../../generated/validators.js";
import { RawStream } from "../support/raw-stream.js";
import { startFakeEngineServer, type FakeEngineServer } from "../support/server-harness.js";

const TOKEN = "http-answers-token-0123456789";
let server: FakeEngineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function request(headers: Record<string, string | string[]>, session?: http2.ClientHttp2Session): Promise<{ status: number; headers: http2.IncomingHttpHeaders; body: string }> {
  const own = session === undefined;
  const client = session ?? http2.connect(server!.url);
  client.on("error", () => undefined);
  try {
    const req = client.request(headers);
    req.end();
    let body = "";
    const response = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
      req.on("response", resolve);
      req.on("error", reject);
    });
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    await new Promise((resolve) => req.on("close", resolve));
    return { status: Number(response[":status"]), headers: response, body };
  } finally {
    if (own) client.close();
  }
}

function expectHttpError(answer: { status: number; body: string }, code: HttpErrorCode): Record<string, unknown> {
  const body = JSON.parse(answer.body) as unknown;
  expect(validateHttpError(body), JSON.stringify(validateHttpError.errors)).toBe(true);
  expect(body).toMatchObject({ error: { code } });
  expect(answer.status).toBe(HTTP_ERRORS[code].status);
  return (body as { error: Record<string, unknown> }).error;
}

describe("HTTP answers", () => {
  it("health, readiness and the errors of each route, as the spec's table says", async () => {
    server = await startFakeEngineServer(["--max-streams-per-connection", "1"], { env: { CODEX_API_TOKEN: TOKEN } });
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect(await request({ ":path": "/healthz" })).toMatchObject({ status: 200, body: '{"ok":true}\n' });
    expect(await request({ ":path": "/readyz" })).toMatchObject({ status: 200 });
    const noToken = await request({ ":path": "/agent/stream", ":method": "POST" });
    expectHttpError(noToken, "unauthorized");
    expect(noToken.headers["www-authenticate"]).toBe("Bearer");
    expectHttpError(await request({ ":path": "/nowhere", ...auth }), "not_found");
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      const post = await request({ ":path": path, ":method": "POST", ...auth });
      expect(expectHttpError(post, "method_not_allowed").message).toBe(`${path} answers only GET; send GET ${path}`);
      expect(post.headers.allow).toBe("GET");
    }
    // Behind the token like every route but GET /healthz and GET /readyz.
    expectHttpError(await request({ ":path": "/healthz", ":method": "POST" }), "unauthorized");
    const get = await request({ ":path": "/agent/stream", ...auth });
    expectHttpError(get, "method_not_allowed");
    expect(get.headers.allow).toBe("POST");
    const form = await request({ ":path": "/agent/stream", ":method": "POST", "content-type": "application/x-www-form-urlencoded", ...auth });
    expect(expectHttpError(form, "unsupported_media_type").supported).toEqual(["application/x-ndjson", "application/vnd.codex-api.lp+json"]);
    // One agent stream per connection: the second is refused.
    const connection = http2.connect(server.url);
    connection.on("error", () => undefined);
    try {
      const first = connection.request({ ":path": "/agent/stream", ":method": "POST", "content-type": "application/x-ndjson", ...auth });
      await new Promise((resolve) => first.on("response", resolve));
      const second = await request({ ":path": "/agent/stream", ":method": "POST", "content-type": "application/x-ndjson", ...auth }, connection);
      expect(expectHttpError(second, "overloaded").retryAfterMs).toBe(1000);
      expect(second.headers["retry-after"]).toBe("1");
      first.close();
    } finally {
      connection.close();
    }
  });

  it("a server that is shutting down answers new streams shutting_down and /readyz 503 while its turns finish", async () => {
    server = await startFakeEngineServer(["--shutdown-grace-ms", "5000"]);
    // A running turn holds the shutdown in its grace period.
    const busy = RawStream.open(server.url);
    busy.send({ type: "user_message", sessionId: "busy", content: "hi" });
    await busy.next((f) => f.type === "status");
    expect(await request({ ":path": "/readyz" })).toMatchObject({ status: 200, body: '{"ready":true,"engine":"ready"}\n' });
    const closing = server.api.close();
    expectHttpError(await request({ ":path": "/agent/stream", ":method": "POST", "content-type": "application/x-ndjson" }), "shutting_down");
    // Out of rotation (503) but alive while the turn finishes its grace period.
    expect(await request({ ":path": "/readyz" })).toMatchObject({ status: 503, body: '{"ready":false,"engine":"ready","shuttingDown":true}\n' });
    expect(await request({ ":path": "/healthz" })).toMatchObject({ status: 200 });
    server.engine.endTurn("thread-1", "turn-1");
    await closing;
    busy.close();
    server = undefined;
  });
});
