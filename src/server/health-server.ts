// The health port (`--health-port`): plain HTTP/1.1 for Kubernetes probes, load balancers and
// Prometheus, which mostly do not speak h2c (the main port answers them with a protocol error).
// It serves exactly what ops-routes.ts answers on the main port — GET /healthz, /readyz, /metrics,
// same bodies, statuses and token rule — and never an agent stream. Malformed, oversized (431) or too slow (408) requests get node:http's own
// answers.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { problem } from "../protocol/errors.js";
import type { RunningServer } from "./http-server.js";
import { headerValues, opsRoutes, respondError, type OpsRouteOptions, type Respond } from "./ops-routes.js";

export interface HealthServerOptions extends Omit<OpsRouteOptions, "isAccepting"> {
  host: string;
  /** 0 = any free port. */
  port: number;
  /** The main (HTTP/2) port, named to a client that asks the health port for the agent stream. */
  mainPort: number;
  /** Sent as `codex-instance` on every answer, as on the main port. */
  instanceName?: string;
  /** A client gets this long to send its request headers (node:http's `headersTimeout`). */
  headersTimeoutMs?: number;
  /** ... and this long for the whole request (`requestTimeout`). */
  requestTimeoutMs?: number;
}

/** Probes answer in milliseconds; a client still sending headers after this is stuck or hostile. */
export const HEALTH_HEADERS_TIMEOUT_MS = 5_000;
export const HEALTH_REQUEST_TIMEOUT_MS = 10_000;
/** Largest request head accepted (Node's own default, stated): more gets 431. */
export const HEALTH_MAX_HEADER_BYTES = 16 * 1024;

export async function startHealthServer(options: HealthServerOptions): Promise<RunningServer> {
  let accepting = true;
  const answerOps = opsRoutes({ ...options, isAccepting: () => accepting });
  const headersTimeout = options.headersTimeoutMs ?? HEALTH_HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? HEALTH_REQUEST_TIMEOUT_MS, headersTimeout);
  const server = http.createServer({
    headersTimeout,
    requestTimeout,
    maxHeaderSize: HEALTH_MAX_HEADER_BYTES,
    // Node checks the two timeouts above on this period (default 30 s, which would stretch them).
    connectionsCheckingInterval: Math.min(1000, headersTimeout),
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    req.on("error", (error) => options.log.debug({ err: error.message }, "health request error"));
    res.on("error", (error) => options.log.debug({ err: error.message }, "health response error"));
    const respond: Respond = (status, headers, body) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(status, options.instanceName === undefined ? headers : { ...headers, "codex-instance": options.instanceName });
      res.end(body);
    };
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (answerOps({ method: req.method, path, authorization: headerValues(req.rawHeaders, "authorization") }, respond)) return;
    if (path === "/agent/stream") return respondError(respond, problem("not_found", "agentStreamElsewhere", { port: options.mainPort }));
    respondError(respond, problem("not_found", "healthRoute", { path }));
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(new Error(`health port (--health-port ${options.port}): ${error.message}`));
    server.once("error", failed);
    server.listen(options.port, options.host, () => {
      server.off("error", failed);
      resolve();
    });
  });
  server.on("error", (error) => options.log.error({ err: error.message }, "health port error"));
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(":") ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostForUrl}:${port}`,
    port,
    stopAccepting() {
      accepting = false;
    },
    close() {
      accepting = false;
      closing ??= new Promise<void>((resolve) => {
        // Idle keep-alive connections are closed at once; a request in flight gets 2 s.
        const forced = setTimeout(() => server.closeAllConnections(), 2000);
        server.close(() => {
          clearTimeout(forced);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
