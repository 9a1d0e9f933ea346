import { describe, expect, it } from "vitest";
import { Outbox, type HistoryFrame } from "../../src/core/outbox.js";

function collect() {
  const frames: HistoryFrame[] = [];
  return { frames, sink: { deliver: (f: HistoryFrame) => frames.push(f) } };
}

const status = (turnId: string) => ({ type: "status", turnId, state: "started", message: "Agent processing..." }) as const;

describe("session outbox", () => {
  it("numbers history frames 1, 2, 3 per session and stamps the session id", () => {
    const outbox = new Outbox("s1", { maxFrames: 100, maxBytes: 1 << 30 });
    const { frames, sink } = collect();
    outbox.attach(sink, undefined);
    outbox.emit(status("a"));
    outbox.emit(status("b"));
    expect(frames.map((f) => [f.seq, f.sessionId])).toEqual([
      [1, "s1"],
      [2, "s1"],
    ]);
    expect(outbox.lastSeq).toBe(2);
  });

  it("keeps numbering while no stream is attached and replays what came after lastSeq, once", () => {
    const outbox = new Outbox("s1", { maxFrames: 100, maxBytes: 1 << 30 });
    const first = collect();
    outbox.attach(first.sink, undefined);
    outbox.emit(status("a"));
    outbox.detach(first.sink);
    outbox.emit(status("b"));
    outbox.emit(status("c"));
    const second = collect();
    const replay = outbox.attach(second.sink, 1);
    expect(replay).toMatchObject({ fromSeq: 2, toSeq: 3, lost: 0 });
    expect(replay!.frames.map((f) => f.seq)).toEqual([2, 3]);
    expect(first.frames.map((f) => f.seq)).toEqual([1]);
    expect(second.frames).toEqual([]); // replayed frames are the caller's to send, after the session frame
    outbox.emit(status("d"));
    expect(second.frames.map((f) => f.seq)).toEqual([4]);
  });

  it("says how many frames were lost when the buffer no longer reaches back to lastSeq", () => {
    const outbox = new Outbox("s1", { maxFrames: 3, maxBytes: 1 << 30 });
    for (const t of ["a", "b", "c", "d", "e"]) outbox.emit(status(t));
    const replay = outbox.attach(collect().sink, 0);
    expect(replay).toMatchObject({ fromSeq: 3, toSeq: 5, lost: 2 });
    expect(replay!.frames.map((f) => f.seq)).toEqual([3, 4, 5]);
  });

  it("replays nothing for a client that has seen everything", () => {
    const outbox = new Outbox("s1", { maxFrames: 10, maxBytes: 1 << 30 });
    outbox.emit(status("a"));
    expect(outbox.attach(collect().sink, 1)).toEqual({ frames: [], fromSeq: 2, toSeq: 1, lost: 0 });
  });

  it("delivers only to the sink attached last", () => {
    const outbox = new Outbox("s1", { maxFrames: 10, maxBytes: 1 << 30 });
    const a = collect();
    const b = collect();
    outbox.attach(a.sink, undefined);
    outbox.attach(b.sink, undefined);
    outbox.detach(a.sink); // a late detach of the old stream must not unbind the new one
    outbox.emit(status("x"));
    expect(a.frames).toEqual([]);
    expect(b.frames.map((f) => f.seq)).toEqual([1]);
  });
});

describe("delta frames (emitDelta)", () => {
  it("are exactly what JSON.stringify makes of the frame, for any ids and text", async () => {
    const fc = (await import("fast-check")).default;
    const kinds = [
      ["agent_message", "text"],
      ["reasoning", "summary"],
      ["reasoning", "content"],
      ["command_execution", "output"],
      ["plan", "text"],
    ] as const;
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string({ unit: "binary" }), fc.constantFrom(...kinds), fc.option(fc.nat(), { nil: undefined }), (sessionId, turnId, itemId, delta, [itemType, field], index) => {
        const outbox = new Outbox(sessionId, { maxFrames: 10, maxBytes: 1 << 30 });
        const seen: [HistoryFrame, string | undefined][] = [];
        outbox.attach({ deliver: (f, json) => seen.push([f, json]) }, undefined);
        const frame = outbox.emitDelta(turnId, itemId, itemType, field, index, delta);
        const [delivered, json] = seen[0]!;
        expect(delivered).toBe(frame);
        expect(json).toBe(JSON.stringify(frame));
        expect(JSON.parse(json!)).toEqual(frame);
        expect(outbox.attach({ deliver() {} }, 0)!.frames).toEqual([frame]);
      }),
      { numRuns: 500 },
    );
  });
});
