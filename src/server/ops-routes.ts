// The answers every listener gives outside the agent stream: GET /healthz, GET /readyz, GET
// /metrics, and the token check in front of everything but health and readiness. The HTTP/2
// server and the HTTP/1.1 health port (health-server.ts) both answer through here, so the two
// cannot drift: same bodies, same statuses, same token rule. No sockets here: a request is its
// method, path and Authorization headers, and an answer goes out through `respond`.
import { createHash, timingSafeEqual } from "node:crypto";
import type { HttpError, HttpErrorCode } from "../../generated/types.js";
import type { Logger } from "../core/logger.js";
import { httpStatus, problem, type Problem } from "../protocol/errors.js";
import type { Metrics } from "./metrics.js";

export interface OpsRequest {
  method: string | undefined;
  /** The path without its query. */
  path: string;
  /** Every `Authorization` header the request carried, in order. */
  authorization: readonly string[];
}

/** Sends one whole answer. Called at most once per request, possibly after `answer` returned. */
export type Respond = (status: number, headers: Readonly<Record<string, string>>, body: string) => void;

export interface OpsRouteOptions {
  /** When set, every request but GET /healthz and GET /readyz needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Whether the engine is up. */
  isReady: () => boolean;
  /** Whether the server still takes new work (false from `stopAccepting` on). */
  isAccepting: () => boolean;
  metrics: Metrics;
  log: Logger;
}

/** The routes this module answers, each GET only. */
export const OPS_PATHS: readonly string[] = ["/healthz", "/readyz", "/metrics"];

/**
 * Answers `request` if it is health, readiness or metrics, or not authorized: true when it did
 * (or will, for metrics). False: an authorized request for another route, the caller's to answer.
 */
export type OpsRoutes = (request: OpsRequest, respond: Respond) => boolean;

export function opsRoutes(options: OpsRouteOptions): OpsRoutes {
  const authorized = options.token === undefined ? () => true : bearerCheck(options.token);
  return (request, respond) => {
    const { method, path } = request;
    if (path === "/healthz" && method === "GET") {
      respondJson(respond, 200, { ok: true });
      return true;
    }
    if (path === "/readyz" && method === "GET") {
      // Not ready while shutting down, so a load balancer stops sending new streams here while
      // running turns finish; the process is still alive (/healthz) until it exits.
      const engineReady = options.isReady();
      const accepting = options.isAccepting();
      const ready = engineReady && accepting;
      respondJson(respond, ready ? 200 : 503, { ready, engine: engineReady ? "ready" : "starting", ...(accepting ? {} : { shuttingDown: true }) });
      return true;
    }
    // Node keeps only the first of repeated `authorization` headers; a proxy in front may check
    // another one. Two credentials are an error, not a choice.
    if (options.token !== undefined && request.authorization.length > 1) {
      respondError(respond, problem("unauthorized", "several"), {}, { "www-authenticate": "Bearer" });
      return true;
    }
    if (!authorized(request.authorization[0])) {
      respondError(respond, problem("unauthorized", "missing"), {}, { "www-authenticate": "Bearer" });
      return true;
    }
    if (!OPS_PATHS.includes(path)) return false;
    if (method !== "GET") {
      respondError(respond, problem("method_not_allowed", "getOnly", { path }), {}, { allow: "GET" });
      return true;
    }
    // GET /metrics (the other two were answered above).
    options.metrics.registry.metrics().then(
      (text) => respond(200, { "content-type": options.metrics.registry.contentType }, text),
      (error: unknown) => {
        options.log.error({ err: error instanceof Error ? error.stack : String(error) }, "metrics could not be collected");
        respondError(respond, problem("internal", "metrics"));
      },
    );
    return true;
  };
}

/** An HTTP answer with an error status: the spec's HttpError body and the code's status. */
export function respondError(
  respond: Respond,
  found: Problem<HttpErrorCode>,
  extra: Omit<HttpError["error"], "code" | "message"> = {},
  headers: Readonly<Record<string, string>> = {},
): void {
  const body: HttpError = { error: { code: found.code, message: found.message, ...extra } };
  respondJson(respond, httpStatus(found.code), body, headers);
}

export function respondJson(respond: Respond, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  respond(status, { "content-type": "application/json", ...headers }, `${JSON.stringify(body)}\n`);
}

/** The values of header `name` in Node's raw headers (name, value, name, value, …), in order. */
export function headerValues(rawHeaders: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === name) values.push(rawHeaders[i + 1]!);
  return values;
}

/** Constant-time comparison of the presented bearer token (hashes make the lengths equal). */
function bearerCheck(token: string): (header: string | undefined) => boolean {
  const expected = createHash("sha256").update(token).digest();
  return (header) => {
    const presented = /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1] ?? "";
    return timingSafeEqual(createHash("sha256").update(presented).digest(), expected);
  };
}
