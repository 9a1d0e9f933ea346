// The README's examples are files under examples/, included verbatim (scripts/render-readme.ts),
// and run here against a real server with the scripted model: what a reader copies works.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { loadScript } from "../../src/scripted-model/index.js";
import { includedFiles, README, renderReadme, ROOT } from "../../scripts/render-readme.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const DEMO_SCRIPT = join(ROOT, "examples/scripts/demo.json");

/** Runs a command to its end (bounded), with its output, never throwing on a non-zero exit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, env, timeout: timeoutMs, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : null, stdout, stderr });
    });
  });
}

const frames = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as ServerFrame);

describe("the README", () => {
  it("includes every example as it is on disk (npm run docs rewrites it)", () => {
    const readme = readFileSync(README, "utf8");
    expect(renderReadme(readme)).toBe(readme);
    // The client-library example runs against the packed package (scripts/ci/packed-install.sh).
    expect(includedFiles(readme)).toEqual(expect.arrayContaining(["examples/curl-approve.sh", "examples/tls-token.sh", "examples/client-library.mjs"]));
  });
});

describe("examples/curl-approve.sh: full-duplex curl", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await loadScript(DEMO_SCRIPT), ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => server?.close());

  it("answers each prompt while the turn runs (allow: the patch is applied) and exits 0 when the turn completed", async () => {
    const result = await run("bash", ["examples/curl-approve.sh", server.url, "show me around", "allow"], { PATH: process.env.PATH });
    expect(result.stderr).not.toMatch(/curl: \(/);
    expect(result.code).toBe(0);
    const received = frames(result.stdout);
    const prompts = received.filter((f) => f.type === "command_prompt");
    expect(prompts.length).toBe(2);
    expect(result.stderr.match(/^# answering \S+: allow$/gm)).toHaveLength(2);
    expect(received.at(-1)).toMatchObject({ type: "status", state: "completed" });
    expect(existsSync(join(server.workspace, "codex-demo-notes.md"))).toBe(true);
  });

  it("says why when curl cannot reach the server, instead of failing on its own plumbing", async () => {
    const result = await run("bash", ["examples/curl-approve.sh", "http://127.0.0.1:9", "hello"], { PATH: process.env.PATH });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/curl: \(7\)/);
    expect(result.stderr).not.toMatch(/ambiguous redirect|bad file descriptor/i);
  });

  it("denies when asked to: the patch is not applied, the turn still completes", async () => {
    await rm(join(server.workspace, "codex-demo-notes.md"), { force: true });
    const result = await run("bash", ["examples/curl-approve.sh", server.url, "show me around", "deny"], { PATH: process.env.PATH });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/^# answering \S+: deny$/gm)).toHaveLength(2);
    expect(existsSync(join(server.workspace, "codex-demo-notes.md"))).toBe(false);
  });
});

describe("examples/tls-token.sh: TLS and a token", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "codex-api-tls-example-"));
    // The example runs the installed commands; here they are the sources, through tsx.
    const bin = join(dir, "bin");
    await mkdir(bin);
    for (const [name, entry] of [["codex-api", "src/cli/server.ts"], ["codex-api-demo-client", "src/cli/demo-client.ts"]] as const) {
      await writeFile(join(bin, name), `#!/bin/sh\nexec "${process.execPath}" --import tsx "${join(ROOT, entry)}" "$@"\n`);
      await chmod(join(bin, name), 0o755);
    }
    await mkdir(join(dir, "workspace"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("serves h2 over TLS with a token and runs one turn with the demo client (exit 0)", async () => {
    const result = await run("bash", ["examples/tls-token.sh", join(dir, "workspace"), "show me around"], {
      PATH: `${join(dir, "bin")}:${process.env.PATH}`,
      HOME: dir,
      CODEX_API_SCRIPTED_MODEL: DEMO_SCRIPT,
      NO_COLOR: "1",
    });
    expect(result.stderr).toMatch(/^# https:\/\/127\.0\.0\.1:\d+ \(TLS, token required\)$/m);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/turn completed/);
    expect(existsSync(join(dir, "workspace", "codex-demo-notes.md"))).toBe(true);
  });
});
