// One error class for everything that goes wrong talking to the engine; `code` says what.

export type EngineErrorCode =
  /** The engine answered the request with a JSON-RPC error (`rpcCode`, message from the engine). */
  | "rpc_error"
  /** The engine did not answer in time. */
  | "timeout"
  /** The engine process exited (or was stopped) before answering. */
  | "exited"
  /** No engine process is ready (starting, restarting or closed). */
  | "unavailable";

export class EngineError extends Error {
  override readonly name = "EngineError";
  readonly code: EngineErrorCode;
  readonly rpcCode: number | undefined;

  constructor(code: EngineErrorCode, message: string, options?: { rpcCode?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.rpcCode = options?.rpcCode;
  }
}
