import { describe, expect, it } from "vitest";
import { encodeLengthPrefixed, LengthPrefixedDecoder } from "../../src/transport/index.js";
import { concat, decodeAll, utf8 } from "./chunking.js";

const header = (length: number): Uint8Array => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, length);
  return bytes;
};
const frame = (json: string): Uint8Array => {
  const body = utf8(json);
  return concat([header(body.length), body]);
};

describe("LengthPrefixedDecoder", () => {
  it("decodes frames and counts the 4-byte header in bytes", () => {
    const results = new LengthPrefixedDecoder().decode(concat([frame('{"a":1}'), frame("[2]")]));
    expect(results).toStrictEqual([
      { ok: true, frame: { a: 1 }, bytes: 11 },
      { ok: true, frame: [2], bytes: 7 },
    ]);
  });

  it("decodes the same frames whichever bytes the stream is split at, inside the header and multi-byte characters too", () => {
    const first = frame('{"text":"é€😀"}');
    const stream = concat([first, frame('{"n":2}')]);
    for (let cut = 0; cut <= stream.length; cut++) {
      for (let second = cut; second <= stream.length; second++) {
        const chunks = [stream.subarray(0, cut), stream.subarray(cut, second), stream.subarray(second)];
        expect(decodeAll(new LengthPrefixedDecoder(), chunks)).toStrictEqual([
          { ok: true, frame: { text: "é€😀" }, bytes: first.length },
          { ok: true, frame: { n: 2 }, bytes: 11 },
        ]);
      }
    }
  });

  it("holds a header split over chunks without emitting anything", () => {
    const decoder = new LengthPrefixedDecoder();
    const stream = frame('{"a":1}');
    expect(decoder.decode(stream.subarray(0, 1))).toStrictEqual([]);
    expect(decoder.decode(stream.subarray(1, 3))).toStrictEqual([]);
    expect(decoder.bufferedBytes).toBe(3);
    expect(decoder.decode(stream.subarray(3, 6))).toStrictEqual([]);
    expect(decoder.bufferedBytes).toBe(2);
    expect(decoder.decode(stream.subarray(6))).toStrictEqual([{ ok: true, frame: { a: 1 }, bytes: 11 }]);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("keeps no reference to a chunk, so the caller may reuse its buffer", () => {
    const decoder = new LengthPrefixedDecoder();
    const stream = frame('{"a":"x"}');
    const buffer = stream.slice(0, 8);
    decoder.decode(buffer);
    buffer.fill(0x20);
    expect(decoder.decode(stream.subarray(8))).toStrictEqual([{ ok: true, frame: { a: "x" }, bytes: 13 }]);
  });

  it("decodes what encodeLengthPrefixed produces, with a UTF-8 byte length in the header", () => {
    const encoded = encodeLengthPrefixed({ text: "😀" });
    expect(new DataView(encoded.buffer, encoded.byteOffset).getUint32(0)).toBe(utf8('{"text":"😀"}').length);
    expect(new LengthPrefixedDecoder().decode(encoded)).toStrictEqual([
      { ok: true, frame: { text: "😀" }, bytes: encoded.length },
    ]);
  });

  it("accepts a frame of exactly maxFrameBytes", () => {
    const decoder = new LengthPrefixedDecoder({ maxFrameBytes: 8 });
    expect(decoder.decode(frame('"123456"'))).toStrictEqual([{ ok: true, frame: "123456", bytes: 12 }]);
  });

  it("rejects a length over the limit as fatal frame_too_large from the header alone", () => {
    const decoder = new LengthPrefixedDecoder();
    const results = decoder.decode(concat([frame("1"), header(0xffff_ffff)]));
    expect(results).toMatchObject([
      { ok: true, frame: 1 },
      { ok: false, error: { code: "frame_too_large", fatal: true, offset: 5 } },
    ]);
    const error = results[1]?.ok === false ? results[1].error : undefined;
    expect(error?.message).toBe(
      "frame of 4294967295 bytes at byte 5 exceeds the 1048576-byte limit (maxFrameBytes); split the content or raise the receiver's limit",
    );
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("rejects a zero length as fatal invalid_json", () => {
    expect(new LengthPrefixedDecoder().decode(concat([header(0), frame("1")]))).toMatchObject([
      { ok: false, error: { code: "invalid_json", fatal: true, offset: 0 } },
    ]);
  });

  it("rejects a body that is not JSON as fatal invalid_json", () => {
    const results = new LengthPrefixedDecoder().decode(concat([frame("1"), frame("{oops"), frame("2")]));
    expect(results).toMatchObject([{ ok: true, frame: 1 }, { ok: false, error: { code: "invalid_json", fatal: true, offset: 5 } }]);
  });

  it("rejects a body that is not UTF-8 as fatal invalid_json", () => {
    const body = Uint8Array.of(0x22, 0xff, 0x22);
    const results = new LengthPrefixedDecoder().decode(concat([header(3), body]));
    expect(results).toMatchObject([{ ok: false, error: { code: "invalid_json", fatal: true, offset: 0 } }]);
  });

  it("returns nothing after a fatal error, however many valid frames follow", () => {
    const decoder = new LengthPrefixedDecoder();
    expect(decoder.decode(frame("{oops"))).toHaveLength(1);
    expect(decoder.decode(frame("1"))).toStrictEqual([]);
    expect(decoder.end()).toStrictEqual([]);
  });

  it("reports a partial header at end() as fatal truncated", () => {
    const decoder = new LengthPrefixedDecoder();
    decoder.decode(concat([frame("1"), header(7).subarray(0, 2)]));
    const results = decoder.end();
    expect(results).toMatchObject([{ ok: false, error: { code: "truncated", fatal: true, offset: 5 } }]);
    expect(results[0]?.ok === false && results[0].error.message).toBe(
      "stream ended after 2 of the 4 length bytes of the frame at byte 5; send whole frames",
    );
  });

  it("reports a partial body at end() as fatal truncated", () => {
    const decoder = new LengthPrefixedDecoder();
    decoder.decode(frame('{"a":1}').subarray(0, 7));
    const results = decoder.end();
    expect(results).toMatchObject([{ ok: false, error: { code: "truncated", fatal: true, offset: 0 } }]);
    expect(results[0]?.ok === false && results[0].error.message).toBe(
      "stream ended after 3 of the 7 body bytes of the frame at byte 0; send whole frames",
    );
    expect(decoder.bufferedBytes).toBe(0);
  });

  it("ends cleanly on a frame boundary and decodes nothing after end()", () => {
    const decoder = new LengthPrefixedDecoder();
    expect(decodeAll(decoder, [frame("1")])).toHaveLength(1);
    expect(decoder.decode(frame("2"))).toStrictEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 32])("rejects maxFrameBytes %s at construction", (maxFrameBytes) => {
    expect(() => new LengthPrefixedDecoder({ maxFrameBytes })).toThrow(RangeError);
  });
});
