// Deltas are joined per item, and nothing else about the stream changes: every character arrives
// once, in its thread's order against every line of that thread and every line of no thread;
// a delta of a read that was not under load is handed on before that read returns, and one held
// under load waits at most joinMs.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeltaMerger } from "../../src/engine/delta-merge.js";
import type { DeltaNotification } from "../../src/engine/fast-delta.js";

const THREADS = ["t1", "t2", "t3"] as const;
type Thread = (typeof THREADS)[number];
type Line = { kind: "delta"; method: DeltaNotification["method"]; threadId: Thread; turnId: string; itemId: string } | { kind: "other"; threadId: Thread | null };
interface Read {
  lines: Line[];
  busy: boolean;
  /** Time until the next read. */
  thenMs: number;
}
type Out = { kind: "delta"; delta: DeltaNotification; at: number } | { kind: "other"; threadId: Thread | null };

const JOIN_MS = 25;

const lineArb: fc.Arbitrary<Line> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ kind: fc.constant("delta" as const), method: fc.constantFrom("item/agentMessage/delta" as const, "item/commandExecution/outputDelta" as const), threadId: fc.constantFrom(...THREADS), turnId: fc.constantFrom("u1", "u2"), itemId: fc.constantFrom("i1", "i2") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("other" as const), threadId: fc.constantFrom(...THREADS, null) }) },
);
const readArb = (busy: fc.Arbitrary<boolean>): fc.Arbitrary<Read> => fc.record({ lines: fc.array(lineArb, { maxLength: 30 }), busy, thenMs: fc.integer({ min: 0, max: 40 }) });

/**
 * Plays reads through the merger as EngineConnection does: a line of a thread first hands on that
 * thread's held delta, a line of no thread everything. Each delta's text names its read and line.
 */
function play(reads: Read[], joinMs = JOIN_MS): { out: Out[]; readAt: number[] } {
  const out: Out[] = [];
  const readAt: number[] = [];
  const merger = new DeltaMerger((delta) => out.push({ kind: "delta", delta, at: Date.now() }), joinMs);
  reads.forEach(({ lines, busy, thenMs }, r) => {
    readAt.push(Date.now());
    lines.forEach((line, l) => {
      if (line.kind === "other") {
        if (line.threadId === null) merger.flush();
        else merger.flushThread(line.threadId);
        out.push({ kind: "other", threadId: line.threadId });
        return;
      }
      const { method, threadId, turnId, itemId } = line;
      merger.add({ method, params: { threadId, turnId, itemId, delta: `${r}.${l};` } } as DeltaNotification);
    });
    merger.endOfRead(busy);
    vi.advanceTimersByTime(thenMs);
  });
  // The engine exits: everything held goes.
  merger.flush();
  return { out, readAt };
}

const key = (l: { method: string; turnId: string; itemId: string }) => `${l.method} ${l.turnId} ${l.itemId}`;

/** Per thread: its deltas' pieces as `item=piece;`, and "|" for each line that orders them. */
function threadView(reads: Read[], out: Out[], thread: Thread): { expected: string[]; got: string[] } {
  const expected: string[] = [];
  reads.forEach(({ lines }, r) =>
    lines.forEach((line, l) => {
      if (line.kind === "other") {
        if (line.threadId === thread || line.threadId === null) expected.push("|");
      } else if (line.threadId === thread) expected.push(`${key(line)}=${r}.${l};`);
    }),
  );
  const got: string[] = [];
  for (const o of out) {
    if (o.kind === "other") {
      if (o.threadId === thread || o.threadId === null) got.push("|");
    } else if (o.delta.params.threadId === thread) {
      for (const piece of pieces(o.delta)) got.push(`${key({ ...o.delta.params, method: o.delta.method })}=${piece};`);
    }
  }
  return { expected, got };
}

const pieces = (delta: DeltaNotification) => delta.params.delta.split(";").filter((p) => p !== "");

describe("DeltaMerger", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("hands on every delta once, in its thread's order, and late by at most joinMs (none when not under load)", () => {
    fc.assert(
      fc.property(fc.array(readArb(fc.boolean()), { maxLength: 10 }), (reads) => {
        vi.setSystemTime(0);
        const { out, readAt } = play(reads);
        for (const thread of THREADS) {
          const { expected, got } = threadView(reads, out, thread);
          expect(got).toEqual(expected);
        }
        for (const o of out) {
          if (o.kind !== "delta") continue;
          for (const piece of pieces(o.delta)) {
            const read = Number(piece.split(".")[0]);
            const late = o.at - readAt[read]!;
            expect(late).toBeGreaterThanOrEqual(0);
            expect(late).toBeLessThanOrEqual(reads[read]!.busy ? JOIN_MS : 0);
          }
        }
        vi.clearAllTimers();
      }),
      { numRuns: 1000 },
    );
  });

  it("when not under load joins exactly the runs of one item within one read", () => {
    fc.assert(
      fc.property(fc.array(readArb(fc.constant(false)), { maxLength: 8 }), (reads) => {
        const { out } = play(reads);
        for (const thread of THREADS) {
          const handed = out.filter((o) => o.kind === "delta" && o.delta.params.threadId === thread).length;
          expect(handed).toBe(countRuns(reads, thread));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("under load joins an item's deltas across reads into one, handed on joinMs after the first read", () => {
    const out: { delta: DeltaNotification; at: number }[] = [];
    const merger = new DeltaMerger((delta) => out.push({ delta, at: Date.now() }), JOIN_MS);
    const delta = (text: string): DeltaNotification => ({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: text } });
    for (const text of ["a", "b", "c"]) {
      merger.add(delta(text));
      merger.endOfRead(true);
      vi.advanceTimersByTime(5);
    }
    expect(out).toEqual([]);
    vi.advanceTimersByTime(JOIN_MS - 15);
    expect(out).toEqual([{ delta: delta("abc"), at: JOIN_MS }]);
    // Load gone: the next read's delta goes at once.
    merger.add(delta("d"));
    merger.endOfRead(false);
    expect(out.map((o) => o.delta.params.delta)).toEqual(["abc", "d"]);
  });

  it("with joinMs 0 holds nothing past its read, even under load", () => {
    const out: DeltaNotification[] = [];
    const merger = new DeltaMerger((delta) => out.push(delta), 0);
    merger.add({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "a" } });
    merger.endOfRead(true);
    expect(out.map((d) => d.params.delta)).toEqual(["a"]);
  });

  it("hands on nothing when nothing was added, and keeps nothing after a flush", () => {
    const out: DeltaNotification[] = [];
    const merger = new DeltaMerger((delta) => out.push(delta), JOIN_MS);
    merger.flush();
    merger.flushThread("t");
    expect(out).toEqual([]);
    merger.add({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "a" } });
    merger.add({ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "b" } });
    merger.endOfRead(true);
    merger.flush();
    merger.flush();
    vi.advanceTimersByTime(JOIN_MS);
    expect(out).toEqual([{ method: "item/agentMessage/delta", params: { threadId: "t", turnId: "u", itemId: "i", delta: "ab" } }]);
  });
});

/** Runs of one item in one thread, broken by a read's end, a line of the thread or of no thread, or another item of the thread. */
function countRuns(reads: Read[], thread: Thread): number {
  let runs = 0;
  for (const { lines } of reads) {
    let last = "";
    for (const line of lines) {
      if (line.kind === "other") {
        if (line.threadId === thread || line.threadId === null) last = "";
        continue;
      }
      if (line.threadId !== thread) continue;
      if (key(line) !== last) runs++;
      last = key(line);
    }
  }
  return runs;
}
