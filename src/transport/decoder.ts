import type { CodecError } from "./codec-error.js";

/**
 * One decoded frame or one error, in stream order. `bytes` is the frame's size on
 * the wire, framing included (the line feed, or the 4-byte length header).
 */
export type DecodeResult =
  | { ok: true; frame: unknown; bytes: number }
  | { ok: false; error: CodecError };

/**
 * An incremental decoder: feed it chunks as they arrive, split at any byte, then
 * call `end()` once. It never throws on bad input and never keeps a reference to a
 * chunk after `decode()` returns, so callers may reuse their buffers.
 */
export interface Decoder {
  decode(chunk: Uint8Array): DecodeResult[];
  /** Reports a frame cut short by the end of the stream; later calls return []. */
  end(): DecodeResult[];
  /** Bytes of an unfinished frame held between calls; never above maxFrameBytes. */
  readonly bufferedBytes: number;
  readonly maxFrameBytes: number;
}

export interface DecoderOptions {
  /** Largest accepted frame body in bytes, framing excluded. Default 1 MiB. */
  maxFrameBytes?: number;
}

export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

/** The length-prefixed header is a uint32, so no larger limit can be expressed. */
const MAX_EXPRESSIBLE_FRAME_BYTES = 0xffff_ffff;

export function resolveMaxFrameBytes(options: DecoderOptions | undefined): number {
  const value = options?.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_EXPRESSIBLE_FRAME_BYTES) {
    throw new RangeError(
      `maxFrameBytes must be an integer from 1 to ${MAX_EXPRESSIBLE_FRAME_BYTES}, got ${String(value)}`,
    );
  }
  return value;
}
