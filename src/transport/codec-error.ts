import type { Problem } from "../protocol/errors.js";

/**
 * Codes of the wire protocol's closed error enum that framing can produce.
 * Append-only: clients match on these strings.
 */
export type CodecErrorCode =
  | "invalid_json"
  | "frame_too_large"
  | "truncated"
  | "unsupported_media_type";

export interface CodecErrorOptions {
  /** True when the stream cannot continue after this error. */
  fatal: boolean;
  /** Byte offset in the stream where the offending frame started, when known. */
  offset?: number;
  cause?: unknown;
}

/** A framing failure: returned by decoders and negotiation, never thrown by them. */
export class CodecError<C extends CodecErrorCode = CodecErrorCode> extends Error {
  override readonly name = "CodecError";
  readonly code: C;
  readonly fatal: boolean;
  readonly offset: number | undefined;

  readonly problem: Problem<C>;

  constructor(problem: Problem<C>, options: CodecErrorOptions) {
    super(problem.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.problem = problem;
    this.code = problem.code;
    this.fatal = options.fatal;
    this.offset = options.offset;
  }
}
