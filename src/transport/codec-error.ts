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
export class CodecError extends Error {
  override readonly name = "CodecError";
  readonly code: CodecErrorCode;
  readonly fatal: boolean;
  readonly offset: number | undefined;

  constructor(code: CodecErrorCode, message: string, options: CodecErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fatal = options.fatal;
    this.offset = options.offset;
  }
}

/** `what` names the frame, e.g. "frame of 2097152 bytes at byte 0". */
export function frameTooLargeError(
  what: string,
  maxFrameBytes: number,
  offset: number,
  fatal: boolean,
): CodecError {
  return new CodecError(
    "frame_too_large",
    `${what} exceeds the ${maxFrameBytes}-byte limit (maxFrameBytes); split the content or raise the receiver's limit`,
    { fatal, offset },
  );
}
