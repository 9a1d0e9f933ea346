// A real HTTP server speaking the Responses API (SSE) on loopback, playing a script. It stands in
// for the model so the real engine can run offline (docs/design.md: fakes at the edges).
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { planResponse, rateLimitHeaders, type Step } from "./response-plan.js";
import { validateScript, type Script, type ScriptResponse } from "./script.js";
import { selectResponse } from "./select.js";

export interface RecordedRequest {
  method: string;
  /** Request path, e.g. "/v1/responses". */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when the body was empty or not JSON. */
  body: unknown;
  /** Text of the last real user message in `input`, null when none. */
  userText: string | null;
  /** Script turn that answered, null when no turn applied. */
  turn: number | null;
  /** Index into that turn's responses. */
  response: number;
  /** False when the built-in final "Done." answered (no turn, or past the turn's last response). */
  scripted: boolean;
}

export interface ScriptedModel {
  /** Base URL for a Codex model provider, e.g. http://127.0.0.1:43123/v1 (POST <url>/responses). */
  readonly url: string;
  /** The most recent requests received (at most `maxRecordedRequests`), oldest first. */
  readonly requests: RecordedRequest[];
  /** How many requests were received in all. */
  readonly requestCount: number;
  /** Resolves when n requests have been received in all (default timeout 10 s). */
  waitForRequests(n: number, timeoutMs?: number): Promise<void>;
  /** Ends open streams, closes every connection and the server. */
  close(): Promise<void>;
}

export interface ScriptedModelOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /**
   * When set, a request for another model gets 404 model_not_found, as from the real API. The
   * engine uses its catalog entry only for a matching slug; with another one it silently drops
   * the apply_patch tool (docs/engine-notes.md §6), so a mismatch should fail loudly.
   */
  modelSlug?: string;
  /**
   * How many recent requests `requests` keeps (default 100). Each holds the whole conversation
   * the engine re-sends (docs/engine-notes.md §7), so an unbounded log grows with every turn of a long run.
   */
  maxRecordedRequests?: number;
}

// Past the end of a turn's responses: a final message, so every turn finishes.
const FALLBACK: ScriptResponse = [{ type: "text", text: "Done." }];

interface Waiter {
  count: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export async function startScriptedModel(script: Script, options: ScriptedModelOptions = {}): Promise<ScriptedModel> {
  validateScript(script);
  const requests: RecordedRequest[] = [];
  const maxRecorded = options.maxRecordedRequests ?? 100;
  let requestCount = 0;
  const waiters = new Set<Waiter>();
  const closing = new AbortController();
  let closed: Promise<void> | undefined;
  let lastId = 0;

  const record = (request: RecordedRequest): void => {
    requests.push(request);
    if (requests.length > maxRecorded) requests.splice(0, requests.length - maxRecorded);
    requestCount++;
    for (const waiter of waiters) {
      if (requestCount >= waiter.count) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve();
      }
    }
  };

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    let body: unknown;
    try {
      body = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"));
    } catch {
      body = undefined;
    }
    const selection = selectResponse(script, body);
    const scripted = selection.turn === null ? undefined : script.turns[selection.turn]?.responses[selection.response];
    record({
      method: req.method ?? "",
      path,
      headers: req.headers,
      body,
      ...selection,
      scripted: scripted !== undefined,
    });
    if (req.method !== "POST" || !path.endsWith("/responses")) {
      return sendJson(res, 404, { error: { message: `the scripted model serves POST <base>/responses, not ${req.method} ${path}`, type: "not_found" } });
    }
    if (typeof body !== "object" || body === null) {
      return sendJson(res, 400, { error: { message: "the request body is not a JSON object", type: "invalid_request_error" } });
    }
    const model = (body as { model?: unknown }).model;
    if (options.modelSlug !== undefined && model !== options.modelSlug) {
      return sendJson(res, 404, {
        error: {
          message: `The model \`${String(model)}\` does not exist; this scripted model serves \`${options.modelSlug}\``,
          type: "invalid_request_error",
          code: "model_not_found",
        },
      });
    }
    const steps = planResponse(scripted ?? FALLBACK, { nextId: () => ++lastId, requestBytes: raw.length });
    const headers = rateLimitHeaders(scripted ?? FALLBACK);
    // Stop when close() is called or the client hangs up (the engine closes the stream on interrupt).
    const stop = new AbortController();
    const abort = (): void => stop.abort();
    closing.signal.addEventListener("abort", abort);
    res.once("close", abort);
    try {
      await play(steps, res, stop.signal, headers);
    } finally {
      closing.signal.removeEventListener("abort", abort);
    }
  };

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      // A connection that broke while the body was read (or a bug): the client sees a dropped connection.
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;

  const shutDown = async (): Promise<void> => {
    closing.abort();
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`the scripted model closed after ${requestCount} of ${waiter.count} requests`));
    }
    waiters.clear();
    const stopped = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    // Also ends open SSE streams and idle keep-alive sockets, which server.close() would wait for.
    server.closeAllConnections();
    await stopped;
  };

  return {
    url: `http://${host}:${port}/v1`,
    requests,
    get requestCount() {
      return requestCount;
    },
    waitForRequests(count, timeoutMs = 10_000) {
      if (requestCount >= count) return Promise.resolve();
      if (closing.signal.aborted) return Promise.reject(new Error("the scripted model is closed"));
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          count,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            reject(new Error(`waited ${timeoutMs} ms for ${count} model requests; received ${requestCount}`));
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    close() {
      closed ??= shutDown();
      return closed;
    },
  };
}

async function play(steps: Step[], res: ServerResponse, signal: AbortSignal, headers: Record<string, string>): Promise<void> {
  let written: Promise<void> = Promise.resolve();
  for (const step of steps) {
    if (signal.aborted) return;
    switch (step.kind) {
      case "write": {
        if (!res.headersSent) {
          res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...headers });
        }
        let accepted = true;
        written = new Promise((resolve) => {
          accepted = res.write(step.data, () => resolve());
        });
        if (!accepted) await until(res, "drain", signal);
        break;
      }
      case "delay":
        await sleep(step.ms, undefined, { signal }).catch(() => undefined);
        break;
      case "disconnect":
        // Destroying discards writes still queued in the socket; the events before must arrive.
        await Promise.race([written, until(res, "close", signal)]);
        res.destroy();
        return;
      case "http_error":
        sendJson(res, step.status, step.body);
        return;
    }
  }
  res.end();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Resolves on `event` or abort, whichever comes first. */
function until(res: ServerResponse, event: "drain" | "close", signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off(event, done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    res.once(event, done);
    signal.addEventListener("abort", done, { once: true });
  });
}
