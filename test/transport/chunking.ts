import fc from "fast-check";
import { expect } from "vitest";
import type { DecodeResult, Decoder, DecoderOptions, Framing } from "../../src/transport/index.js";

/**
 * Offsets at which to cut a byte stream. Offsets past the end clamp to it, and
 * repeated offsets make empty chunks, which decoders must accept. Absolute rather
 * than relative to the stream length, so that shrinking the stream keeps the cuts.
 */
export const cutsArb: fc.Arbitrary<number[]> = fc.array(fc.nat({ max: 4096 }), { maxLength: 24 });

export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const offsets = cuts.map((cut) => Math.min(cut, bytes.length)).sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const offset of offsets) {
    chunks.push(bytes.subarray(start, offset));
    start = offset;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Feeds every chunk, then ends the stream; returns all results in order. */
export function decodeAll(decoder: Decoder, chunks: readonly Uint8Array[]): DecodeResult[] {
  return [...chunks.flatMap((chunk) => decoder.decode(chunk)), ...decoder.end()];
}

/** What a value looks like after crossing the wire (-0 becomes 0, and so on). */
export const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Encodes `values` with `framing`, cuts the stream at `cuts`, decodes it chunk by
 * chunk and expects exactly the same values back, in order, with no errors.
 */
export function checkRoundTrip(
  framing: Framing,
  values: readonly unknown[],
  cuts: readonly number[],
  options?: DecoderOptions,
): void {
  const stream = concat(values.map((value) => framing.encode(value)));
  const results = decodeAll(framing.createDecoder(options), splitAt(stream, cuts));
  expect(results.filter((result) => !result.ok)).toStrictEqual([]);
  expect(results.map((result) => (result.ok ? result.frame : undefined))).toStrictEqual(values.map(viaJson));
  expect(results.reduce((sum, result) => sum + (result.ok ? result.bytes : 0), 0)).toBe(stream.length);
}
