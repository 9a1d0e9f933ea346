import { problem } from "../protocol/errors.js";
import { CodecError } from "./codec-error.js";
import type { Decoder, DecoderOptions } from "./decoder.js";
import { encodeLengthPrefixed, encodeLengthPrefixedBatch, encodeNdjson, encodeNdjsonBatch } from "./encode.js";
import { LengthPrefixedDecoder } from "./length-prefixed.js";
import { NdjsonDecoder } from "./ndjson.js";

export interface Framing {
  readonly name: "ndjson" | "length-prefixed";
  readonly contentType: string;
  createDecoder(options?: DecoderOptions): Decoder;
  encode(frame: unknown): Uint8Array;
  /** Frames the caller already has as JSON text (frameJson), encoded back to back in one allocation. */
  encodeBatch(jsons: readonly string[]): Uint8Array;
}

export const ndjsonFraming: Framing = {
  name: "ndjson",
  contentType: "application/x-ndjson",
  createDecoder: (options) => new NdjsonDecoder(options),
  encode: encodeNdjson,
  encodeBatch: encodeNdjsonBatch,
};

export const lengthPrefixedFraming: Framing = {
  name: "length-prefixed",
  contentType: "application/vnd.codex-api.lp+json",
  createDecoder: (options) => new LengthPrefixedDecoder(options),
  encode: encodeLengthPrefixed,
  encodeBatch: encodeLengthPrefixedBatch,
};

/** NDJSON first: it is the default. */
export const SUPPORTED_CONTENT_TYPES: readonly string[] = [ndjsonFraming.contentType, lengthPrefixedFraming.contentType];

const byContentType = new Map<string, Framing>([
  [ndjsonFraming.contentType, ndjsonFraming],
  [lengthPrefixedFraming.contentType, lengthPrefixedFraming],
]);

/** Longest content type echoed back in an error, so a huge header is not reflected whole. */
const MAX_ECHOED_CHARS = 100;

/**
 * Picks the framing for a request's Content-Type. An absent or empty header means
 * NDJSON. Media types compare case-insensitively (RFC 9110 §8.3.1) and parameters
 * such as `; charset=utf-8` are ignored.
 */
export function negotiateFraming(
  contentTypeHeader: string | undefined,
): { ok: true; framing: Framing } | { ok: false; error: CodecError<"unsupported_media_type"> } {
  const header = contentTypeHeader?.trim() ?? "";
  if (header === "") return { ok: true, framing: ndjsonFraming };
  const semicolon = header.indexOf(";");
  const mediaType = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  const framing = byContentType.get(mediaType);
  if (framing !== undefined) return { ok: true, framing };
  const echoed = header.length > MAX_ECHOED_CHARS ? `${header.slice(0, MAX_ECHOED_CHARS)}…` : header;
  const unsupported = problem("unsupported_media_type", "contentType", {
    contentType: JSON.stringify(echoed),
    supported: SUPPORTED_CONTENT_TYPES.join(" or "),
    default: ndjsonFraming.contentType,
  });
  return { ok: false, error: new CodecError(unsupported, { fatal: true }) };
}
