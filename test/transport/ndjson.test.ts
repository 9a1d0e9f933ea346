import { describe, expect, it } from "vitest";
import { CodecError, NdjsonDecoder, type DecodeResult } from "../../src/transport/index.js";
import { concat, decodeAll, utf8 } from "./chunking.js";

const frames = (results: DecodeResult[]): unknown[] =>
  results.flatMap((result) => (result.ok ? [result.frame] : []));
const errors = (results: DecodeResult[]): CodecError[] =>
  results.flatMap((result) => (result.ok ? [] : [result.error]));

describe("NdjsonDecoder", () => {
  it("decodes one frame per line and counts the line feed in bytes", () => {
    const results = new NdjsonDecoder().decode(utf8('{"a":1}\n[2]\n"three"\n'));
    expect(results).toStrictEqual([
      { ok: true, frame: { a: 1 }, bytes: 8 },
      { ok: true, frame: [2], bytes: 4 },
      { ok: true, frame: "three", bytes: 8 },
    ]);
  });

  it("holds a line without its line feed until the line feed arrives", () => {
    const decoder = new NdjsonDecoder();
    expect(decoder.decode(utf8('{"a":'))).toStrictEqual([]);
    expect(decoder.bufferedBytes).toBe(5);
    expect(decoder.decode(utf8("1}"))).toStrictEqual([]);
    expect(decoder.decode(utf8("\n"))).toStrictEqual([{ ok: true, frame: { a: 1 }, bytes: 8 }]);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("decodes the same frames whichever byte the stream is split at, inside multi-byte characters too", () => {
    const stream = utf8('{"text":"é€😀"}\n{"n":2}\n');
    for (let cut = 0; cut <= stream.length; cut++) {
      for (let second = cut; second <= stream.length; second++) {
        const chunks = [stream.subarray(0, cut), stream.subarray(cut, second), stream.subarray(second)];
        expect(decodeAll(new NdjsonDecoder(), chunks)).toStrictEqual([
          { ok: true, frame: { text: "é€😀" }, bytes: stream.length - 8 },
          { ok: true, frame: { n: 2 }, bytes: 8 },
        ]);
      }
    }
  });

  it("decodes a stream fed one byte at a time", () => {
    const stream = utf8('{"text":"😀"}\n{"n":2}\n');
    const chunks = Array.from(stream, (byte) => Uint8Array.of(byte));
    expect(frames(decodeAll(new NdjsonDecoder(), chunks))).toStrictEqual([{ text: "😀" }, { n: 2 }]);
  });

  it("keeps no reference to a chunk, so the caller may reuse its buffer", () => {
    const decoder = new NdjsonDecoder();
    const buffer = utf8('{"a":"x');
    decoder.decode(buffer);
    buffer.fill(0x20);
    expect(decoder.decode(utf8('"}\n'))).toStrictEqual([{ ok: true, frame: { a: "x" }, bytes: 10 }]);
  });

  it("accepts CRLF line endings and counts the CR in bytes", () => {
    const results = new NdjsonDecoder().decode(utf8('{"a":1}\r\n{"b":2}\r\n'));
    expect(results).toStrictEqual([
      { ok: true, frame: { a: 1 }, bytes: 9 },
      { ok: true, frame: { b: 2 }, bytes: 9 },
    ]);
  });

  it("ignores blank and whitespace-only lines", () => {
    const results = decodeAll(new NdjsonDecoder(), [utf8('\n\r\n  \t \n{"a":1}\n\n \r\n'), utf8("  ")]);
    expect(results).toStrictEqual([{ ok: true, frame: { a: 1 }, bytes: 8 }]);
  });

  it("returns any JSON value, not only objects", () => {
    expect(frames(new NdjsonDecoder().decode(utf8('1\nnull\ntrue\n"s"\n[]\n  {"a":1}  \n')))).toStrictEqual([
      1,
      null,
      true,
      "s",
      [],
      { a: 1 },
    ]);
  });

  it("reports a line that is not JSON as a non-fatal invalid_json at its offset and keeps the frames around it", () => {
    const results = new NdjsonDecoder().decode(utf8('{"a":1}\n{"a":\n{"b":2}\n'));
    expect(frames(results)).toStrictEqual([{ a: 1 }, { b: 2 }]);
    const [error] = errors(results);
    expect(results[1]?.ok).toBe(false);
    expect(error).toBeInstanceOf(CodecError);
    expect(error).toMatchObject({ code: "invalid_json", fatal: false, offset: 8 });
    expect(error?.message).toMatch(/^frame at byte 8 is not valid JSON \(.+\); send exactly one JSON value per frame$/);
  });

  it("reports invalid UTF-8 as invalid_json instead of decoding it to U+FFFD", () => {
    const results = new NdjsonDecoder().decode(concat([utf8('"a'), Uint8Array.of(0xc3, 0x28), utf8('"\n1\n')]));
    expect(errors(results)).toMatchObject([{ code: "invalid_json", fatal: false, offset: 0 }]);
    expect(errors(results)[0]?.message).toContain("not valid UTF-8");
    expect(frames(results)).toStrictEqual([1]);
  });

  it("rejects a byte order mark, which JSON senders must not add", () => {
    const results = new NdjsonDecoder().decode(concat([Uint8Array.of(0xef, 0xbb, 0xbf), utf8("{}\n")]));
    expect(errors(results)).toMatchObject([{ code: "invalid_json" }]);
  });

  it("accepts a line of exactly maxFrameBytes", () => {
    const decoder = new NdjsonDecoder({ maxFrameBytes: 8 });
    expect(decoder.decode(utf8('"123456"\n'))).toStrictEqual([{ ok: true, frame: "123456", bytes: 9 }]);
  });

  it("holds an unfinished line of exactly maxFrameBytes, and reports it at one byte more", () => {
    const decoder = new NdjsonDecoder({ maxFrameBytes: 8 });
    expect(decoder.decode(utf8('"123456"'))).toStrictEqual([]);
    expect(decoder.bufferedBytes).toBe(8);
    expect(decoder.decode(utf8(" "))).toMatchObject([{ ok: false, error: { code: "frame_too_large" } }]);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("reports a complete line over the limit once, as non-fatal frame_too_large, and keeps the next frame", () => {
    const results = new NdjsonDecoder({ maxFrameBytes: 8 }).decode(utf8('"1234567"\n"ok"\n'));
    expect(errors(results)).toMatchObject([{ code: "frame_too_large", fatal: false, offset: 0 }]);
    expect(errors(results)[0]?.message).toBe(
      "line of 9 bytes at byte 0 exceeds the 8-byte limit (maxFrameBytes); split the content or raise the receiver's limit",
    );
    expect(frames(results)).toStrictEqual(["ok"]);
  });

  it("reports an unfinished line as soon as it passes the limit, then discards it up to the next line feed", () => {
    const decoder = new NdjsonDecoder({ maxFrameBytes: 16 });
    expect(decoder.decode(utf8('{"a":1}\n"0123456'))).toStrictEqual([{ ok: true, frame: { a: 1 }, bytes: 8 }]);
    const [tooLarge, ...rest] = decoder.decode(utf8("789abcdefgh"));
    expect(rest).toStrictEqual([]);
    expect(tooLarge).toMatchObject({ ok: false, error: { code: "frame_too_large", fatal: false, offset: 8 } });
    expect(decoder.bufferedBytes).toBe(0);
    expect(decoder.decode(utf8("ijklmnop".repeat(100)))).toStrictEqual([]);
    expect(decoder.bufferedBytes).toBe(0);
    expect(decoder.decode(utf8('qrs"\n{"b":2}\n'))).toStrictEqual([{ ok: true, frame: { b: 2 }, bytes: 8 }]);
    expect(decoder.end()).toStrictEqual([]);
  });

  it("never buffers more than maxFrameBytes of a long line fed in small chunks", () => {
    const decoder = new NdjsonDecoder({ maxFrameBytes: 100 });
    const results = [];
    for (let i = 0; i < 1000; i++) {
      results.push(...decoder.decode(utf8("abcdefg")));
      expect(decoder.bufferedBytes).toBeLessThanOrEqual(100);
    }
    expect(errors(results)).toMatchObject([{ code: "frame_too_large", offset: 0 }]);
  });

  it("reports a partial line at end() as fatal truncated", () => {
    const decoder = new NdjsonDecoder();
    expect(decoder.decode(utf8('{"a":1}\n{"b":'))).toHaveLength(1);
    const results = decoder.end();
    expect(results).toMatchObject([{ ok: false, error: { code: "truncated", fatal: true, offset: 8 } }]);
    expect(errors(results)[0]?.message).toBe(
      "stream ended inside a line of 5 bytes at byte 8; end every frame with a line feed",
    );
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("ends cleanly after a final line feed or trailing whitespace", () => {
    expect(decodeAll(new NdjsonDecoder(), [utf8("1\n")])).toHaveLength(1);
    expect(decodeAll(new NdjsonDecoder(), [utf8("1\n \r")])).toHaveLength(1);
  });

  it("decodes nothing after end()", () => {
    const decoder = new NdjsonDecoder();
    decoder.end();
    expect(decoder.decode(utf8("1\n"))).toStrictEqual([]);
    expect(decoder.end()).toStrictEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 32])("rejects maxFrameBytes %s at construction", (maxFrameBytes) => {
    expect(() => new NdjsonDecoder({ maxFrameBytes })).toThrow(RangeError);
  });
});
