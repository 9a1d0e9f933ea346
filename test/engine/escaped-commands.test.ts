import { describe, expect, it } from "vitest";
import { escapedProcesses, readProcesses, sandboxKey, sandboxedCommands, type ProcessInfo } from "../../src/engine/escaped-commands.js";

const ENGINE = 7295;
const CWD = "/tmp/ws";
const COMMAND = ["/bin/bash", "-c", "sleep 30.72"];
// The three stages of a sandboxed `sleep 30.72` as /proc showed them (policy JSON shortened).
const sandboxArgs = ["--sandbox-policy-cwd", CWD, "--command-cwd", CWD, "--permission-profile", '{"type":"managed"}'];
const engine: ProcessInfo = { pid: ENGINE, ppid: 1, zombie: false, argv: ["codex", "app-server", "-c", "features.plugins=false"] };
const outer: ProcessInfo = { pid: 7355, ppid: ENGINE, zombie: false, argv: ["codex-linux-sandbox", ...sandboxArgs, "--", ...COMMAND] };
const bwrap: ProcessInfo = {
  pid: 7358,
  ppid: 7355,
  zombie: false,
  argv: ["bwrap", "--as-pid-1", "--new-session", "--die-with-parent", "--unshare-pid", "--argv0", "codex-linux-sandbox", "--", "/x/codex", ...sandboxArgs, "--apply-seccomp-then-exec", "--", ...COMMAND],
};
const inner: ProcessInfo = { pid: 7359, ppid: 7358, zombie: false, argv: ["codex-linux-sandbox", ...sandboxArgs, "--apply-seccomp-then-exec", "--", ...COMMAND] };
const sleep: ProcessInfo = { pid: 7360, ppid: 7359, zombie: false, argv: ["sleep", "30.72"] };
const running = [engine, outer, bwrap, inner, sleep];

describe("sandboxKey", () => {
  it("is the same for all three stages of a command, and null for other processes", () => {
    const key = JSON.stringify([CWD, ...COMMAND]);
    expect([outer, bwrap, inner].map((p) => sandboxKey(p.argv))).toEqual([key, key, key]);
    expect(sandboxKey(sleep.argv)).toBeNull();
    expect(sandboxKey(engine.argv)).toBeNull();
    expect(sandboxKey(["codex-linux-sandbox", "--command-cwd"])).toBeNull();
  });
});

describe("sandboxedCommands", () => {
  it("lists the commands running under the engine only", () => {
    const elsewhere: ProcessInfo = { ...inner, pid: 9001, ppid: 1, argv: ["codex-linux-sandbox", "--command-cwd", "/other", "--", "true"] };
    expect(sandboxedCommands([...running, elsewhere], ENGINE)).toEqual(new Set([JSON.stringify([CWD, ...COMMAND])]));
  });
});

describe("escapedProcesses", () => {
  const noted = sandboxedCommands(running, ENGINE);

  it("leaves a command the engine still manages alone", () => {
    expect(escapedProcesses(running, ENGINE, noted)).toEqual([]);
  });

  it("finds the inner stage that outlived bwrap, with its command (as reproduced)", () => {
    const orphan = { ...inner, ppid: 1 };
    expect(escapedProcesses([engine, orphan, sleep], ENGINE, noted).sort()).toEqual([7359, 7360]);
  });

  it("treats a chain through a dead (zombie) stage as broken", () => {
    expect(escapedProcesses([engine, { ...outer, zombie: true }, bwrap, inner, sleep], ENGINE, noted).sort()).toEqual([7358, 7359, 7360]);
  });

  it("ignores commands that were not noted, and processes already dead", () => {
    const orphan = { ...inner, ppid: 1 };
    expect(escapedProcesses([engine, orphan, sleep], ENGINE, new Set([JSON.stringify([CWD, "/bin/bash", "-c", "sleep 31"])]))).toEqual([]);
    expect(escapedProcesses([engine, { ...orphan, zombie: true }], ENGINE, noted)).toEqual([]);
  });
});

describe("readProcesses", () => {
  it.runIf(process.platform === "linux")("reads this process from /proc", async () => {
    const self = (await readProcesses()).find((p) => p.pid === process.pid);
    expect(self).toMatchObject({ ppid: process.ppid, zombie: false });
    expect(self?.argv.length).toBeGreaterThan(0);
  });
});
