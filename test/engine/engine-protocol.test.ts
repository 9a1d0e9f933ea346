// The hand-written experimental types of src/engine/engine-protocol.ts against what the pinned
// engine generates with --experimental (generated/engine is generated without it).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveCodexBinary } from "../../src/engine/codex-binary.js";

const run = promisify(execFile);
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "codex-experimental-ts-"));
  const home = join(out, "home");
  await run(resolveCodexBinary().path, ["app-server", "generate-ts", "--experimental", "--out", join(out, "ts")], {
    env: { CODEX_HOME: home, RUST_LOG: "off", PATH: process.env.PATH ?? "" },
    timeout: 30_000,
  });
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** The `name: type` fields of a generated object type, doc comments removed. */
async function fields(name: string): Promise<Record<string, string>> {
  const text = (await readFile(join(out, "ts", "v2", `${name}.ts`), "utf8")).replace(/\/\*\*[\s\S]*?\*\//g, "");
  const body = /export type \w+ = \{([\s\S]*)\};/.exec(text)?.[1] ?? "";
  return Object.fromEntries(
    body
      .split(",")
      .map((field) => field.trim())
      .filter((field) => field !== "")
      .map((field) => field.split(/:\s*/, 2) as [string, string]),
  );
}

describe("experimental engine methods codex-api uses", () => {
  it("thread/backgroundTerminals/list and terminate are still in the client requests", async () => {
    const requests = await readFile(join(out, "ts", "ClientRequest.ts"), "utf8");
    expect(requests).toContain('"method": "thread/backgroundTerminals/list", id: RequestId, params: ThreadBackgroundTerminalsListParams');
    expect(requests).toContain('"method": "thread/backgroundTerminals/terminate", id: RequestId, params: ThreadBackgroundTerminalsTerminateParams');
  });

  it("have the shapes engine-protocol.ts mirrors", async () => {
    expect(await fields("ThreadBackgroundTerminalsListParams")).toEqual({ threadId: "string", "cursor?": "string | null", "limit?": "number | null" });
    expect(await fields("ThreadBackgroundTerminalsListResponse")).toEqual({ data: "Array<ThreadBackgroundTerminal>", nextCursor: "string | null" });
    expect(await fields("ThreadBackgroundTerminalsTerminateParams")).toEqual({ threadId: "string", processId: "string" });
    expect(await fields("ThreadBackgroundTerminalsTerminateResponse")).toEqual({ terminated: "boolean" });
    // rssKb is a u64 (bigint in ts-rs); on the wire it is a JSON number, as mirrored.
    expect(await fields("ThreadBackgroundTerminal")).toEqual({
      itemId: "string",
      processId: "string",
      command: "string",
      cwd: "LegacyAppPathString",
      osPid: "number | null",
      cpuPercent: "number | null",
      rssKb: "bigint | null",
    });
  });
});
