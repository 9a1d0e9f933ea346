// The `codex-api` command as an operator runs it: settings errors say what to fix; SIGTERM shuts
// down cleanly (exit 0, the engine gone).
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const CLI = [process.execPath, "--import", "tsx", join(ROOT, "src/cli/server.ts")] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "codex-api-cli-"));
  await mkdir(join(dir, "workspace"));
  await mkdir(join(dir, "home"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("codex-api command", () => {
  it("refuses bad settings with every problem and exit code 2", async () => {
    const failure = await run(CLI[0], [...CLI.slice(1), "--port", "99999", "--workspace", "/no/such/dir", "--tls"], { cwd: ROOT, env: { ...process.env, CODEX_API_TOKEN: "short" } }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in failure && failure.code).toBe(2);
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain("--port / PORT=99999 must be an integer from 0 to 65535");
    expect(stderr).toContain("/no/such/dir does not exist");
    expect(stderr).toContain("--tls-key / CODEX_API_TLS_KEY_PATH is not set");
    expect(stderr).toContain("CODEX_API_TOKEN must be at least 16 characters");
  });

  it("prints the version from package.json with --version or -V", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const { stdout } = await run(CLI[0], [...CLI.slice(1), flag], { cwd: ROOT });
      expect(stdout).toBe(`${version}\n`);
    }
  });

  it("serves until SIGTERM, then exits 0 and its engine is gone", async () => {
    const child = spawn(
      CLI[0],
      [...CLI.slice(1), "--port", "0", "--workspace", join(dir, "workspace"), "--codex-home", join(dir, "home"), "--scripted-model", join(ROOT, "examples/scripts/demo.json")],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const url = await waitFor(() => /listening on (\S+)/.exec(stderr)?.[1], 30_000);
    const session = http2.connect(url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = session.request({ ":path": "/readyz" });
      req.on("response", (h) => resolve(Number(h[":status"])));
      req.on("error", reject);
      req.end();
    });
    session.close();
    expect(status).toBe(200);
    const engines = childrenOf(child.pid!);
    expect(engines.length).toBeGreaterThan(0);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGTERM: shutting down");
    for (const pid of engines) expect(existsSync(`/proc/${pid}`) && !isZombie(pid)).toBe(false);
  });
});

describe("Ctrl-C in a terminal", () => {
  it("SIGINT to the whole process group shuts down once, in order: the engine is not hit at the same time", async () => {
    const child = spawn(
      CLI[0],
      [...CLI.slice(1), "--port", "0", "--workspace", join(dir, "workspace"), "--codex-home", join(dir, "home"), "--scripted-model", join(ROOT, "examples/scripts/demo.json"), "--log-level", "info"],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], detached: true },
    );
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await waitFor(() => (stderr.includes("listening on") ? true : undefined), 30_000);
    process.kill(-child.pid!, "SIGINT");
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGINT: shutting down");
    expect(stderr).not.toContain("restarting codex app-server");
  });
});

function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  return readFileSync(`${tasks}/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

function isZombie(pid: number): boolean {
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return true;
  }
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
