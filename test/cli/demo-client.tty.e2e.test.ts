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
const APPROVAL_TIMEOUT_MS = 3_000;
/** Every wait on the screen gives up after this. */
const DEADLINE_MS = 30_000;

const TICKS = "for i in 1 2 3 4; do echo tick $i; sleep 1; done";
const SCRIPT: Script = {
  turns: [
    {
      // After the prompt is resolved the model is silent for a while: the turn is still running.
      match: "^count slowly",
      responses: [
        [{ type: "text", text: "Counting." }, { type: "exec", command: TICKS, escalate: true, justification: "count to four" }],
        [{ type: "delay", ms: 4_000 }, { type: "text", text: "Finished counting." }],
      ],
    },
    { match: "^check the README", responses: [[{ type: "text", text: "Review: the README looks fine." }]] },
    // Streams for ~5 s: long enough to type a line while it runs.
    { match: "^steer me", responses: [[{ type: "text", text: "working on it ".repeat(25), chunkChars: 4, delayMs: 60 }]] },
    { match: "^steered:", responses: [{ events: [{ type: "text", text: "Steered as asked." }], usage: { input_tokens: 25_840, output_tokens: 5 } }] },
    {
      match: "^ask me",
      responses: [
        [
          {
            type: "call",
            name: "request_user_input",
            arguments: {
              questions: [
                {
                  id: "colour",
                  header: "Colour",
                  question: "Which colour should the button be?",
                  options: [
                    { label: "Red", description: "warm" },
                    { label: "Blue", description: "cool" },
                  ],
                },
              ],
            },
          },
        ],
        [{ type: "text", text: "Blue it is." }],
      ],
    },
    {
      match: "^count",
      responses: [
        [{ type: "text", text: "Counting." }, { type: "exec", command: TICKS, escalate: true, justification: "count to four" }],
        [{ type: "text", text: "Finished counting." }],
      ],
    },
  ],
};
const QUESTION = "[a]llow / allow for [s]ession / [d]eny / s[t]op?";
const TIMED_OUT = `the approval prompt timed out (no answer within ${APPROVAL_TIMEOUT_MS / 1000} s): the command was denied`;
const LATE = '"a" was not sent: the prompt had already timed out and was denied';

let dir: string;
let client: string;
let server: TestServer;
let tmuxSocket: string;

beforeAll(async () => {
  await run("tmux", ["-V"], { timeout: 10_000 }).catch((error: Error) => {
    throw new Error(`these tests drive the client in a tmux pane; install tmux (apt-get install tmux): ${error.message}`);
  });
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
  // untrusted: every command asks. The harness gives the engine a temporary CODEX_HOME.
  server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted", "--approval-timeout-ms", String(APPROVAL_TIMEOUT_MS)]);
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

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("demo-client in a terminal, against codex-api with a short approval timeout", () => {
  it("takes an unanswered question off the screen when the prompt times out, says it was denied, and does not send a late answer", async () => {
    const pane = await startClient("timeout-running");
    await pane.waitFor("you> ");
    const requestsBefore = server.api.scriptedModel!.requestCount;
    await pane.type("count slowly");
    await pane.waitFor(QUESTION);
    // Nobody answers: the server denies the prompt after the timeout.
    let screen = await pane.waitFor(TIMED_OUT);
    expect(screen).not.toContain(QUESTION);
    expect(screen).toContain("(not run: declined)");
    // The model is silent for a while now: the client shows that the turn is still running...
    screen = await pane.waitFor(/… working \d+s/);
    // ...and an answer typed now is too late: said so, not sent.
    await pane.type("a");
    screen = await pane.waitFor(LATE);
    screen = await pane.waitFor(/— turn completed in [\d.]+ s/);
    expect(screen).toContain("Finished counting.");
    // The working line was taken down when output resumed.
    expect(screen).not.toContain("… working");
    expect(screen).not.toContain("tick 1");
    // Sent, the answer would have got an error (command_already_resolved), or started a turn.
    expect(screen).not.toContain("error (");
    expect(count(screen, "— turn")).toBe(1);
    expect(await pane.quit()).toBe(0);
    // The turn's two model requests (the command, then after the denial), and nothing more.
    expect(server.api.scriptedModel!.requestCount - requestsBefore).toBe(2);
  });

  it("drops an answer typed but not entered when the prompt times out, and does not send a late one as a message once the turn has ended", async () => {
    const pane = await startClient("timeout-ended");
    await pane.waitFor("you> ");
    const requestsBefore = server.api.scriptedModel!.requestCount;
    await pane.type("count");
    await pane.waitFor(QUESTION);
    // "a" typed, Enter not yet pressed: when the prompt times out it is dropped, and said so.
    await tmux("send-keys", "-t", pane.name, "-l", "a");
    await pane.waitFor(`${QUESTION} a`);
    let screen = await pane.waitFor(`${TIMED_OUT}\n${LATE}\n`);
    expect(screen).not.toContain(QUESTION);
    screen = await pane.waitFor(/— turn completed in [\d.]+ s[^\n]*\nyou> /);
    // At the next message's prompt, an answer is still caught rather than sent as a message.
    await pane.type("a");
    screen = await pane.waitFor(`${LATE}\nyou> `);
    expect(count(screen, LATE)).toBe(2);
    expect(await pane.quit()).toBe(0);
    screen = await pane.screen();
    expect(count(screen, "— turn")).toBe(1);
    expect(server.api.scriptedModel!.requestCount - requestsBefore).toBe(2);
  });

  it("approved: prints the command once, and all of its output once, the line only the completed item carried included; in colour", async () => {
    const pane = await startClient("approved");
    await pane.waitFor("you> ");
    await pane.type("count");
    await pane.waitFor(QUESTION);
    await pane.type("a");
    const screen = await pane.waitFor(/— turn completed in [\d.]+ s/);
    const commandLine = `$ /bin/bash -c '${TICKS}'`;
    expect(count(screen, commandLine)).toBe(1);
    expect(screen).toContain(`${commandLine}\napproval needed: the agent wants to run the command above\n`);
    for (const n of [1, 2, 3, 4]) expect(count(screen, `    tick ${n}\n`)).toBe(1);
    expect(screen).toMatch(/\(exit 0, [\d.]+ s\)\nFinished counting\./);
    // stdout is a terminal and NO_COLOR is not set.
    expect(await pane.screen(true)).toMatch(/\x1b\[[0-9;]*m/);
    expect(await pane.quit()).toBe(0);
  });

  it("/review, /fork, /rollback, /compact and /help at the prompt; an unknown command is not sent to the agent", async () => {
    const pane = await startClient("slash", { NO_COLOR: "1" });
    await pane.waitFor("you> ");
    await pane.type("hello");
    await pane.waitFor(/— turn completed in [\d.]+ s/);
    await pane.type("/review check the README");
    let screen = await pane.waitFor(/you> \/review check the README\n[\s\S]*Review: the README looks fine\.\n— turn completed in [\d.]+ s/);
    await pane.type("/fork");
    screen = await pane.waitFor(/continue the fork with: codex-api-demo-client --url \S+ --session \S+/);
    expect(screen).toMatch(/forked through turn \S+ \(2 turns\) into session \S+/);
    await pane.type("/rollback");
    screen = await pane.waitFor("files the agent changed on disk are NOT reverted");
    expect(screen).toMatch(/rolled back 1 turn \(\S+\): the agent no longer sees it/);
    await pane.type("/compact");
    await pane.waitFor(/contextCompaction[\s\S]*— turn completed in [\d.]+ s/);
    await pane.type("/frobnicate");
    await pane.waitFor("unknown command /frobnicate; /help lists them");
    await pane.type("/help");
    await pane.waitFor("/rollback [N | TURN]");
    expect(server.api.scriptedModel!.requests.some((r) => r.userText?.includes("frobnicate"))).toBe(false);
    expect(await pane.quit()).toBe(0);
  });

  it("a line typed while the turn runs is added to it (steering); the turn's end shows how full the context is", async () => {
    const pane = await startClient("steer");
    await pane.waitFor("you> ");
    await pane.type("steer me");
    await pane.waitFor("working on it working");
    await pane.type("steered: also this");
    let screen = await pane.waitFor("→ adding to the running turn: steered: also this");
    screen = await pane.waitFor(/— turn completed in [\d.]+ s, \d+ tokens, context 10% full/);
    expect(screen).toContain("↳ the agent got: steered: also this");
    expect(screen).toContain("Steered as asked.");
    // One turn, and the typed line did not wait to become the next prompt.
    expect(count(screen, "— turn")).toBe(1);
    expect(screen).not.toContain("you> steered");
    expect(screen).not.toContain("error (");
    expect(await pane.quit()).toBe(0);
  });

  it("the agent's question: shows the options, a number picks one, and the answer reaches the model", async () => {
    const pane = await startClient("question");
    await pane.waitFor("you> ");
    await pane.type("ask me something");
    const screen = await pane.waitFor("1-2 or your own answer> ");
    expect(screen).toContain("the agent asks you a question\n");
    expect(screen).toContain("  Colour: Which colour should the button be?\n    1. Red — warm\n    2. Blue — cool\n");
    await pane.type("2");
    await pane.waitFor(/— turn completed in [\d.]+ s/);
    const asked = server.api.scriptedModel!.requests.find((r) => r.userText === "ask me something" && r.response === 1);
    const input = (asked?.body as { input?: { type: string; output?: unknown }[] } | undefined)?.input ?? [];
    expect(input.find((i) => i.type === "function_call_output")?.output).toBe('{"answers":{"colour":{"answers":["Blue"]}}}');
    expect(await pane.quit()).toBe(0);
  });

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
