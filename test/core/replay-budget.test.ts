// One byte budget across every session's replay history (src/core/replay-budget.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Outbox, type HistoryFrame } from "../../src/core/outbox.js";
import { ReplayBudget } from "../../src/core/replay-budget.js";

/** A status frame whose JSON is about `size` characters. */
const frame = (size: number) => ({ type: "status", turnId: "t".repeat(Math.max(1, size - 84)), state: "started", message: "x" }) as const;

function outbox(id: string, budget: ReplayBudget, idle: () => boolean = () => true, limits = { maxFrames: 1000, maxBytes: 1 << 30 }): Outbox {
  return new Outbox(id, { ...limits, budget, idle });
}

describe("replay budget", () => {
  it("drops the oldest history of idle sessions first, then the oldest of busy ones, down to 90 % of the budget", () => {
    const budget = new ReplayBudget(10_000);
    let busy = true;
    const a = outbox("a", budget); // idle
    const b = outbox("b", budget, () => !busy);
    const c = outbox("c", budget); // idle
    const lost = (o: Outbox) => o.attach({ deliver() {} }, 0)!.lost;
    for (let i = 0; i < 3; i++) {
      b.emit(frame(1000)); // b's frames are the oldest
      a.emit(frame(1000));
      c.emit(frame(1000));
    }
    expect([lost(a), lost(b), lost(c)]).toEqual([0, 0, 0]);
    while (budget.held + 1100 <= 10_000) a.emit(frame(1000));
    const before = budget.held;
    c.emit(frame(1000)); // past the budget: down to 9 000, idle sessions first, oldest first
    expect(budget.held).toBeLessThanOrEqual(9_000);
    expect(before + 1000 - budget.held).toBeLessThan(3000); // a batch, not a purge
    expect(lost(b)).toBe(0);
    expect(lost(a)).toBeGreaterThan(0); // a's first frame is older than c's
    busy = false;
    while (lost(b) === 0) c.emit(frame(1000));
    // b, idle now, holds the oldest frames of all: they went before any newer frame of a or c.
    expect(lost(a)).toBeLessThanOrEqual(3);
    expect(budget.held).toBeLessThanOrEqual(10_000);
  });

  it("delivers a frame to its stream even when the budget drops it at once", () => {
    const budget = new ReplayBudget(500);
    const seen: HistoryFrame[] = [];
    const o = outbox("a", budget);
    o.attach({ deliver: (f) => seen.push(f) }, undefined);
    o.emit(frame(2000));
    expect(seen.map((f) => f.seq)).toEqual([1]);
    expect(budget.held).toBe(0);
    expect(o.attach({ deliver() {} }, 0)).toMatchObject({ frames: [], lost: 1 });
  });

  it("gives a closed session's bytes back", () => {
    const budget = new ReplayBudget(100_000);
    const o = outbox("a", budget);
    o.emit(frame(1000));
    o.emit(frame(1000));
    expect(budget.held).toBe(o.held.bytes);
    o.dispose();
    expect(budget.held).toBe(0);
  });

  it("keeps its sum exact and under the budget, idle history first, each session's held frames the newest, for any mix of sessions, sizes and busy flags", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2_000, max: 50_000 }),
        fc.array(fc.record({ session: fc.nat(5), size: fc.integer({ min: 80, max: 6_000 }), flip: fc.boolean(), close: fc.boolean() }), { maxLength: 300 }),
        (max, steps) => {
          const budget = new ReplayBudget(max);
          const sessions = new Map<number, { outbox: Outbox; busy: boolean }>();
          const get = (n: number) => {
            let s = sessions.get(n);
            if (s === undefined) {
              const entry: { outbox: Outbox; busy: boolean } = { outbox: undefined as unknown as Outbox, busy: false };
              entry.outbox = outbox(`s${n}`, budget, () => !entry.busy, { maxFrames: 50, maxBytes: 40_000 });
              sessions.set(n, (s = entry));
            }
            return s;
          };
          for (const step of steps) {
            const s = get(step.session);
            if (step.close && step.flip) {
              s.outbox.dispose();
              sessions.delete(step.session);
              continue;
            }
            if (step.flip) s.busy = !s.busy;
            const heldBefore = new Map([...sessions].map(([n, x]) => [n, x.outbox.held.frames]));
            s.outbox.emit(frame(step.size));
            // Another busy session lost history only if no idle one had any left to give.
            const busyLost = [...sessions].some(([n, x]) => n !== step.session && x.busy && x.outbox.held.frames < heldBefore.get(n)!);
            if (busyLost) for (const x of sessions.values()) if (!x.busy) expect(x.outbox.held.frames).toBe(0);
            const sum = [...sessions.values()].reduce((n, x) => n + x.outbox.held.bytes, 0);
            expect(budget.held).toBe(sum);
            expect(budget.held).toBeLessThanOrEqual(max);
            for (const { outbox: o } of sessions.values()) {
              const window = o.attach({ deliver() {} }, 0)!;
              // What is held is a gapless run ending at the newest frame.
              expect(window.frames.map((f) => f.seq)).toEqual(Array.from({ length: window.frames.length }, (_, i) => o.lastSeq - window.frames.length + 1 + i));
              expect(window.lost + window.frames.length).toBe(o.lastSeq);
              o.detach({ deliver() {} });
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
