import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as arb from "../../generated/arbitraries.js";
import { CLIENT_FRAME_SCHEMAS, SERVER_FRAME_SCHEMAS } from "../../generated/protocol.js";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import { mutationsOf } from "../support/mutate.js";

const RUNS = 1000;
const arbitraries = arb as unknown as Record<string, () => fc.Arbitrary<unknown>>;

const sides = [
  { side: "client", schemas: CLIENT_FRAME_SCHEMAS as Record<string, string>, check: checkClientFrame },
  { side: "server", schemas: SERVER_FRAME_SCHEMAS as Record<string, string>, check: checkServerFrame },
] as const;

describe.each(sides)("$side frames generated from the spec", ({ schemas, check }) => {
  it.each(Object.entries(schemas))("every generated %s frame passes its validator", (_type, schemaName) => {
    fc.assert(
      fc.property(arbitraries[schemaName]!(), (frame) => {
        const result = check(frame);
        if (!result.ok) throw new Error(`refused: ${result.problem.message}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("a frame broken at one place is refused with that place as its path", () => {
    const framesWithMutations = fc
      .constantFrom(...Object.values(schemas))
      .chain((schemaName) => arbitraries[schemaName]!().map((frame) => ({ schemaName, frame, mutations: mutationsOf(schemaName, frame) })))
      .chain(({ frame, mutations }) => fc.nat({ max: mutations.length - 1 }).map((i) => ({ frame, mutation: mutations[i]! })));
    fc.assert(
      fc.property(framesWithMutations, ({ frame, mutation }) => {
        const broken = mutation.apply(frame);
        const result = check(broken);
        expect(result.ok, `accepted although ${mutation.what} at ${mutation.path}`).toBe(false);
        if (result.ok) return;
        // Changing `type` itself makes it another (or no) frame type.
        const codes = mutation.path === "/type" ? ["unknown_frame_type", "invalid_frame"] : ["invalid_frame"];
        expect(codes).toContain(result.problem.code);
        // The place itself, or — where the schema cannot tell which alternative was meant (an
        // untagged oneOf) — the parent that holds the alternatives.
        const { path } = result.problem;
        const pointsThere = path === mutation.path || mutation.path.startsWith(`${path}/`);
        expect(pointsThere, `${mutation.what} at ${mutation.path}, reported at ${path}: ${result.problem.message}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
