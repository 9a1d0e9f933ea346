import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_READ_PACING, ReadPacer } from "../../src/engine/read-pacer.js";

/** Reads of `lines` lines every `everyMs` for `forMs`, from `startAt`; the waits the pacer asked for. */
function feed(pacer: ReadPacer, lines: number, everyMs: number, forMs: number, startAt = 0): number[] {
  const waits: number[] = [];
  for (let at = startAt; at < startAt + forMs; at += everyMs) waits.push(pacer.afterRead(lines, at));
  return waits;
}

describe("ReadPacer", () => {
  it("reads light output as it comes: one line a millisecond (a turn streaming fast) is never held", () => {
    const pacer = new ReadPacer(DEFAULT_READ_PACING);
    expect(feed(pacer, 1, 1, 10_000).every((wait) => wait === 0)).toBe(true);
  });

  it("paces sustained heavy output within a couple of seconds, and for as long as it lasts", () => {
    const pacer = new ReadPacer(DEFAULT_READ_PACING);
    // 10 lines a millisecond: 10,000 lines/s, over three times the threshold.
    const waits = feed(pacer, 10, 1, 20_000);
    const first = waits.indexOf(DEFAULT_READ_PACING.intervalMs);
    expect(first).toBeGreaterThan(1_000);
    expect(first).toBeLessThan(2_500);
    expect(waits.slice(first).every((wait) => wait === DEFAULT_READ_PACING.intervalMs)).toBe(true);
  });

  it("does not pace one turn's burst: 2,000 deltas in 100 ms, repeated every second", () => {
    const pacer = new ReadPacer(DEFAULT_READ_PACING);
    // 20 lines a millisecond for 100 ms, then quiet until the next turn: ~4,000 lines/s at the burst's
    // own pace, 2,000 a second on average (the turn benchmark runs about one such turn a second).
    const waits = Array.from({ length: 40 }, (_, turn) => feed(pacer, 20, 1, 100, turn * 1_000)).flat();
    expect(waits.every((wait) => wait === 0)).toBe(true);
  });

  it("paces at once after one read of more lines than the threshold", () => {
    const pacer = new ReadPacer({ intervalMs: 4, deltaJoinMs: 0, busyLinesPerSecond: 2_000 });
    // 2,000 lines/s over the five-second window: 10,000 lines.
    expect(pacer.afterRead(10_001, 0)).toBe(4);
    expect(new ReadPacer({ intervalMs: 4, deltaJoinMs: 0, busyLinesPerSecond: 2_000 }).afterRead(9_999, 0)).toBe(0);
  });

  it("stops pacing once the output has been quiet for a few seconds", () => {
    const pacer = new ReadPacer(DEFAULT_READ_PACING);
    feed(pacer, 10, 1, 10_000);
    expect(pacer.afterRead(1, 10_000)).toBe(DEFAULT_READ_PACING.intervalMs);
    // Six quiet seconds, then a line: the rate has decayed below the threshold.
    expect(pacer.afterRead(1, 16_000)).toBe(0);
    expect(feed(pacer, 1, 5, 2_000, 16_005).every((wait) => wait === 0)).toBe(true);
  });

  it("never paces with intervalMs 0, yet still says when the output is heavy (deltas are joined then)", () => {
    const pacer = new ReadPacer({ intervalMs: 0, deltaJoinMs: 25, busyLinesPerSecond: 1 });
    expect(pacer.busy).toBe(false);
    expect(feed(pacer, 1_000, 1, 1_000).every((wait) => wait === 0)).toBe(true);
    expect(pacer.busy).toBe(true);
  });

  it("is busy exactly when it paces", () => {
    const pacer = new ReadPacer(DEFAULT_READ_PACING);
    for (const [lines, at] of [[1, 0], [20_000, 1], [1, 2], [1, 20_000]] as const) {
      const wait = pacer.afterRead(lines, at);
      expect(pacer.busy).toBe(wait > 0);
    }
  });

  it("tolerates a clock that goes backwards (no negative decay)", () => {
    const pacer = new ReadPacer({ intervalMs: 4, deltaJoinMs: 0, busyLinesPerSecond: 100 });
    pacer.afterRead(300, 1_000);
    expect(pacer.afterRead(300, 900)).toBe(4);
  });

  it("asks for no wait, or exactly the interval; more lines at the same times never wait less", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ gapMs: fc.integer({ min: 0, max: 3_000 }), lines: fc.integer({ min: 0, max: 500 }) }), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (reads, extra) => {
        const light = new ReadPacer(DEFAULT_READ_PACING);
        const heavy = new ReadPacer(DEFAULT_READ_PACING);
        let at = 0;
        for (const { gapMs, lines } of reads) {
          at += gapMs;
          const a = light.afterRead(lines, at);
          const b = heavy.afterRead(lines + extra, at);
          expect([0, DEFAULT_READ_PACING.intervalMs]).toContain(a);
          expect(b).toBeGreaterThanOrEqual(a);
        }
      }),
      { numRuns: 300 },
    );
  });
});
