// What one live-fuzz run sends: a few streams, each in one framing, each a short sequence of
// items — valid frames (from the spec's own arbitraries), frames broken at one place, frames that
// are not client frames at all, oversized frames, undecodable bytes, approvals for prompts that
// never existed — aimed at a small pool of sessions so that streams collide, plus optional raw
// garbage at the end and a way to end the stream.
import fc from "fast-check";
import * as arb from "../../generated/arbitraries.js";
import { CLIENT_FRAME_SCHEMAS } from "../../generated/protocol.js";
import type { ClientFrame } from "../../generated/types.js";
import { mutationsOf } from "../support/mutate.js";
import type { FramingName } from "../support/raw-stream.js";

/**
 * Session names the fuzz aims at, so that frames of one stream meet the same sessions again (a
 * bound stream naming another one, a session reopened run after run). Each stream of a run maps
 * them to its own sessions (`poolSession`): streams of one run never take each other's session
 * over, which would hand one stream the errors caused by another's frames (history is per session).
 */
export const SESSION_POOL = ["fz-a", "fz-b", "fz-c"] as const;

/** The session a pool name means for the stream in `slot` of a run. */
export function poolSession(name: string, slot: number): string {
  return `${name}-${slot}`;
}

/** `item` with pool names turned into the sessions of `slot`. */
export function forSlot(item: FuzzItem, slot: number): FuzzItem {
  const map = (id: unknown) => (typeof id === "string" && (SESSION_POOL as readonly string[]).includes(id) ? poolSession(id, slot) : id);
  switch (item.kind) {
    case "valid":
      return "sessionId" in item.frame && item.frame.sessionId !== undefined ? { ...item, frame: { ...item.frame, sessionId: map(item.frame.sessionId) } as ClientFrame } : item;
    case "unknown-command":
      return { ...item, sessionId: map(item.sessionId) as string | undefined };
    default:
      return item;
  }
}

export type FuzzItem =
  /** A frame valid against its schema (it may still be refused for what it asks). */
  | { kind: "valid"; frame: ClientFrame }
  /** A valid frame broken at `path` (field removed, wrong type, unknown field). */
  | { kind: "mutated"; frame: unknown; path: string; what: string }
  /** JSON that is no client frame: a non-object, no `type`, an unknown `type`. */
  | { kind: "not-a-frame"; value: unknown }
  /** A frame of `bytes` bytes, above maxFrameBytes. */
  | { kind: "huge"; extraBytes: number }
  /** Bytes that are not UTF-8 (0xff first), in one frame boundary. */
  | { kind: "undecodable"; bytes: Uint8Array }
  /** An approve for a commandId no prompt ever had. */
  | { kind: "unknown-command"; commandId: string; sessionId: string | undefined };

export interface StreamPlan {
  framing: FramingName;
  items: FuzzItem[];
  /** Random bytes sent after the items: after them nothing is predictable but the server's health. */
  tail: Uint8Array | undefined;
  /** How the client leaves: end its request body, reset the stream, or just stop reading. */
  ending: "end-request" | "reset" | "abandon";
}

/** sessionId: from the pool (mostly), left as generated, or removed. */
function aimed(frame: ClientFrame): fc.Arbitrary<ClientFrame> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...SESSION_POOL).map((sessionId) => ({ ...frame, sessionId }) as ClientFrame) },
    { weight: 2, arbitrary: fc.constant(withoutSession(frame)) },
    { weight: 1, arbitrary: fc.constant(frame) },
  );
}

function withoutSession(frame: ClientFrame): ClientFrame {
  const { sessionId: _dropped, ...rest } = frame as ClientFrame & { sessionId?: string };
  return rest as ClientFrame;
}

/**
 * Valid frames, with the expensive corners trimmed: `lastSeq` stays small (a made-up position is
 * tested on its own), and a user_message's overrides do not re-point the pool at other models.
 */
const validFrame: fc.Arbitrary<ClientFrame> = fc
  .tuple(arb.ClientFrame(), fc.nat({ max: 9 }))
  .map(([frame, dice]) => {
    if (frame.type === "open_session" && frame.lastSeq !== undefined) frame = { ...frame, lastSeq: frame.lastSeq % 4 };
    if ((frame.type === "open_session" || frame.type === "user_message") && frame.configOverrides?.model !== undefined && dice > 0) {
      const { model: _model, ...overrides } = frame.configOverrides;
      frame = { ...frame, configOverrides: overrides };
    }
    return frame;
  })
  .chain(aimed);

const arbitraries = arb as unknown as Record<string, () => fc.Arbitrary<unknown>>;

const mutatedFrame: fc.Arbitrary<FuzzItem> = fc
  .constantFrom(...Object.values(CLIENT_FRAME_SCHEMAS))
  .chain((schemaName) => arbitraries[schemaName]!().map((frame) => ({ frame, mutations: mutationsOf(schemaName, frame) })))
  .filter(({ mutations }) => mutations.length > 0)
  .chain(({ frame, mutations }) =>
    fc.nat({ max: mutations.length - 1 }).map((i): FuzzItem => {
      const mutation = mutations[i]!;
      return { kind: "mutated", frame: mutation.apply(frame), path: mutation.path, what: mutation.what };
    }),
  );

const notAFrame: fc.Arbitrary<FuzzItem> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 2 }).filter((v) => v === null || typeof v !== "object" || Array.isArray(v)),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }).filter((o) => !("type" in o)),
    fc.record({ type: fc.string({ maxLength: 20 }).filter((t) => !(t in CLIENT_FRAME_SCHEMAS)) }),
    fc.record({ type: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)) }),
  )
  .map((value): FuzzItem => ({ kind: "not-a-frame", value }));

/** A user_message with nothing but text: the spec's arbitraries mostly add paths and overrides that are refused. */
const plainMessage: fc.Arbitrary<ClientFrame> = fc
  .record({ id: fc.option(arb.ClientFrameId(), { nil: undefined }), content: fc.string({ maxLength: 40 }) })
  .map(({ id, content }) => ({ type: "user_message" as const, ...(id === undefined ? {} : { id }), content }))
  .chain(aimed);

export const fuzzItem: fc.Arbitrary<FuzzItem> = fc.oneof(
  { weight: 8, arbitrary: validFrame.map((frame): FuzzItem => ({ kind: "valid", frame })) },
  { weight: 2, arbitrary: plainMessage.map((frame): FuzzItem => ({ kind: "valid", frame })) },
  { weight: 4, arbitrary: mutatedFrame },
  { weight: 2, arbitrary: notAFrame },
  { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((extraBytes): FuzzItem => ({ kind: "huge", extraBytes: extraBytes + 1 })) },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ minLength: 0, maxLength: 300 }).map((bytes): FuzzItem => ({ kind: "undecodable", bytes: Uint8Array.from([0xff, ...bytes]) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ commandId: arb.Id(), sessionId: fc.option(fc.constantFrom(...SESSION_POOL), { nil: undefined }) })
      .map((r): FuzzItem => ({ kind: "unknown-command", ...r })),
  },
);

export const streamPlan: fc.Arbitrary<StreamPlan> = fc.record({
  framing: fc.constantFrom<FramingName>("ndjson", "length-prefixed"),
  items: fc.array(fuzzItem, { minLength: 1, maxLength: 6 }),
  tail: fc.option(fc.uint8Array({ minLength: 1, maxLength: 512 }), { nil: undefined, freq: 4 }),
  ending: fc.constantFrom<StreamPlan["ending"]>("end-request", "reset", "abandon"),
});

/** One run: several streams at once. */
export const runPlan: fc.Arbitrary<StreamPlan[]> = fc.array(streamPlan, { minLength: 1, maxLength: 4 });
