// readServerFrame: a server frame as a client of this version reads it (spec "Versioning").
import { describe, expect, it } from "vitest";
import { readServerFrame } from "../../src/protocol/index.js";

const base = { seq: 3, sessionId: "s", turnId: "t" };
const started = { type: "item", ...base, event: "started", item: { type: "agent_message", id: "m", text: "" } };

describe("readServerFrame", () => {
  it("passes a frame of this version as it is", () => {
    expect(readServerFrame(started)).toEqual({ ok: true, frame: started });
  });

  it("ignores fields of a later version, at the top and nested, and keeps them in the frame", () => {
    const later = { ...started, traceId: "x", item: { ...started.item, mood: "calm" } };
    expect(readServerFrame(later)).toEqual({ ok: true, frame: later });
  });

  it("keeps an item of a later kind as it is, and still checks the rest of its frame", () => {
    const later = { ...started, event: "completed", item: { type: "hologram", id: "h", frames: 24 } };
    expect(readServerFrame(later)).toEqual({ ok: true, frame: later });
    expect(readServerFrame({ ...later, seq: "3" })).toMatchObject({ ok: false, problem: { code: "invalid_frame", path: "/seq" } });
  });

  it("keeps an enum value of a later version (a delta's itemType and field)", () => {
    const delta = { type: "item", ...base, event: "delta", itemId: "h", itemType: "hologram", field: "pixels", delta: "…" };
    expect(readServerFrame(delta)).toEqual({ ok: true, frame: delta });
  });

  it("skips a frame type of a later version, with its seq", () => {
    expect(readServerFrame({ type: "usage_update", ...base, tokens: 3 })).toEqual({ ok: "skip", type: "usage_update", seq: 3 });
  });

  it("still refuses what this version knows to be wrong: a missing required field, a wrong type", () => {
    expect(readServerFrame({ ...started, item: { type: "agent_message", id: "m" } })).toMatchObject({ ok: false, problem: { path: "/item/text" } });
    expect(readServerFrame({ ...started, extra: 1, turnId: 7 })).toMatchObject({ ok: false, problem: { path: "/turnId" } });
    expect(readServerFrame({ seq: 1 })).toMatchObject({ ok: false, problem: { code: "unknown_frame_type" } });
  });

  it("refuses a frame with more unknown fields than a later version would add", () => {
    const flooded = { ...started, ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, i])) };
    expect(readServerFrame(flooded).ok).toBe(false);
  });
});
