import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CodecError,
  LengthPrefixedDecoder,
  NdjsonDecoder,
  encodeLengthPrefixed,
  encodeNdjson,
  lengthPrefixedFraming,
  ndjsonFraming,
  type DecodeResult,
  type Decoder,
} from "../../src/transport/index.js";
import { checkRoundTrip, concat, cutsArb, splitAt, utf8, viaJson } from "./chunking.js";

const runs = { numRuns: 1000 };

/** Strings rich in what framing can get wrong: multi-byte and astral characters, newlines, escapes. */
const textArb = fc.string({ unit: fc.constantFrom("a", " ", "é", "€", "😀", "\n", "\r", "\u2028", '"', "\\", "\u0000") });

/** Shaped like protocol frames: objects with a type and free text, plus arbitrary JSON. */
const objectArb = fc.oneof(
  fc.record({ type: fc.constantFrom("item", "turn"), seq: fc.nat(), delta: textArb }),
  fc.dictionary(textArb, fc.jsonValue({ maxDepth: 2, stringUnit: "binary" }), { maxKeys: 4 }),
);
const valuesArb = fc.array(
  fc.oneof({ arbitrary: objectArb, weight: 3 }, { arbitrary: fc.jsonValue({ stringUnit: "binary" }), weight: 1 }),
  { maxLength: 16 },
);

/** Feeds garbage chunk by chunk, checking after every call what must hold for any input. */
function decodeGarbage(decoder: Decoder, chunks: readonly Uint8Array[]): DecodeResult[] {
  const streamLength = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const results: DecodeResult[] = [];
  for (const chunk of chunks) {
    results.push(...decoder.decode(chunk));
    expect(decoder.bufferedBytes).toBeLessThanOrEqual(decoder.maxFrameBytes);
  }
  results.push(...decoder.end());
  expect(decoder.bufferedBytes).toBe(0);
  for (const result of results) {
    if (result.ok) continue;
    expect(result.error).toBeInstanceOf(CodecError);
    expect(result.error.offset).toBeGreaterThanOrEqual(0);
    expect(result.error.offset).toBeLessThan(streamLength);
  }
  return results;
}

describe.each([ndjsonFraming, lengthPrefixedFraming])("$name round trip", (framing) => {
  it("decodes any list of JSON values, split at any bytes, back to the same values in order", () => {
    fc.assert(
      fc.property(valuesArb, cutsArb, (values, cuts) => checkRoundTrip(framing, values, cuts)),
      runs,
    );
  });
});

const smallLimit = 64;

describe("NdjsonDecoder on arbitrary bytes", () => {
  const piece = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    // Runs without a line feed, long and right at the limit.
    fc.oneof(fc.nat(4 * smallLimit), fc.integer({ min: smallLimit - 1, max: smallLimit + 1 })).map((length) =>
      new Uint8Array(length).fill(0x61),
    ),
    fc.constant(utf8("\n")),
    fc.constant(utf8("\r\n")),
    textArb.map((text) => encodeNdjson(text)),
  );

  it("never throws and never holds more than maxFrameBytes", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), cutsArb, (pieces, cuts) => {
        const results = decodeGarbage(new NdjsonDecoder({ maxFrameBytes: smallLimit }), splitAt(concat(pieces), cuts));
        // Only the end of the stream can be fatal: every other error resynchronises.
        results.slice(0, -1).forEach((result) => expect(result.ok || !result.error.fatal).toBe(true));
      }),
      runs,
    );
  });

  const lineLimit = 256;
  const lineBytes = fc.uint8Array({ maxLength: 40 }).map((bytes) => bytes.filter((byte) => byte !== 0x0a));
  const garbageLine = fc.oneof(
    lineBytes.map((bytes) => concat([utf8("}"), bytes])), // "}" cannot start JSON, so the line is never valid
    fc.constantFrom("", " ", "\t", "\r", " \r").map(utf8), // blank lines, ignored
    fc.integer({ min: lineLimit + 1, max: 3 * lineLimit }).map((length) => new Uint8Array(length).fill(0x61)),
  );
  const smallValue = fc.jsonValue({ maxDepth: 2, stringUnit: "binary" }).filter((value) => encodeNdjson(value).length <= lineLimit);

  it("loses no valid frame when garbage lines are inserted between them", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(garbageLine, { maxLength: 2 }), smallValue), { maxLength: 8 }), cutsArb, (entries, cuts) => {
        const lines = entries.flatMap(([garbage, value]) => [
          ...garbage.map((line) => concat([line, utf8("\n")])),
          encodeNdjson(value),
        ]);
        const results = decodeGarbage(new NdjsonDecoder({ maxFrameBytes: lineLimit }), splitAt(concat(lines), cuts));
        expect(results.flatMap((result) => (result.ok ? [result.frame] : []))).toStrictEqual(
          entries.map(([, value]) => viaJson(value)),
        );
        const reported = entries.flatMap(([garbage]) => garbage).filter((line) => line.some((byte) => byte > 0x20));
        expect(results.filter((result) => !result.ok)).toHaveLength(reported.length);
      }),
      runs,
    );
  });
});

describe("LengthPrefixedDecoder on arbitrary bytes", () => {
  const header = (length: number): Uint8Array => Uint8Array.of(length >>> 24, length >>> 16, length >>> 8, length);
  const piece = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc.tuple(fc.nat(smallLimit), fc.uint8Array({ maxLength: smallLimit })).map(([length, body]) => concat([header(length), body])),
    fc.integer({ min: smallLimit + 1, max: 0xffff_ffff }).map(header),
    textArb.map((text) => encodeLengthPrefixed(text)),
  );

  it("never throws, never holds more than maxFrameBytes, and stops after its first error", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), cutsArb, (pieces, cuts) => {
        const results = decodeGarbage(
          new LengthPrefixedDecoder({ maxFrameBytes: smallLimit }),
          splitAt(concat(pieces), cuts),
        );
        const firstError = results.findIndex((result) => !result.ok);
        if (firstError !== -1) {
          expect(firstError).toBe(results.length - 1);
          expect(results[firstError]?.ok === false && results[firstError].error.fatal).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe("splitAt", () => {
  it("keeps every byte, in order", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), cutsArb, (bytes, cuts) => {
        expect(concat(splitAt(bytes, cuts))).toStrictEqual(bytes);
      }),
      runs,
    );
  });
});
