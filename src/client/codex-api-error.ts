// The one error type of the client: the spec's closed ErrorCode list (what the server says), plus
// a few codes for what can only go wrong on this side of the wire. Modelled on connect-es'
// ConnectError: a code, a message, whether retrying can help, and `from(unknown)`.
import { ERROR_CODES } from "../../generated/protocol.js";
import type { ErrorCode, ErrorFrame, TerminateFrame } from "../../generated/types.js";
import { checkServerFrame } from "../protocol/index.js";

/** Client-side failures; append-only, like the wire codes. */
const CLIENT_ERROR_CODES = {
  /** The server could not be reached, or the connection broke. */
  unavailable: { retryable: true },
  /** The stream ended before what was awaited arrived; reconnect with `lastSeq` to continue. */
  stream_closed: { retryable: true },
  /** The caller's AbortSignal fired. */
  aborted: { retryable: false },
  /** The server answered with something other than an agent stream (HTTP status, content type, first frame). */
  bad_response: { retryable: false },
  /** An exception that is none of the above. */
  unknown: { retryable: false },
  /** History frames were lost while reconnecting (the server's replay buffer no longer held them); see SessionStream.gaps. */
  frames_lost: { retryable: false },
} as const;

export type ClientErrorCode = keyof typeof CLIENT_ERROR_CODES;
export type CodexApiErrorCode = ErrorCode | ClientErrorCode;

export interface CodexApiErrorOptions {
  /** Defaults to the code's retryability. */
  retryable?: boolean;
  path?: string;
  frame?: ErrorFrame | TerminateFrame;
  cause?: unknown;
}

/** Node error codes that mean the network, not the request, failed. */
const NETWORK_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ERR_HTTP2_GOAWAY_SESSION",
  "ERR_HTTP2_INVALID_SESSION",
  "ERR_HTTP2_SESSION_ERROR",
  "ERR_HTTP2_STREAM_CANCEL",
  "ERR_HTTP2_STREAM_ERROR",
]);

export class CodexApiError extends Error {
  override readonly name = "CodexApiError";
  readonly code: CodexApiErrorCode;
  readonly retryable: boolean;
  /** For `invalid_frame`: the JSON Pointer of the offending value. */
  readonly path: string | undefined;
  /** The `error` or `terminate` frame this error reports, when the server sent one. */
  readonly frame: ErrorFrame | TerminateFrame | undefined;

  constructor(code: CodexApiErrorCode, message: string, options: CodexApiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? retryableOf(code);
    this.path = options.path;
    this.frame = options.frame;
  }

  /** The error a server `error` frame, or a `terminate` that ends the stream early, stands for. */
  static fromFrame(frame: ErrorFrame | TerminateFrame): CodexApiError {
    if (frame.type === "error") {
      return new CodexApiError(frame.code, frame.message, { retryable: frame.retryable, path: frame.path, frame });
    }
    const code = frame.reason === "shutdown" ? "shutting_down" : frame.reason === "session_expired" ? "session_expired" : "stream_closed";
    return new CodexApiError(code, `the server ended the stream (${frame.reason}): ${frame.message}`, { retryable: frame.reconnect, frame });
  }

  /** Turns anything thrown or rejected into a CodexApiError, keeping the original as `cause`. */
  static from(reason: unknown): CodexApiError {
    if (reason instanceof CodexApiError) return reason;
    if (isErrorOrTerminateFrame(reason)) return CodexApiError.fromFrame(reason);
    if (reason instanceof Error) {
      if (reason.name === "AbortError" || reason.name === "TimeoutError") {
        return new CodexApiError("aborted", `the operation was aborted: ${reason.message}`, { cause: reason });
      }
      const nodeCode = (reason as { code?: unknown }).code;
      if (typeof nodeCode === "string" && NETWORK_ERROR_CODES.has(nodeCode)) {
        return new CodexApiError("unavailable", `connection failed: ${reason.message}`, { cause: reason });
      }
      return new CodexApiError("unknown", reason.message, { cause: reason });
    }
    return new CodexApiError("unknown", String(reason), { cause: reason });
  }
}

function retryableOf(code: CodexApiErrorCode): boolean {
  return Object.hasOwn(CLIENT_ERROR_CODES, code)
    ? CLIENT_ERROR_CODES[code as ClientErrorCode].retryable
    : ERROR_CODES[code as ErrorCode].retryable;
}

function isErrorOrTerminateFrame(value: unknown): value is ErrorFrame | TerminateFrame {
  const type = value !== null && typeof value === "object" ? (value as { type?: unknown }).type : undefined;
  return (type === "error" || type === "terminate") && checkServerFrame(value).ok;
}
