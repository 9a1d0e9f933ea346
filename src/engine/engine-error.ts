// One error class for everything that goes wrong talking to the engine; `code` says what (the
// port's EngineFailureCode: rpc_error carries the engine's `rpcCode` and message).
import type { EngineFailureCode } from "../core/engine-port.js";

export type EngineErrorCode = EngineFailureCode;

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
