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
import { resolveCodexBinary } from "../../src/engine/codex-binary.js";

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
    // A quiet start: the engine's harmless start notices (bubblewrap, PATH aliases under /tmp)
    // stay out of the default log level; only what the operator needs is printed.
    expect(stderr.trim().split("\n")).toStrictEqual([
      expect.stringMatching(/^codex-api listening on http:\/\/127\.0\.0\.1:\d+ /),
      expect.stringMatching(/^codex-api: the engine reaches the model through the scripted model at http:\/\/127\.0\.0\.1:\d+\/v1 \(no credentials\), playing .*demo\.json$/),
    ]);
    const engines = childrenOf(child.pid!);
    expect(engines.length).toBeGreaterThan(0);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGTERM: shutting down");
    for (const pid of engines) expect(existsSync(`/proc/${pid}`) && !isZombie(pid)).toBe(false);
  });
});

describe("--log-format json", () => {
  it("writes only JSON lines on stderr, the start and stop lines included", async () => {
    const child = spawn(
      CLI[0],
      [...CLI.slice(1), "--port", "0", "--log-format", "json", "--log-level", "info", "--workspace", join(dir, "workspace"), "--codex-home", join(dir, "home"), "--scripted-model", join(ROOT, "examples/scripts/demo.json")],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // The command's own last start line (the engine's log says "reaches the model" too, without "playing").
    await waitFor(() => (/reaches the model[^\n]*, playing/.test(stderr) ? true : undefined), 30_000);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const entries = stderr.trim().split("\n").map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(entries.map((e) => e.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^codex-api listening on http:/), expect.stringMatching(/^SIGTERM: shutting down/)]));
  });
});

describe("what the engine will use to reach the model, said at start", () => {
  /** Starts the command with only `env` (no scripted model), returns its stderr once it listens, then stops it. */
  async function startupLines(home: string, env: Record<string, string>): Promise<string[]> {
    const child = spawn(CLI[0], [...CLI.slice(1), "--port", "0", "--workspace", join(dir, "workspace"), "--codex-home", home], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { PATH: process.env.PATH ?? "", HOME: dir, ...env },
    });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await waitFor(() => (/reaches the model|WARNING/.test(stderr) ? true : undefined), 30_000);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    return stderr.trim().split("\n").slice(0, 2);
  }

  it("warns loudly when there is none: no login, no OPENAI_API_KEY, no provider", async () => {
    const home = join(dir, "empty-home");
    await mkdir(home);
    const [, warning] = await startupLines(home, {});
    expect(warning).toBe(
      `codex-api: WARNING: no credentials: ${home}/auth.json does not exist, OPENAI_API_KEY is not set and ${home}/config.toml chooses no provider, so every turn will fail. ` +
        `Run \`CODEX_HOME=${home} ${resolveCodexBinary().path} login\` (the engine codex-api runs), set OPENAI_API_KEY, or start with --scripted-model to try it offline`,
    );
  });

  it("names OPENAI_API_KEY when that is what the engine will use", async () => {
    const home = join(dir, "key-home");
    await mkdir(home);
    const [, access] = await startupLines(home, { OPENAI_API_KEY: "sk-test-not-a-real-key" });
    expect(access).toBe("codex-api: the engine reaches the model through OPENAI_API_KEY from codex-api's environment, at https://api.openai.com/v1");
  });
});

describe("--health-port", () => {
  it("prints the health port's address after the main one; probes there speak HTTP/1.1", async () => {
    const child = spawn(
      CLI[0],
      [...CLI.slice(1), "--port", "0", "--health-port", "0", "--workspace", join(dir, "workspace"), "--codex-home", join(dir, "home"), "--scripted-model", join(ROOT, "examples/scripts/demo.json")],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const healthUrl = await waitFor(() => /health port listening on (\S+) \(HTTP\/1\.1\)/.exec(stderr)?.[1], 30_000);
    const lines = stderr.trim().split("\n");
    expect(lines.slice(0, 2)).toStrictEqual([
      expect.stringMatching(/^codex-api listening on http:\/\/127\.0\.0\.1:\d+ /),
      `codex-api health port listening on ${healthUrl} (HTTP/1.1); GET /healthz, /readyz, /metrics`,
    ]);
    expect(healthUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(healthUrl).not.toBe(/listening on (\S+)/.exec(lines[0]!)?.[1]);
    const { stdout } = await run("curl", ["-sS", "--http1.1", "-w", "\n%{http_code}", `${healthUrl}/readyz`]);
    expect(stdout).toBe('{"ready":true,"engine":"ready"}\n\n200');
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});

describe("Ctrl-C in a terminal", () => {
  it("SIGINT to the whole process group shuts down once, in order: the engine is not hit at the same time", async () => {
    const child = spawn(
      CLI[0],
      [...CLI.slice(1), "--port", "0", "--workspace", join(dir, "workspace"), "--codex-home", join(dir, "home"), "--scripted-model", join(ROOT, "examples/scripts/demo.json"), "--log-level", "info", "--log-format", "pretty"],
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
    // --log-format pretty into a pipe: one readable line per entry, no colour.
    const entries = stderr.trim().split("\n").filter((line) => !line.startsWith("codex-api"));
    expect(entries.length).toBeGreaterThan(0);
    for (const line of entries) expect(line).toMatch(/^\d\d:\d\d:\d\d\.\d{3} (INFO |WARN |ERROR|FATAL|DEBUG|TRACE) \S/);
    expect(stderr).toMatch(/ INFO  scripted model started url=http:\/\/127\.0\.0\.1:\d+\/v1 script=\/\S+demo\.json$/m);
    expect(stderr).not.toContain("\x1b");
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
