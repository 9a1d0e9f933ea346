// The codecs over what the protocol actually carries: any list of spec-valid frames (generated
// from the spec's schemas), encoded, cut at arbitrary points, decoded — same frames, same order,
// still valid.
import fc from "fast-check";
import { describe, it } from "vitest";
import { ClientFrame, ServerFrame } from "../../generated/arbitraries.js";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import { lengthPrefixedFraming, ndjsonFraming } from "../../src/transport/index.js";
import { checkRoundTrip, cutsArb, viaJson } from "./chunking.js";

describe.each([ndjsonFraming, lengthPrefixedFraming])("$name codec over spec-valid frames", (framing) => {
  it("client frames come back in order and still pass their validators", () => {
    fc.assert(
      fc.property(fc.array(ClientFrame(), { minLength: 1, maxLength: 8 }), cutsArb, (frames, cuts) => {
        checkRoundTrip(framing, frames, cuts);
        for (const f of frames) if (!checkClientFrame(viaJson(f)).ok) throw new Error("frame invalid after the round trip");
      }),
      { numRuns: 1000 },
    );
  });

  it("server frames come back in order and still pass their validators", () => {
    fc.assert(
      fc.property(fc.array(ServerFrame(), { minLength: 1, maxLength: 8 }), cutsArb, (frames, cuts) => {
        checkRoundTrip(framing, frames, cuts);
        for (const f of frames) if (!checkServerFrame(viaJson(f)).ok) throw new Error("frame invalid after the round trip");
      }),
      { numRuns: 1000 },
    );
  });
});
