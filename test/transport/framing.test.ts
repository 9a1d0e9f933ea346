import { describe, expect, it } from "vitest";
import {
  SUPPORTED_CONTENT_TYPES,
  encodeLengthPrefixed,
  encodeNdjson,
  lengthPrefixedFraming,
  ndjsonFraming,
  negotiateFraming,
} from "../../src/transport/index.js";
import { checkRoundTrip } from "./chunking.js";

describe("negotiateFraming", () => {
  it.each([undefined, "", "  "])("defaults to NDJSON when the content type is %j", (header) => {
    expect(negotiateFraming(header)).toStrictEqual({ ok: true, framing: ndjsonFraming });
  });

  it.each([
    ["application/x-ndjson", ndjsonFraming],
    ["application/vnd.codex-api.lp+json", lengthPrefixedFraming],
    ["Application/X-NDJSON", ndjsonFraming],
    ["APPLICATION/VND.CODEX-API.LP+JSON", lengthPrefixedFraming],
    ["application/x-ndjson; charset=utf-8", ndjsonFraming],
    [" application/vnd.codex-api.lp+json ;charset=UTF-8; q=1", lengthPrefixedFraming],
  ])("picks the framing for %j, ignoring case and parameters", (header, framing) => {
    expect(negotiateFraming(header)).toStrictEqual({ ok: true, framing });
  });

  it.each(["application/json", "application/jsonl", "application/json-lines", "text/plain", "; charset=utf-8"])(
    "rejects %j as unsupported_media_type",
    (header) => {
      const result = negotiateFraming(header);
      expect(result).toMatchObject({ ok: false, error: { code: "unsupported_media_type", fatal: true } });
    },
  );

  it("names the supported content types in the error message", () => {
    const result = negotiateFraming("text/plain");
    expect(result.ok === false && result.error.message).toBe(
      'unsupported content type "text/plain"; send application/x-ndjson or application/vnd.codex-api.lp+json, or no content type for application/x-ndjson',
    );
  });

  it("does not echo a huge content type back whole", () => {
    const result = negotiateFraming(`text/${"x".repeat(10_000)}`);
    expect(result.ok === false && result.error.message.length).toBeLessThan(300);
  });

  it("lists exactly the two framings' content types, NDJSON first", () => {
    expect(SUPPORTED_CONTENT_TYPES).toStrictEqual([ndjsonFraming.contentType, lengthPrefixedFraming.contentType]);
  });
});

describe.each([ndjsonFraming, lengthPrefixedFraming])("$name framing", (framing) => {
  it("decodes what it encodes", () => {
    checkRoundTrip(framing, [{ type: "item", text: "héllo 😀\nline" }, [], 0, "s", null], [3, 17, 40]);
  });

  it("refuses to encode a value JSON cannot carry", () => {
    expect(() => framing.encode(undefined)).toThrow(TypeError);
    expect(() => framing.encode(() => 1)).toThrow(TypeError);
    expect(() => framing.encode(1n)).toThrow(TypeError);
  });
});

describe("encoders", () => {
  it("encodeNdjson writes one line: raw newlines in strings are escaped", () => {
    const bytes = encodeNdjson({ text: "a\nb\r\n" });
    expect(new TextDecoder().decode(bytes)).toBe('{"text":"a\\nb\\r\\n"}\n');
  });

  it("encodeLengthPrefixed writes the body's UTF-8 byte length big-endian, then the body", () => {
    const bytes = encodeLengthPrefixed("é");
    expect(Array.from(bytes)).toStrictEqual([0, 0, 0, 4, 0x22, 0xc3, 0xa9, 0x22]);
  });
});
