// The fast reading of the engine's delta lines agrees with JSON.parse on every line it accepts,
// and declines every line it does not fully understand.
import fc from "fast-check";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseDeltaLine } from "../../src/engine/fast-delta.js";
import { LineBuffer } from "../../src/engine/line-buffer.js";

const line = (method: string, threadId: string, turnId: string, itemId: string, delta: string, at = 1796179386431) =>
  JSON.stringify({ method, params: { threadId, turnId, itemId, delta }, emittedAtMs: at });

describe("parseDeltaLine", () => {
  it("reads the engine's agent message and command output deltas as JSON.parse does, for any text", () => {
    const id = fc.stringMatching(/^[0-9a-f-]{1,40}$|^msg_\d+$|^call_\w+$/);
    fc.assert(
      fc.property(fc.constantFrom("item/agentMessage/delta", "item/commandExecution/outputDelta"), id, id, id, fc.string({ unit: "binary" }), fc.nat(), (method, threadId, turnId, itemId, delta, at) => {
        const text = line(method, threadId, turnId, itemId, delta, at);
        expect(parseDeltaLine(text)).toEqual({ method, params: JSON.parse(text).params });
      }),
      { numRuns: 2000 },
    );
  });

  it("declines other methods, other shapes and ids that would need decoding", () => {
    const ok = line("item/agentMessage/delta", "t", "u", "i", "x");
    expect(parseDeltaLine(ok)).toBeDefined();
    for (const text of [
      line("item/reasoning/textDelta", "t", "u", "i", "x"),
      line("item/agentMessage/delta", 't"x', "u", "i", "x"),
      line("item/agentMessage/delta", "t\\x", "u", "i", "x"),
      JSON.stringify({ method: "item/agentMessage/delta", params: { turnId: "u", threadId: "t", itemId: "i", delta: "x" }, emittedAtMs: 1 }),
      JSON.stringify({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "x", extra: 1 }, emittedAtMs: 1 }),
      JSON.stringify({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "x" } }),
      JSON.stringify({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: 5 }, emittedAtMs: 1 }),
      `${ok.slice(0, -1)},"x":1}`,
      ok.replace('"delta":"x"', '"delta":"x\\u"'),
      // Not JSON: a bare quote, raw control characters.
      ok.replace('"delta":"x"', '"delta":"x"y"'),
      ok.replace('"delta":"x"', '"delta":"x\ny"'),
      ok.replace('"delta":"x"', '"delta":"x\ty"'),
      ok.replace('"delta":"x"', '"delta":"\u0000"'),
      ok.slice(0, -2),
    ]) {
      expect(parseDeltaLine(text), text).toBeUndefined();
    }
  });

  it("does not mistake a delta whose text holds the tail for the tail", () => {
    const text = line("item/agentMessage/delta", "t", "u", "i", 'a"},"emittedAtMs":1}b');
    expect(parseDeltaLine(text)).toEqual({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: 'a"},"emittedAtMs":1}b' } });
  });

  it("keeps no read's text alive through the item id it returns (the replay buffer holds ids)", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const padding = `${JSON.stringify({ method: "item/started", params: { pad: "x".repeat(1 << 20) } })}\n`;
    const ids: string[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    // 40 reads of ~1 MiB each, as one string per read (line-buffer.ts); only the item ids are kept.
    for (let read = 0; read < 40; read++) {
      const lines = new LineBuffer(4 << 20).push(Buffer.from(`${line("item/agentMessage/delta", "thread", "turn", `msg_${read}_0123456789abcdef`, "hi")}\n${padding}`));
      ids.push(parseDeltaLine((lines[0] as { text: string }).text)!.params.itemId);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(ids).toHaveLength(40);
    // Kept as views into their reads, the ids would hold 40 MiB.
    expect(grown).toBeLessThan(8 << 20);
  });
});
