// JSON-RPC over the engine's JSONL: correlates our requests with responses (integer ids, one
// timeout each), and hands notifications and server→client requests to the owner. The engine
// never sends "jsonrpc" and does not need it (docs/engine-notes.md §0), so neither do we.
import type { RequestId } from "../../generated/engine/index.js";
import type { TraceContext } from "../core/engine-port.js";
import { EngineError } from "./engine-error.js";
import type { EngineMethod, EngineMethods } from "./engine-protocol.js";

export interface JsonRpcHandlers {
  onNotification(method: string, params: unknown): void;
  onRequest(id: RequestId, method: string, params: unknown): void;
  /** A line that is not a JSON-RPC message, or a response to no pending request. */
  onProtocolError(message: string): void;
}

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: EngineError): void;
  timer: NodeJS.Timeout;
}

export class JsonRpcPeer {
  readonly #write: (line: string) => void;
  readonly #handlers: JsonRpcHandlers;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #failed: EngineError | null = null;

  constructor(write: (line: string) => void, handlers: JsonRpcHandlers) {
    this.#write = write;
    this.#handlers = handlers;
  }

  /** `trace` goes in the request envelope, beside `params`: where the engine reads it (docs/engine-notes.md §8). */
  request<M extends EngineMethod>(method: M, params: EngineMethods[M]["params"], timeoutMs: number, trace?: TraceContext): Promise<EngineMethods[M]["result"]> {
    if (this.#failed !== null) return Promise.reject(this.#failed);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new EngineError("timeout", `the engine did not answer ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
      this.#send(trace === undefined ? { id, method, params } : { id, method, params, trace });
    });
  }

  notify(method: "initialized"): void {
    this.#send({ method });
  }

  respond(id: RequestId, result: unknown): void {
    this.#send({ id, result });
  }

  respondError(id: RequestId, code: number, message: string): void {
    this.#send({ id, error: { code, message } });
  }

  /** Rejects every pending request and every later one with `error`. */
  fail(error: EngineError): void {
    this.#failed ??= error;
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      this.#pending.delete(id);
      pending.reject(error);
    }
  }

  handleLine(text: string): void {
    if (text.trim() === "") return;
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.#handlers.onProtocolError(`not JSON: ${text.slice(0, 200)}`);
      return;
    }
    if (typeof message !== "object" || message === null || Array.isArray(message)) {
      this.#handlers.onProtocolError(`not a JSON-RPC message: ${text.slice(0, 200)}`);
      return;
    }
    const { id, method, params, result, error } = message as Record<string, unknown>;
    if (typeof method === "string") {
      if (typeof id === "number" || typeof id === "string") this.#handlers.onRequest(id, method, params);
      else this.#handlers.onNotification(method, params);
      return;
    }
    const pending = typeof id === "number" ? this.#pending.get(id) : undefined;
    if (pending === undefined) {
      this.#handlers.onProtocolError(`response to no pending request: ${text.slice(0, 200)}`);
      return;
    }
    this.#pending.delete(id as number);
    clearTimeout(pending.timer);
    if (error !== undefined) {
      const { code, message: reason } = (error ?? {}) as { code?: unknown; message?: unknown };
      const rpcCode = typeof code === "number" ? code : undefined;
      pending.reject(new EngineError("rpc_error", `${pending.method}: ${typeof reason === "string" ? reason : JSON.stringify(error)}`, { rpcCode }));
    } else {
      pending.resolve(result);
    }
  }

  #send(message: object): void {
    this.#write(`${JSON.stringify(message)}\n`);
  }
}
