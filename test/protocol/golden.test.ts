import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkClientFrame, checkServerFrame } from "../../src/protocol/index.js";
import { invalidExamples, validExamples, type GoldenExample } from "../support/golden.js";
import { runPython } from "../support/python.js";

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
    for (const name of ["OpenSessionFrame", "UserMessageFrame", "ApproveFrame", "AnswerFrame", "CancelFrame", "ClientHeartbeatFrame", "ReviewFrame", "CompactFrame", "ForkSessionFrame", "RollbackFrame"]) {
      expect(seen).toContain(`client:${name}`);
    }
    for (const name of ["SessionFrame", "ItemFrame", "CommandPromptFrame", "QuestionPromptFrame", "StatusFrame", "UsageFrame", "ErrorFrame", "ServerHeartbeatFrame", "TerminateFrame", "SessionForkedFrame", "RolledBackFrame"]) {
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

  // The Python types (clients/python/codex_api_client/protocol) tell null from absent, so the
  // round trip is exact: a required null is written back, an absent field stays absent.
  it("the generated Python types parse every valid example and write it back exactly", async () => {
    const script = `
import json, sys
from codex_api_client.protocol import UnknownFrame, decode_client_frame, decode_server_frame
failures = []
for name, direction, frame in json.load(sys.stdin):
    try:
        parsed = (decode_client_frame if direction == "client" else decode_server_frame)(frame)
        back = parsed.to_dict()
        if isinstance(parsed, UnknownFrame) or back != frame:
            failures.append(f"{name}: round trip changed it: {back!r}")
    except Exception as e:
        failures.append(f"{name}: {type(e).__name__}: {e}")
print(json.dumps({"failures": failures}))
`;
    const input = JSON.stringify(valid.map((e) => [e.name, e.direction, e.frame]));
    const { code, stdout, stderr } = await runPython(["-c", script], { input });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).failures).toEqual([]);
  });
});
