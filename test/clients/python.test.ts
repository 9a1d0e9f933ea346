// The Python client's generated types (clients/python/codex_api_client/protocol) against the
// server's own validators, and the Python unit tests. Every frame the spec shows — its message
// examples, the golden files, and frames drawn from the spec's arbitraries — goes through
// from_dict → to_dict and must come back deep-equal and valid; every invalid golden frame is
// refused by the decoder at the spec's path, or kept because the forward-compatibility rule says
// so (clients/python/tests/lenient-invalid-examples.json), and then refused by the server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../codegen/spec-model.js";
import * as arb from "../../generated/arbitraries.js";
import { CLIENT_FRAME_SCHEMAS, SERVER_FRAME_SCHEMAS } from "../../generated/protocol.js";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import { invalidExamples, validExamples } from "../support/golden.js";
import { PYTHON_CLIENT_DIR, runPython } from "../support/python.js";

type Direction = "client" | "server";
type Result = { cls: string; back: unknown } | { error: { path: string; problem: string } };

const LENIENT = JSON.parse(readFileSync(join(PYTHON_CLIENT_DIR, "tests/lenient-invalid-examples.json"), "utf8")) as Record<string, string>;
const arbitraries = arb as unknown as Record<string, () => fc.Arbitrary<unknown>>;

/** Each frame through the Python decoder and back, in one process. */
async function roundTrip(frames: [Direction, unknown][]): Promise<Result[]> {
  const run = await runPython([join(import.meta.dirname, "python_roundtrip.py")], { input: JSON.stringify(frames) });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Result[];
}

function check(direction: Direction, frame: unknown) {
  return direction === "client" ? checkClientFrame(frame) : checkServerFrame(frame);
}

describe("the generated Python types", () => {
  const cases: { name: string; direction: Direction; frame: unknown }[] = [];

  beforeAll(async () => {
    const model = await loadSpec();
    for (const f of [...model.clientFrames, ...model.serverFrames]) {
      for (const e of f.examples) cases.push({ name: `spec message ${f.messageKey}/${e.name}`, direction: f.direction, frame: e.payload });
    }
    for (const e of validExamples()) cases.push({ name: `spec/examples/valid/${e.name}`, direction: e.direction, frame: e.frame });
    const tables: [Direction, Record<string, string>][] = [["client", CLIENT_FRAME_SCHEMAS], ["server", SERVER_FRAME_SCHEMAS]];
    for (const [direction, table] of tables) {
      for (const schemaName of new Set(Object.values(table))) {
        fc.sample(arbitraries[schemaName]!(), { numRuns: 40, seed: 42 }).forEach((frame, i) => {
          // As JSON carries it (fast-check may build objects without a prototype).
          cases.push({ name: `arbitrary ${schemaName} #${i}`, direction, frame: JSON.parse(JSON.stringify(frame)) });
        });
      }
    }
  });

  it("decode every frame the spec shows or allows and write it back exactly, as the server's validators accept it", async () => {
    expect(cases.filter((c) => c.name.startsWith("spec message")).length).toBeGreaterThan(20);
    const results = await roundTrip(cases.map((c) => [c.direction, c.frame]));
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const result = results[i]!;
      if ("error" in result) return failures.push(`${c.name}: refused at ${result.error.path}: ${result.error.problem}`);
      if (result.cls === "UnknownFrame") return failures.push(`${c.name}: decoded as an UnknownFrame`);
      try {
        expect(result.back).toStrictEqual(c.frame);
      } catch {
        return failures.push(`${c.name}: came back different: ${JSON.stringify(result.back)}`);
      }
      const verdict = check(c.direction, result.back);
      if (!verdict.ok) failures.push(`${c.name}: written back, the server refuses it: ${verdict.problem.message}`);
    });
    expect(failures).toStrictEqual([]);
  });

  it("refuse every invalid golden frame at the spec's path, except those the forward-compatibility rule keeps", async () => {
    const invalid = invalidExamples();
    expect(Object.keys(LENIENT).every((name) => invalid.some((e) => e.name === name))).toBe(true);
    const results = await roundTrip(invalid.map((e) => [e.direction, e.frame]));
    const outcomes = invalid.map((e, i) => {
      const result = results[i]!;
      if ("error" in result) return { name: e.name, outcome: "refused", path: result.error.path, expected: e.expect.path };
      // Kept by the decoder: only where the rule says so, and the server still refuses it.
      return { name: e.name, outcome: LENIENT[e.name] === undefined ? "accepted without a reason" : "kept (forward compatible)", serverAccepts: check(e.direction, e.frame).ok };
    });
    for (const o of outcomes) {
      if (o.outcome === "refused") expect(o.path, o.name).toBe(o.expected);
      else expect(o, o.name).toStrictEqual({ name: o.name, outcome: "kept (forward compatible)", serverAccepts: false });
    }
    expect(outcomes.filter((o) => o.outcome !== "refused").map((o) => o.name).sort()).toStrictEqual(Object.keys(LENIENT).sort());
  });
});

describe("the Python client's unit tests (python3 -m unittest)", () => {
  it("pass: protocol, framing, and the client against a scripted HTTP/2 server", async () => {
    const tests = join(PYTHON_CLIENT_DIR, "tests");
    const run = await runPython(["-m", "unittest", "discover", "-s", tests, "-t", tests], { paths: [tests], timeoutMs: 120_000 });
    expect(run.stderr).toMatch(/\nOK\n?$/);
    expect(run.stderr).toMatch(/Ran \d{2,} tests/);
    expect(run.code).toBe(0);
  });
});
