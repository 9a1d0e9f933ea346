import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import { invalidExamples, validExamples, type GoldenExample } from "../support/golden.js";
import { PYTHON } from "../support/python.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const valid = validExamples();
const invalid = invalidExamples();

function check(example: GoldenExample) {
  return example.direction === "client" ? checkClientFrame(example.frame) : checkServerFrame(example.frame);
}

describe("golden examples", () => {
  it("cover every frame type of both directions", () => {
    const seen = new Set(valid.map((e) => `${e.direction}:${e.schemaName}`));
    for (const name of ["OpenSessionFrame", "UserMessageFrame", "ApproveFrame", "CancelFrame", "ClientHeartbeatFrame"]) {
      expect(seen).toContain(`client:${name}`);
    }
    for (const name of ["SessionFrame", "ItemFrame", "CommandPromptFrame", "StatusFrame", "ErrorFrame", "ServerHeartbeatFrame", "TerminateFrame"]) {
      expect(seen).toContain(`server:${name}`);
    }
  });

  it.each(valid.map((e) => [e.name, e] as const))("valid/%s passes its generated validator", (_name, example) => {
    const result = check(example);
    expect(result.ok ? "ok" : result.problem).toBe("ok");
  });

  it.each(invalid.map((e) => [e.name, e] as const))("invalid/%s is refused with the expected code and path", (_name, example) => {
    const result = check(example);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ code: result.problem.code, path: result.problem.path }).toEqual({ code: example.expect.code, path: example.expect.path });
    expect(result.problem.message.length).toBeGreaterThan(10);
  });

  it("valid examples type-check as their generated TypeScript types (tsc)", async () => {
    const dir = await mkdtemp(join(ROOT, ".vitest-tmp-golden-"));
    try {
      const lines = [`import type * as T from "../generated/types.js";`];
      valid.forEach((e, i) => lines.push(`export const example${i}: T.${e.schemaName} = ${JSON.stringify(e.frame)}; // ${e.name}`));
      await writeFile(join(dir, "examples.ts"), `${lines.join("\n")}\n`);
      await writeFile(
        join(dir, "tsconfig.json"),
        JSON.stringify({ extends: "../tsconfig.json", compilerOptions: { noEmit: true }, include: ["examples.ts"] }),
      );
      const result = await run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")]).catch(
        (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
      );
      expect(result.stdout).toBe("");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // quicktype's Python model does not tell null from absent: to_dict drops null fields, so the
  // round trip is compared with nulls removed (a known limit, noted in the README).
  it("the generated Python types parse every valid example and write it back (nulls aside)", async () => {
    const script = `
import json, sys, re
sys.path.insert(0, ${JSON.stringify(join(ROOT, "generated/python"))})
import codex_api_frames as m
def without_nulls(v):
    if isinstance(v, dict):
        return {k: without_nulls(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [without_nulls(x) for x in v]
    return v
failures = []
for name, schema, frame in json.load(sys.stdin):
    fn = re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()
    try:
        parsed = getattr(m, fn + "_from_dict")(frame)
        back = getattr(m, fn + "_to_dict")(parsed)
        if without_nulls(back) != without_nulls(frame):
            failures.append(f"{name}: round trip changed it: {back!r}")
    except Exception as e:
        failures.append(f"{name}: {type(e).__name__}: {e}")
print(json.dumps({"failures": failures}))
`;
    const input = JSON.stringify(valid.map((e) => [e.name, e.schemaName, e.frame]));
    const child = execFile(PYTHON, ["-c", script]);
    child.stdin!.end(input);
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    let err = "";
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out).failures).toEqual([]);
  });
});
