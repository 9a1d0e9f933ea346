// Deltas read together are joined per item, and nothing else about the stream changes: every
// character arrives once, in its thread's order, before the read that brought it returns.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DeltaMerger } from "../../src/engine/delta-merge.js";
import type { DeltaNotification } from "../../src/engine/fast-delta.js";

type Line = { kind: "delta"; method: DeltaNotification["method"]; threadId: string; turnId: string; itemId: string } | { kind: "other" };
type Out = { kind: "delta"; delta: DeltaNotification; read: number } | { kind: "other"; read: number };

const lineArb: fc.Arbitrary<Line> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ kind: fc.constant("delta" as const), method: fc.constantFrom("item/agentMessage/delta" as const, "item/commandExecution/outputDelta" as const), threadId: fc.constantFrom("t1", "t2", "t3"), turnId: fc.constantFrom("u1", "u2"), itemId: fc.constantFrom("i1", "i2") }) },
  { weight: 1, arbitrary: fc.constant({ kind: "other" as const }) },
);

/** Plays reads through the merger as EngineConnection does; each delta's text names its read and line. */
function play(reads: Line[][]): Out[] {
  const out: Out[] = [];
  let read = 0;
  const merger = new DeltaMerger((delta) => out.push({ kind: "delta", delta, read }));
  reads.forEach((lines, r) => {
    read = r;
    lines.forEach((line, l) => {
      if (line.kind === "other") {
        merger.flush();
        out.push({ kind: "other", read });
        return;
      }
      const { method, threadId, turnId, itemId } = line;
      merger.add({ method, params: { threadId, turnId, itemId, delta: `${r}.${l};` } } as DeltaNotification);
    });
    merger.flush();
  });
  return out;
}

const key = (l: { method: string; threadId: string; turnId: string; itemId: string }) => `${l.method} ${l.turnId} ${l.itemId}`;

describe("DeltaMerger", () => {
  it("hands on every delta once, per thread in order, within its own read, one per run of the same item", () => {
    fc.assert(
      fc.property(fc.array(fc.array(lineArb, { maxLength: 30 }), { maxLength: 8 }), (reads) => {
        const out = play(reads);
        for (const thread of ["t1", "t2", "t3"]) {
          // Per thread, the lines as (item, text) runs split by "other" lines, in order.
          const expected: string[] = [];
          reads.forEach((lines, r) => {
            lines.forEach((line, l) => {
              if (line.kind === "other") {
                expected.push("|");
                return;
              }
              if (line.threadId !== thread) return;
              expected.push(`${key(line)}=${r}.${l};`);
            });
          });
          const got: string[] = [];
          const gotRuns: string[] = [];
          for (const o of out) {
            if (o.kind === "other") {
              got.push("|");
              gotRuns.push("|");
              continue;
            }
            if (o.delta.params.threadId !== thread) continue;
            // Each piece of the joined text came from the read during which it was handed on.
            const pieces = o.delta.params.delta.split(";").filter((p) => p !== "");
            for (const piece of pieces) {
              expect(Number(piece.split(".")[0])).toBe(o.read);
              got.push(`${key({ ...o.delta.params, method: o.delta.method })}=${piece};`);
            }
            gotRuns.push(key({ ...o.delta.params, method: o.delta.method }));
          }
          expect(got).toEqual(expected);
          // Maximal: one delta per run of the same item, a run ending at a read's end or another line.
          expect(gotRuns.filter((r) => r !== "|").length).toBe(countRuns(reads, thread));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("hands on nothing when nothing was added, and keeps nothing after a flush", () => {
    const out: DeltaNotification[] = [];
    const merger = new DeltaMerger((delta) => out.push(delta));
    merger.flush();
    expect(out).toEqual([]);
    merger.add({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "a" } });
    merger.add({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "b" } });
    merger.flush();
    merger.flush();
    expect(out).toEqual([{ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "ab" } }]);
  });
});

/** Runs of one item in one thread, broken by a read's end, an "other" line or another item of the thread. */
function countRuns(reads: Line[][], thread: string): number {
  let runs = 0;
  for (const lines of reads) {
    let last = "";
    for (const line of lines) {
      if (line.kind === "other") {
        last = "";
        continue;
      }
      if (line.threadId !== thread) continue;
      if (key(line) !== last) runs++;
      last = key(line);
    }
  }
  return runs;
}
