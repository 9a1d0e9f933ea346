// The HTTP/2 server: h2c by default, h2 over TLS (ALPN h2) when configured. Routes
// `POST /agent/stream`; `GET /healthz`, `/readyz`, `/metrics` and the token check are answered
// by ops-routes.ts (shared with the HTTP/1.1 health port). Tracks HTTP/2 sessions so shutdown can
// close them. The only server-side user of node:http2.
import { readFileSync } from "node:fs";
import http2, { type Http2SecureServer, type Http2Server, type Http2Session, type IncomingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo, Socket } from "node:net";
import type { HttpError, HttpErrorCode } from "../../generated/types.js";
import type { AgentCore } from "../core/agent-core.js";
import type { TraceContext } from "../core/engine-port.js";
import { withFields, type Logger } from "../core/logger.js";
import { problem, type Problem } from "../protocol/errors.js";
import { traceIdOf, traceparentProblem, tracestateProblem } from "../protocol/trace-context.js";
import { negotiateFraming, SUPPORTED_CONTENT_TYPES } from "../transport/index.js";
import { AgentStream, type ConnectionLimits, type StreamOptions } from "./agent-stream.js";
import type { Metrics } from "./metrics.js";
import { headerValues, opsRoutes, respondError, type Respond } from "./ops-routes.js";
import { TokenBucket } from "./token-bucket.js";

export interface ServerOptions extends StreamOptions {
  /** New sessions one connection may open per second, and the burst allowed. */
  maxNewSessionsPerSecond: number;
  newSessionBurst: number;
  host: string;
  port: number;
  tls?: { keyPath: string; certPath: string };
  /** When set, every request but /healthz and /readyz needs `Authorization: Bearer <token>`. */
  token?: string;
  maxStreamsPerConnection: number;
  /** Sent as `codex-instance` on every answer (docs/routing.md). */
  instanceName: string;
}

/** The request header that names a stream's session, for proxies that route on it (docs/routing.md). */
export const SESSION_ID_HEADER = "codex-session-id";
/** The response header that names the instance that answered. */
export const INSTANCE_HEADER = "codex-instance";

export interface RunningServer {
  /** e.g. `http://127.0.0.1:43121` or `https://localhost:8443`. */
  readonly url: string;
  readonly port: number;
  /** New connections and streams are refused from now on (503), /readyz says 503; open streams carry on. */
  stopAccepting(): void;
  /** Sends `terminate` (shutdown) on every stream and closes connections. */
  close(): Promise<void>;
}

export async function startHttpServer(core: AgentCore, isReady: () => boolean, options: ServerOptions, metrics: Metrics, log: Logger): Promise<RunningServer> {
  // The protocol-level cap sits a little above ours so that health and metrics requests still
  // get through on a connection whose agent streams are at the limit.
  const settings = { maxConcurrentStreams: options.maxStreamsPerConnection + 8 };
  const server: Http2Server | Http2SecureServer =
    options.tls === undefined
      ? http2.createServer({ settings })
      : http2.createSecureServer({ settings, key: readFileSync(options.tls.keyPath), cert: readFileSync(options.tls.certPath), allowHTTP1: false });
  const agentStreamsOf = new WeakMap<Http2Session, number>();
  const limitsOf = new WeakMap<Http2Session, ConnectionLimits>();
  const connections = new Set<Http2Session>();
  // Sockets are tracked apart from HTTP/2 sessions: a session can be closed while its socket
  // is still open, and server.close() waits for every socket.
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  let accepting = true;
  const streams = new Set<AgentStream>();
  server.on("session", (session: Http2Session) => {
    connections.add(session);
    session.on("close", () => connections.delete(session));
    session.on("error", (error) => log.debug({ err: error.message }, "connection error"));
  });
  const answerOps = opsRoutes({ token: options.token, isReady, isAccepting: () => accepting, metrics, log });
  server.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders, _flags: number, rawHeaders: string[]) => {
    stream.on("error", (error) => log.debug({ err: error.message }, "stream error"));
    const method = headers[":method"];
    const path = (headers[":path"] ?? "").split("?")[0] ?? "";
    const instance = { [INSTANCE_HEADER]: options.instanceName };
    if (answerOps({ method, path, authorization: headerValues(rawHeaders, "authorization") }, responder(stream, instance))) return;
    if (!accepting) return httpError(stream, instance, problem("shutting_down", "request"));
    if (path !== "/agent/stream") return httpError(stream, instance, problem("not_found", "route", { path }));
    if (method !== "POST") return httpError(stream, instance, problem("method_not_allowed", "agentStream"), {}, { allow: "POST" });
    const headerSessionId = sessionIdHeader(headerValues(rawHeaders, SESSION_ID_HEADER));
    if (!headerSessionId.ok) return httpError(stream, instance, headerSessionId.problem);
    const trace = traceHeaders(headerValues(rawHeaders, "traceparent"), headerValues(rawHeaders, "tracestate"));
    if (!trace.ok) return httpError(stream, instance, trace.problem);
    const negotiated = negotiateFraming(headers["content-type"]);
    if (!negotiated.ok) {
      return httpError(stream, instance, negotiated.error.problem, { supported: [...SUPPORTED_CONTENT_TYPES] });
    }
    const connection = stream.session!;
    const open = agentStreamsOf.get(connection) ?? 0;
    if (open >= options.maxStreamsPerConnection) {
      return httpError(stream, instance, problem("overloaded", "streams", { open }), { retryAfterMs: 1000 }, { "retry-after": "1" });
    }
    agentStreamsOf.set(connection, open + 1);
    stream.respond({ ":status": 200, "content-type": negotiated.framing.contentType, "cache-control": "no-store", ...instance });
    let limits = limitsOf.get(connection);
    if (limits === undefined) {
      limits = { newSessions: new TokenBucket(options.maxNewSessionsPerSecond, options.newSessionBurst) };
      limitsOf.set(connection, limits);
    }
    // The stream's log lines carry the trace id of its headers (spec: "Trace context").
    const streamLog = trace.trace === undefined ? log : withFields(log, { traceId: traceIdOf(trace.trace.traceparent) });
    const agentStream = new AgentStream(stream, negotiated.framing, core, options, limits, metrics, streamLog, headerSessionId.sessionId, trace.trace);
    streams.add(agentStream);
    metrics.openStreams.inc();
    stream.on("close", () => {
      streams.delete(agentStream);
      metrics.openStreams.dec();
      agentStreamsOf.set(connection, (agentStreamsOf.get(connection) ?? 1) - 1);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `${options.tls === undefined ? "http" : "https"}://${hostForUrl}:${port}`,
    port,
    stopAccepting() {
      accepting = false;
    },
    async close() {
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of streams) s.terminate("shutdown", "the server is shutting down; reconnect to another instance or retry later", true);
      // Let terminate frames flush, then close what is left.
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const c of connections) c.close();
      const forced = setTimeout(() => {
        for (const c of connections) c.destroy();
        for (const socket of sockets) socket.destroy();
      }, 2000);
      await closed;
      clearTimeout(forced);
    },
  };
}

/** Answers on an HTTP/2 stream; nothing when the stream is already gone (a slow /metrics). */
function responder(stream: ServerHttp2Stream, always: Readonly<Record<string, string>>): Respond {
  return (status, headers, body) => {
    if (stream.destroyed || stream.headersSent) return;
    stream.respond({ ":status": status, ...headers, ...always });
    stream.end(body);
  };
}

function httpError(
  stream: ServerHttp2Stream,
  always: Readonly<Record<string, string>>,
  found: Problem<HttpErrorCode>,
  extra: Omit<HttpError["error"], "code" | "message"> = {},
  headers: Record<string, string> = {},
): void {
  respondError(responder(stream, always), found, extra, headers);
}

type TraceHeaders = { ok: true; trace: TraceContext | undefined } | { ok: false; problem: Problem<"invalid_header"> };

/** The W3C trace context headers, checked (spec: "Trace context"); a tracestate alone is ignored. */
export function traceHeaders(traceparents: readonly string[], tracestates: readonly string[]): TraceHeaders {
  for (const [header, values] of [["traceparent", traceparents], ["tracestate", tracestates]] as const) {
    if (values.length > 1) return { ok: false, problem: problem("invalid_header", "severalTraceHeaders", { header, count: values.length }) };
  }
  const traceparent = traceparents[0];
  if (traceparent === undefined) return { ok: true, trace: undefined };
  const badParent = traceparentProblem(traceparent);
  if (badParent !== undefined) return { ok: false, problem: problem("invalid_header", "traceparent", { reason: badParent }) };
  const tracestate = tracestates[0];
  if (tracestate === undefined) return { ok: true, trace: { traceparent } };
  const badState = tracestateProblem(tracestate);
  if (badState !== undefined) return { ok: false, problem: problem("invalid_header", "tracestate", { reason: badState }) };
  return { ok: true, trace: { traceparent, tracestate } };
}

type SessionIdHeader = { ok: true; sessionId: string | undefined } | { ok: false; problem: Problem<"invalid_header"> };

/**
 * The `codex-session-id` header as a session id (the spec's `Id`: 1–256 characters, no control
 * characters), or why it is not one. Node hands header bytes over as latin1: they are read as UTF-8,
 * so the header and a frame's JSON spell a non-ASCII id the same way.
 */
export function sessionIdHeader(values: readonly string[]): SessionIdHeader {
  if (values.length === 0) return { ok: true, sessionId: undefined };
  if (values.length > 1) return { ok: false, problem: problem("invalid_header", "severalSessionIds", { count: values.length }) };
  const bytes = Buffer.from(values[0]!, "latin1");
  const text = bytes.toString("utf8");
  const invalid = (reason: string) => ({ ok: false as const, problem: problem("invalid_header", "sessionId", { reason }) });
  if (!Buffer.from(text, "utf8").equals(bytes)) return invalid("is not valid UTF-8");
  const length = [...text].length;
  if (length === 0) return invalid("is empty");
  if (length > 256) return invalid(`is ${length} characters long`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return invalid("holds a control character");
  return { ok: true, sessionId: text };
}
