// The demo client as a person uses it: the built client (compiled here with the build's tsconfig,
// started through its bin shim) in a real terminal (a tmux pane, a pty), against the real
// codex-api on loopback with the real engine; only the model is scripted. The test types keys and
// reads the screen with `tmux capture-pane`, polling it with a deadline.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Script } from "../../src/scripted-model/index.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
/** Every wait on the screen gives up after this. */
const DEADLINE_MS = 30_000;

// Messages that match no turn get the scripted model's built-in reply, "Done.".
const SCRIPT: Script = { turns: [{ match: "^never$", responses: [[{ type: "text", text: "Never." }]] }] };

let dir: string;
let client: string;
let server: TestServer;
let tmuxSocket: string;

beforeAll(async () => {
  // Inside the package (in the ignored .vitest-tmp/) so that the build finds node_modules.
  await mkdir(join(ROOT, ".vitest-tmp"), { recursive: true });
  dir = await mkdtemp(join(ROOT, ".vitest-tmp", "demo-client-tty-"));
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.build.json",
      compilerOptions: { outDir: "dist", rootDir: "../..", incremental: false, declaration: false, sourceMap: false },
      include: [],
      files: ["../../src/cli/demo-client.ts"],
    }),
  );
  await run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")], { cwd: ROOT, timeout: 60_000 });
  await run(process.execPath, [join(ROOT, "scripts/link-bins.mjs")], { cwd: dir, timeout: 10_000 });
  client = join(dir, "dist/cli/demo-client.js");
  // The harness gives the engine a temporary CODEX_HOME.
  server = await startTestServer(SCRIPT);
  // A tmux server of this test's own, without the user's configuration.
  tmuxSocket = join(dir, "tmux.sock");
  await writeFile(join(dir, "tmux.conf"), "set -g remain-on-exit on\nset -g history-limit 10000\n");
}, 120_000);

afterAll(async () => {
  if (tmuxSocket !== undefined) await tmux("kill-server").catch(() => undefined);
  await server?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function tmux(...args: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.TMUX;
  return run("tmux", ["-S", tmuxSocket, "-f", join(dir, "tmux.conf"), ...args], { env, timeout: 10_000 }).then((r) => r.stdout);
}

/** The client in a new 160×50 pane; `shell` is what follows the command (e.g. a redirection). */
async function startClient(name: string, env: Record<string, string> = {}, shell = ""): Promise<Pane> {
  const vars = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, TERM: "screen", NO_PROXY: "127.0.0.1,localhost", ...env };
  const status = join(dir, `${name}.status`);
  // The pane's shell writes the client's exit status (tmux's own record of it is not reliable here).
  const command =
    `env -i ${Object.entries(vars).map(([k, v]) => `${k}=${quote(v)}`).join(" ")} ${quote(process.execPath)} ${quote(client)} --url ${server.url}${shell}; ` +
    `echo $? > ${quote(status)}`;
  await tmux("new-session", "-d", "-s", name, "-x", "160", "-y", "50", command);
  return new Pane(name, status);
}

class Pane {
  constructor(
    readonly name: string,
    readonly statusFile: string,
  ) {}

  /** The whole pane, history included, wrapped lines joined; `escapes`: with colour attributes. */
  screen(escapes = false): Promise<string> {
    return tmux("capture-pane", "-p", "-J", ...(escapes ? ["-e"] : []), "-S", "-", "-t", this.name);
  }

  async waitFor(what: string | RegExp): Promise<string> {
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const screen = await this.screen();
      if (typeof what === "string" ? screen.includes(what) : what.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(String(what))} did not appear within ${DEADLINE_MS} ms; the screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Types `text` and Enter. */
  async type(text: string): Promise<void> {
    await tmux("send-keys", "-t", this.name, "-l", text);
    await tmux("send-keys", "-t", this.name, "Enter");
  }

  /** Ctrl-D, then the client's exit status once it has exited. */
  async quit(): Promise<number> {
    await tmux("send-keys", "-t", this.name, "C-d");
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const status = await readFile(this.statusFile, "utf8").catch(() => "");
      if (status.endsWith("\n")) return Number(status);
      if (Date.now() > deadline) throw new Error(`the client did not exit within ${DEADLINE_MS} ms; the screen:\n${await this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

describe("demo-client in a terminal, against codex-api", () => {
  it("with NO_COLOR set prints no colour on the terminal", async () => {
    const pane = await startClient("no-color", { NO_COLOR: "1" });
    await pane.waitFor("you> ");
    await pane.type("hello");
    await pane.waitFor(/— turn completed in [\d.]+ s/);
    expect(await pane.screen(true)).not.toMatch(/\x1b\[[0-9;]*m/);
    expect(await pane.quit()).toBe(0);
  });

  it("typed at a terminal with stdout piped to a file, writes neither colour nor cursor escapes into it", async () => {
    const out = join(dir, "piped.txt");
    const pane = await startClient("piped", {}, ` > ${quote(out)}`);
    // The questions go to the file: wait for them there.
    const deadline = Date.now() + DEADLINE_MS;
    const file = async (what: string) => {
      for (;;) {
        const text = await readFile(out, "utf8").catch(() => "");
        if (text.includes(what)) return text;
        if (Date.now() > deadline) throw new Error(`${JSON.stringify(what)} did not reach ${out} within ${DEADLINE_MS} ms; it holds:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await file("you> ");
    await pane.type("hello");
    await file("— turn completed");
    expect(await pane.quit()).toBe(0);
    const text = await readFile(out, "utf8");
    expect(text).toContain("Done.");
    expect(text).not.toContain("\x1b");
  });
});
