import { describe, expect, it } from "vitest";
import { LineBuffer } from "../../src/engine/line-buffer.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("LineBuffer", () => {
  it("returns complete lines and keeps the unfinished one for the next chunk", () => {
    const buffer = new LineBuffer(1024);
    expect(buffer.push(bytes('{"a":1}\n{"b"'))).toEqual([{ ok: true, text: '{"a":1}' }]);
    expect(buffer.bufferedBytes).toBe(4);
    expect(buffer.push(bytes(":2}\n"))).toEqual([{ ok: true, text: '{"b":2}' }]);
    expect(buffer.bufferedBytes).toBe(0);
  });

  it("strips a CR before the LF", () => {
    expect(new LineBuffer(64).push(bytes("x\r\ny\n"))).toEqual([
      { ok: true, text: "x" },
      { ok: true, text: "y" },
    ]);
  });

  it("decodes a multi-byte character split across chunks", () => {
    const buffer = new LineBuffer(64);
    const euro = bytes("€\n");
    expect(buffer.push(euro.subarray(0, 2))).toEqual([]);
    expect(buffer.push(euro.subarray(2))).toEqual([{ ok: true, text: "€" }]);
  });

  it("reports a line over the limit before holding it, then resumes at the next line", () => {
    const buffer = new LineBuffer(8);
    expect(buffer.push(bytes("123456789"))).toEqual([{ ok: false, tooLongBytes: 9 }]);
    expect(buffer.bufferedBytes).toBe(0);
    expect(buffer.push(bytes("0123\nok\n"))).toEqual([{ ok: true, text: "ok" }]);
  });

  it("reports a complete line over the limit", () => {
    expect(new LineBuffer(4).push(bytes("12345\nab\n"))).toEqual([
      { ok: false, tooLongBytes: 5 },
      { ok: true, text: "ab" },
    ]);
  });

  it("accepts a line of exactly the limit", () => {
    const buffer = new LineBuffer(4);
    expect(buffer.push(bytes("12"))).toEqual([]);
    expect(buffer.push(bytes("34\n"))).toEqual([{ ok: true, text: "1234" }]);
  });

  it("gives the unterminated last line at the end", () => {
    const buffer = new LineBuffer(64);
    buffer.push(bytes("a\npartial"));
    expect(buffer.end()).toEqual({ ok: true, text: "partial" });
    expect(new LineBuffer(64).end()).toBeNull();
  });
});

describe("LineBuffer against a reference split", () => {
  it("gives the same lines as splitting the whole stream, for any chunking and any limit", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("€", "😀", "\r", "é")), { maxLength: 40 }),
        fc.array(fc.nat(60), { maxLength: 20 }),
        fc.integer({ min: 1, max: 80 }),
        (pieces, cuts, max) => {
          const lines = pieces.map((p) => p.replace(/\n/g, ""));
          const whole = bytes(lines.map((l) => `${l}\n`).join(""));
          // A line over the limit is reported once, with the size seen when it passed the limit.
          const expected = lines.map((l) => {
            const size = bytes(l).length;
            return size > max ? { ok: false, tooLongBytes: expect.toSatisfy((n: number) => n > max && n <= size) } : { ok: true, text: l.endsWith("\r") ? l.slice(0, -1) : l };
          });
          const buffer = new LineBuffer(max);
          const got: unknown[] = [];
          let at = 0;
          for (const cut of [...cuts.sort((a, b) => a - b).map((c) => Math.min(c, whole.length)), whole.length]) {
            got.push(...buffer.push(whole.subarray(at, Math.max(at, cut))));
            at = Math.max(at, cut);
          }
          expect(buffer.end()).toBeNull();
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
