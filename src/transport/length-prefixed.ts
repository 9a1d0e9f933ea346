import { problem } from "../protocol/errors.js";
import { CodecError } from "./codec-error.js";
import { resolveMaxFrameBytes, type DecodeResult, type Decoder, type DecoderOptions } from "./decoder.js";
import { parseFrame } from "./parse-frame.js";
import { PendingBytes } from "./pending-bytes.js";

const HEADER_BYTES = 4;

/**
 * - header: reading the 4-byte length (#headerFilled of them so far);
 * - body: reading #bodyLength bytes of JSON into #pending;
 * - closed: after a fatal error or end(); decode() and end() return [].
 */
type LengthPrefixedPhase = "header" | "body" | "closed";

/**
 * Length-prefixed JSON: a 4-byte big-endian unsigned body length, then that many
 * bytes of UTF-8 JSON. Every error is fatal: once a length or body is wrong there
 * is no way to find the next frame boundary, so the decoder closes and any later
 * decode() returns [].
 */
export class LengthPrefixedDecoder implements Decoder {
  readonly maxFrameBytes: number;
  readonly #header = new Uint8Array(HEADER_BYTES);
  readonly #pending = new PendingBytes();
  #phase: LengthPrefixedPhase = "header";
  #headerFilled = 0;
  #bodyLength = 0;
  /** Stream offset of the current frame's header. */
  #frameStart = 0;
  /** Bytes received before the current chunk. */
  #consumed = 0;

  constructor(options?: DecoderOptions) {
    this.maxFrameBytes = resolveMaxFrameBytes(options);
  }

  get bufferedBytes(): number {
    return this.#headerFilled + this.#pending.byteLength;
  }

  decode(chunk: Uint8Array): DecodeResult[] {
    const results: DecodeResult[] = [];
    const base = this.#consumed;
    this.#consumed += chunk.length;
    let pos = 0;
    while (this.#phase !== "closed") {
      if (this.#phase === "header") {
        if (this.#headerFilled === 0) this.#frameStart = base + pos;
        let length: number;
        if (this.#headerFilled === 0 && chunk.length - pos >= HEADER_BYTES) {
          length = readUint32(chunk, pos);
          pos += HEADER_BYTES;
        } else {
          while (this.#headerFilled < HEADER_BYTES && pos < chunk.length) {
            this.#header[this.#headerFilled++] = chunk[pos++]!;
          }
          if (this.#headerFilled < HEADER_BYTES) break;
          this.#headerFilled = 0;
          length = readUint32(this.#header, 0);
        }
        // Checked before a single body byte is held, so a hostile length costs nothing.
        if (length > this.maxFrameBytes) {
          results.push(this.#fail(
              new CodecError(problem("frame_too_large", "frame", { bytes: length, offset: this.#frameStart, maxFrameBytes: this.maxFrameBytes }), {
                fatal: true,
                offset: this.#frameStart,
              }),
            ),);
          break;
        }
        if (length === 0) {
          const empty = problem("invalid_json", "emptyFrame", { offset: this.#frameStart });
          results.push(this.#fail(new CodecError(empty, { fatal: true, offset: this.#frameStart })));
          break;
        }
        this.#bodyLength = length;
        this.#phase = "body";
      }
      const missing = this.#bodyLength - this.#pending.byteLength;
      if (chunk.length - pos < missing) {
        this.#pending.push(chunk.subarray(pos));
        break;
      }
      // Fast path: the whole body is in this chunk, parse it in place.
      const bodyEnd = pos + missing;
      const body =
        this.#pending.byteLength === 0 ? chunk.subarray(pos, bodyEnd) : this.#pending.take(chunk.subarray(pos, bodyEnd));
      pos = bodyEnd;
      const result = parseFrame(body, HEADER_BYTES + this.#bodyLength, this.#frameStart, true);
      if (!result.ok) {
        results.push(this.#fail(result.error));
        break;
      }
      results.push(result);
      this.#phase = "header";
    }
    return results;
  }

  end(): DecodeResult[] {
    const phase = this.#phase;
    const headerFilled = this.#headerFilled;
    const bodyFilled = this.#pending.byteLength;
    this.#close();
    if (phase === "closed" || (phase === "header" && headerFilled === 0)) return [];
    const got =
      phase === "header"
        ? `${headerFilled} of the ${HEADER_BYTES} length bytes`
        : `${bodyFilled} of the ${this.#bodyLength} body bytes`;
    const truncated = problem("truncated", "frame", { got, offset: this.#frameStart });
    return [{ ok: false, error: new CodecError(truncated, { fatal: true, offset: this.#frameStart }) }];
  }

  #fail(error: CodecError): DecodeResult {
    this.#close();
    return { ok: false, error };
  }

  #close(): void {
    this.#phase = "closed";
    this.#headerFilled = 0;
    this.#pending.clear();
  }
}

function readUint32(bytes: Uint8Array, at: number): number {
  // >>> 0 keeps lengths of 2^31 and above positive.
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}
