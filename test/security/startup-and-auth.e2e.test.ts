// Issue #9.5: a server that would be reachable without a token, or serve the token in the clear,
// refuses to start; two credentials in one request are refused; refused paths reveal nothing.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/settings.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const CLI = [process.execPath, "--import", "tsx", join(ROOT, "src/cli/server.ts")] as const;
const TOKEN = "startup-test-token-0123456789";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "codex-api-startup-"));
  await mkdir(join(dir, "workspace"));
  await writeFile(join(dir, "key.pem"), "not a key");
  await writeFile(join(dir, "cert.pem"), "not a cert");
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function refusal(args: string[], env: Record<string, string> = {}): Promise<string> {
  const failure = await run(CLI[0], [...CLI.slice(1), "--workspace", join(dir, "workspace"), ...args], {
    cwd: ROOT,
    env: { ...process.env, CODEX_API_TOKEN: "", ...env },
  }).then(
    () => ({ code: 0, stderr: "" }),
    (e: { code: number; stderr: string }) => e,
  );
  expect(failure.code).toBe(2);
  return failure.stderr;
}

describe("settings that would expose the server refuse to start", () => {
  it("a TLS key or certificate without --tls (the token would travel in the clear)", async () => {
    const stderr = await refusal(["--tls-key", join(dir, "key.pem"), "--tls-cert", join(dir, "cert.pem")]);
    expect(stderr).toContain("is set but TLS is off: add --tls / CODEX_API_USE_TLS");
  });

  it("a non-loopback --host without CODEX_API_TOKEN, saying why and what to do", async () => {
    const stderr = await refusal(["--host", "0.0.0.0"]);
    expect(stderr).toContain("--host / HOST=0.0.0.0 is reachable from other machines and CODEX_API_TOKEN is not set");
    expect(stderr).toContain("--insecure-no-auth");
  });

  it("unless the operator says so explicitly, or sets a token; loopback needs neither", () => {
    const workspace = join(dir, "workspace");
    expect(loadConfig(["--workspace", workspace, "--host", "0.0.0.0", "--insecure-no-auth"], {}).ok).toBe(true);
    expect(loadConfig(["--workspace", workspace, "--host", "::"], { CODEX_API_TOKEN: TOKEN }).ok).toBe(true);
    expect(loadConfig(["--workspace", workspace, "--host", "10.1.2.3"], { CODEX_API_INSECURE_NO_AUTH: "true" }).ok).toBe(true);
    for (const host of ["127.0.0.1", "::1", "localhost", "127.8.9.10"]) expect(loadConfig(["--workspace", workspace, "--host", host], {}).ok).toBe(true);
    expect(loadConfig(["--workspace", workspace, "--host", "::"], {}).ok).toBe(false);
  });

  it("codex-api's own settings cannot be handed to the engine", () => {
    const result = loadConfig(["--workspace", join(dir, "workspace"), "--engine-env", "GOPATH,CODEX_API_TOKEN"], {});
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining("CODEX_API_TOKEN is one of codex-api's own settings")] });
  });
});

describe("credentials", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ turns: [{ responses: [[{ type: "text", text: "Hi." }]] }] }, [], { env: { CODEX_API_TOKEN: TOKEN } });
  });
  afterAll(async () => server?.close());

  async function curlStatus(headers: string[]): Promise<string> {
    const args = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--http2-prior-knowledge", ...headers.flatMap((h) => ["-H", h]), `${server.url}/metrics`];
    return (await run("curl", args)).stdout;
  }

  it("two Authorization headers get 401, whichever comes first (curl sends both)", async () => {
    expect(await curlStatus([`authorization: Bearer ${TOKEN}`])).toBe("200");
    expect(await curlStatus([`authorization: Bearer ${TOKEN}`, "authorization: Bearer something-else-entirely"])).toBe("401");
    expect(await curlStatus(["authorization: Bearer something-else-entirely", `authorization: Bearer ${TOKEN}`])).toBe("401");
    expect(await curlStatus([`authorization: Bearer ${TOKEN}`, `authorization: Bearer ${TOKEN}`])).toBe("401");
  });
});

describe("refused paths", () => {
  it("read the same whether the path is missing, escapes through a symlink, or is a file", async () => {
    const { applyOverrides } = await import("../../src/core/session-settings.js");
    const root = join(dir, "workspace");
    await mkdir(join(root, "sub"), { recursive: true });
    await writeFile(join(root, "file.txt"), "x");
    await symlink("/etc", join(root, "to-etc"));
    await symlink("/no/such/place", join(root, "dangling"));
    const policy = { allowedRoots: [root], allowedSandboxes: ["workspace-write" as const], allowedApprovalPolicies: ["on-request" as const] };
    const base = { cwd: root, approvalPolicy: "on-request" as const, sandbox: "workspace-write" as const };
    const messages: string[] = [];
    for (const cwd of ["missing", "to-etc", "dangling", "file.txt", "../.."]) {
      const result = await applyOverrides(base, { cwd }, policy);
      expect(result).toMatchObject({ ok: false, code: "path_not_allowed" });
      messages.push(result.ok ? "" : result.message.replace(cwd, "<path>"));
    }
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).not.toMatch(/\/etc|\/no\/such|does not exist|resolves to/);
  });
});
