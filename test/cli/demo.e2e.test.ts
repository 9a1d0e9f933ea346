// `npm run demo` as a user runs it, with its output piped (`npm run demo | less`): the real server,
// engine and client on loopback, the scripted model; nothing but text reaches the pipe.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

describe("the demo (src/cli/demo.ts)", () => {
  it("runs the whole turn, and writes no colour or cursor escapes when stdout is a pipe", async () => {
    // demo.ts plays a script, so codex-api gives the engine a private temporary CODEX_HOME.
    const { stdout } = await run(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/demo.ts")], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NO_PROXY: "127.0.0.1,localhost" },
      timeout: 60_000,
    });
    expect(stdout).toContain("codex-api demo — offline");
    expect(stdout).toContain("That's the demo.");
    expect(stdout).toContain("demo finished: the turn completed.");
    expect(stdout).not.toContain("\x1b");
  });
});
