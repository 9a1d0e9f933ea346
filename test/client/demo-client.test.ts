import { execFile } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { FramePrinter, makeStyle, parseDemoArgs, type DemoArgs } from "../../src/cli/demo-client.js";
import { colorWanted, unshown } from "../../src/cli/demo/frame-printer.js";
import { elapsed, WorkingLine } from "../../src/cli/demo/working-line.js";

const DEMO_CLIENT = join(import.meta.dirname, "../../src/cli/demo-client.ts");

const defaults: DemoArgs = {
  url: "http://127.0.0.1:8080",
  framing: "ndjson",
  caPath: undefined,
  token: undefined,
  yes: false,
  nonInteractive: false,
  sessionId: undefined,
  prompt: undefined,
};

describe("parseDemoArgs", () => {
  it.each<[string[], Partial<DemoArgs>]>([
    [[], {}],
    [["--session", "s-1"], { sessionId: "s-1" }],
    [["hello"], { prompt: "hello" }],
    [["--session", "s-1", "next"], { sessionId: "s-1", prompt: "next" }],
    [["fix the failing test"], { prompt: "fix the failing test" }],
    [["s-1", "next prompt"], { sessionId: "s-1", prompt: "next prompt" }],
    [["-", "hello"], { prompt: "hello" }],
    [["--framing", "lp", "--yes", "--non-interactive", "-", "go"], { framing: "length-prefixed", yes: true, nonInteractive: true, prompt: "go" }],
    [["--framing", "length-prefixed"], { framing: "length-prefixed" }],
    [["--url", "https://codex.internal:8443", "--ca", "ca.pem", "--token", "t0k"], { url: "https://codex.internal:8443", caPath: "ca.pem", token: "t0k" }],
  ])("reads %j", (argv, expected) => {
    expect(parseDemoArgs(argv, {})).toStrictEqual({ kind: "run", args: { ...defaults, ...expected } });
  });

  it("takes the URL and token from CODEX_API_URL and CODEX_API_TOKEN; flags win", () => {
    const env = { CODEX_API_URL: "http://10.0.0.2:9000", CODEX_API_TOKEN: "from-env" };
    expect(parseDemoArgs([], env)).toMatchObject({ args: { url: "http://10.0.0.2:9000", token: "from-env" } });
    expect(parseDemoArgs(["--url", "http://h:1", "--token", "flag"], env)).toMatchObject({ args: { url: "http://h:1", token: "flag" } });
    expect(parseDemoArgs([], { CODEX_API_URL: "", CODEX_API_TOKEN: "" })).toMatchObject({ args: { url: defaults.url, token: undefined } });
  });

  it.each([
    [["--help"], { kind: "help" }],
    [["-h", "s-1"], { kind: "help" }],
  ])("asks for help with %j", (argv, expected) => {
    expect(parseDemoArgs(argv, {})).toStrictEqual(expected);
  });

  it.each([[["--version"]], [["-V", "s-1", "a prompt"]]])("asks for the version with %j", (argv) => {
    expect(parseDemoArgs(argv, {})).toStrictEqual({ kind: "version" });
  });

  it.each([
    [["--bogus"], "unknown option --bogus"],
    [["--yse"], "unknown option --yse; did you mean --yes?"],
    [["--sesion", "x"], "unknown option --sesion; did you mean --session?"],
    [["--url"], "--url needs a value"],
    [["--session", " "], "--session needs a session id"],
    [["--framing", "json"], "--framing must be ndjson or lp, got json"],
    [["--url", "127.0.0.1:8080"], "--url 127.0.0.1:8080 is not an http:// or https:// URL"],
    [["a", "b", "c"], "expected one prompt, got 3 arguments; quote the prompt"],
    [["--session", "s-1", "a", "b"], "expected one prompt, got 2 arguments; quote the prompt"],
    [["s-1", "  "], "the prompt is empty"],
    [["--non-interactive"], "--non-interactive needs a prompt argument"],
    [["--non-interactive", "--session", "s-1"], "--non-interactive needs a prompt argument"],
  ])("refuses %j with a message that says what is wrong", (argv, message) => {
    const parsed = parseDemoArgs(argv, {});
    expect(parsed.kind).toBe("usage_error");
    expect(parsed.kind === "usage_error" && parsed.message).toContain(message);
  });
});

describe("FramePrinter", () => {
  const turn = { seq: 1, sessionId: "s1", turnId: "t1" };
  const command = { type: "command_execution", id: "call_1", command: ["npm", "test"], commandLine: "npm test", cwd: "/srv" } as const;

  function printed(frames: object[], color = false): string {
    let out = "";
    const printer = new FramePrinter((text) => (out += text), makeStyle(color));
    for (const frame of frames) printer.print({ ...turn, ...frame } as ServerFrame);
    return out;
  }

  it("streams text as it arrives, indents command output across chunk boundaries, and reports the exit", () => {
    const out = printed([
      { type: "item", event: "started", item: { type: "agent_message", id: "m1", text: "" } },
      { type: "item", event: "delta", itemId: "m1", itemType: "agent_message", field: "text", delta: "Running " },
      { type: "item", event: "delta", itemId: "m1", itemType: "agent_message", field: "text", delta: "tests." },
      { type: "item", event: "completed", item: { type: "agent_message", id: "m1", text: "Running tests." } },
      { type: "item", event: "started", item: { ...command, status: "in_progress", exitCode: null, output: "", durationMs: null } },
      { type: "item", event: "delta", itemId: "call_1", itemType: "command_execution", field: "output", delta: "line one\nline " },
      { type: "item", event: "delta", itemId: "call_1", itemType: "command_execution", field: "output", delta: "two\n" },
      // The completed item carries output the deltas did not show.
      { type: "item", event: "completed", item: { ...command, status: "completed", exitCode: 0, output: "line one\nline two\n12 passed\n", durationMs: 1500 } },
      { type: "status", state: "completed", message: "Agent run completed.", durationMs: 2000, usage: { inputTokens: 1, cachedInputTokens: 0, outputTokens: 1, reasoningOutputTokens: 0, totalTokens: 2 } },
    ]);
    expect(out).toBe(
      ["Running tests.", "$ npm test", "    line one", "    line two", "    12 passed", "    (exit 0, 1.5 s)", "— turn completed in 2.0 s, 2 tokens", ""].join("\n"),
    );
  });

  it("shows the head of a command's output that only the completed item carried, after what streamed, and nothing twice", () => {
    // Observed with the pinned engine: `for i in 1 2 3 4; do echo tick $i; sleep 1; done` streams
    // tick 2..4 as deltas; tick 1 is only in the completed item's output.
    const ticks = { ...command, command: ["/bin/bash", "-c", "ticks"], commandLine: "ticks" };
    const out = printed([
      { type: "item", event: "started", item: { ...ticks, status: "in_progress", exitCode: null, output: "", durationMs: null } },
      { type: "item", event: "delta", itemId: "call_1", itemType: "command_execution", field: "output", delta: "tick 2\n" },
      { type: "item", event: "delta", itemId: "call_1", itemType: "command_execution", field: "output", delta: "tick 3\n" },
      { type: "item", event: "delta", itemId: "call_1", itemType: "command_execution", field: "output", delta: "tick 4\n" },
      { type: "item", event: "completed", item: { ...ticks, status: "completed", exitCode: 0, output: "tick 1\ntick 2\ntick 3\ntick 4\n", durationMs: 3900 } },
    ]);
    expect(out).toBe(
      ["$ ticks", "    tick 2", "    tick 3", "    tick 4", "    (earlier output that was not shown live:)", "    tick 1", "    (exit 0, 3.9 s)", ""].join("\n"),
    );
  });

  it("prints a command once when its prompt follows its start, and once when the prompt comes first", () => {
    const prompt = {
      type: "command_prompt",
      commandId: "call_1",
      kind: "command",
      itemId: "call_1",
      command: ["npm", "test"],
      commandLine: "npm test",
      cwd: "/srv",
      explanation: "run the tests",
      decisions: ["allow", "deny"],
      timeoutMs: 1000,
      expiresAt: "2026-11-24T12:00:00.000Z",
    };
    const started = { type: "item", event: "started", item: { ...command, status: "in_progress", exitCode: null, output: "", durationMs: null } };
    const completed = { type: "item", event: "completed", item: { ...command, status: "completed", exitCode: 0, output: "ok\n", durationMs: 100 } };
    const tail = ["  in /srv", "  why: run the tests", "    ok", "    (exit 0, 0.1 s)", ""];
    expect(printed([started, prompt, completed])).toBe(["$ npm test", "approval needed: the agent wants to run the command above", ...tail].join("\n"));
    expect(printed([prompt, started, completed])).toBe(["approval needed: the agent wants to run a command", "$ npm test", ...tail].join("\n"));
  });

  it("says plainly that a prompt nobody answered timed out and was denied", () => {
    const prompt = {
      type: "command_prompt",
      commandId: "call_7",
      kind: "command",
      itemId: "call_7",
      command: ["rm", "x"],
      commandLine: "rm x",
      explanation: "",
      decisions: ["allow", "deny"],
      timeoutMs: 1500,
      expiresAt: "2026-11-24T12:00:00.000Z",
    };
    const timeout = { type: "error", code: "approval_timeout", message: "command_prompt call_7 was not answered within 1500 ms and was denied", retryable: false, commandId: "call_7" };
    expect(printed([prompt, timeout]).split("\n").slice(-2)).toStrictEqual(["the approval prompt timed out (no answer within 1.5 s): the command was denied", ""]);
    // A prompt this printer never showed (e.g. replayed history): still plain.
    expect(printed([timeout])).toBe("the approval prompt timed out (no answer): the request was denied\n");
  });

  it("shows a prompt with its diffs and why, and does not repeat the diffs when the change is applied", () => {
    const out = printed([
      {
        type: "command_prompt",
        commandId: "call_2",
        kind: "file_change",
        itemId: "call_2",
        command: [],
        explanation: "fix the typo",
        changes: [{ path: "/srv/a.txt", kind: "update", diff: "@@ -1 +1 @@\n-helo\n+hello\n" }],
        decisions: ["allow", "deny"],
        timeoutMs: 1000,
        expiresAt: "2026-11-24T12:00:00.000Z",
      },
      {
        type: "item",
        event: "completed",
        item: { type: "file_change", id: "call_2", status: "completed", changes: [{ path: "/srv/a.txt", kind: "update", diff: "@@ -1 +1 @@\n-helo\n+hello\n" }] },
      },
    ]);
    expect(out).toBe(
      [
        "approval needed: the agent wants to change files",
        "  update /srv/a.txt",
        "    @@ -1 +1 @@",
        "    -helo",
        "    +hello",
        "  why: fix the typo",
        "    (applied to 1 file)",
        "",
      ].join("\n"),
    );
  });

  it("says why a turn failed, and shows errors with their code", () => {
    const out = printed([
      { type: "error", code: "turn_in_progress", message: "turn t0 is still running", retryable: true },
      { type: "status", state: "failed", reason: "model_error", message: "401 Unauthorized", retryable: false },
    ]);
    expect(out).toBe("error (turn_in_progress): turn t0 is still running\n— turn failed (model_error): 401 Unauthorized\n");
  });

  it("colours only when asked to", () => {
    expect(printed([{ type: "error", code: "internal", message: "x", retryable: true }], true)).toBe("\x1b[31merror (internal): x\x1b[0m\n");
  });
});

describe("unshown: what of a completed item's text its deltas did not show", () => {
  it.each<[string, string, string[], { after: string; earlier: string[] }]>([
    ["nothing streamed", "a\nb\n", [], { after: "a\nb\n", earlier: [] }],
    ["all streamed", "a\nb\n", ["a\n", "b\n"], { after: "", earlier: [] }],
    ["the tail missing", "a\nb\nc\n", ["a\n", "b"], { after: "\nc\n", earlier: [] }],
    ["the head missing", "a\nb\nc\n", ["b\n", "c\n"], { after: "", earlier: ["a\n"] }],
    ["head and tail missing", "a\nb\nc\n", ["b\n"], { after: "c\n", earlier: ["a\n"] }],
    ["a piece in the middle missing", "a\nb\nc\n", ["a\n", "c\n"], { after: "", earlier: ["b\n"] }],
    ["head and middle missing", "a\nb\nc\nd\n", ["b\n", "d\n"], { after: "", earlier: ["a\n", "c\n"] }],
    ["deltas that are not in the final text", "x\n", ["y\n"], { after: "", earlier: [] }],
  ])("%s", (_name, full, shown, expected) => {
    expect(unshown(full, shown)).toStrictEqual(expected);
  });
});

describe("colorWanted (https://no-color.org)", () => {
  it.each<[boolean, Record<string, string>, boolean]>([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "0" }, false],
    // Present but empty does not disable colour.
    [true, { NO_COLOR: "" }, true],
    [false, { FORCE_COLOR: "1" }, true],
    [false, { FORCE_COLOR: "" }, false],
    [true, { FORCE_COLOR: "0" }, false],
    [true, { FORCE_COLOR: "false" }, false],
    [false, { FORCE_COLOR: "1", NO_COLOR: "1" }, false],
  ])("stdout a TTY: %s, environment %j → %s", (isTTY, env, expected) => {
    expect(colorWanted(isTTY, env)).toBe(expected);
  });
});

describe("WorkingLine: a sign of life while a turn runs and nothing arrives", () => {
  const SAVE = "\x1b7";
  const ERASE = "\x1b8\x1b[K";
  let out: string[];
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    out = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const make = (tty: boolean, columns = 80) => new WorkingLine({ tty, write: (text) => out.push(text), dim: (text) => `<${text}>`, columns: () => columns });

  it("on a terminal: one line after 2 s of quiet, updated in place, taken down before output, back after the next quiet spell", () => {
    const working = make(true);
    working.turnStarted();
    vi.advanceTimersByTime(1_900);
    expect(out).toStrictEqual([]);
    vi.advanceTimersByTime(100);
    expect(out).toStrictEqual([`${SAVE}<… working 2s>`]);
    // Redrawn only when the text changes.
    vi.advanceTimersByTime(900);
    expect(out).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(out.slice(1)).toStrictEqual([`${ERASE}${SAVE}<… working 3s>`]);
    out = [];
    working.write("tick 1\n");
    expect(out).toStrictEqual([ERASE, "tick 1\n"]);
    vi.advanceTimersByTime(1_900);
    expect(out).toHaveLength(2);
    vi.advanceTimersByTime(100);
    expect(out.slice(2)).toStrictEqual([`${SAVE}<… working 5s>`]);
    out = [];
    working.turnEnded();
    expect(out).toStrictEqual([ERASE]);
    vi.advanceTimersByTime(60_000);
    expect(out).toStrictEqual([ERASE]);
  });

  it("shows nothing while a question waits for the user, and counts the quiet from the answer", () => {
    const working = make(true);
    working.turnStarted();
    vi.advanceTimersByTime(2_000);
    out = [];
    working.pause();
    expect(out).toStrictEqual([ERASE]);
    vi.advanceTimersByTime(30_000);
    expect(out).toStrictEqual([ERASE]);
    working.resume();
    vi.advanceTimersByTime(1_750);
    expect(out).toStrictEqual([ERASE]);
    vi.advanceTimersByTime(250);
    expect(out.slice(1)).toStrictEqual([`${SAVE}<… working 34s>`]);
  });

  it("after text that did not end its line, goes after it when it fits the terminal's width, else not at all", () => {
    const wide = make(true, 80);
    wide.turnStarted();
    wide.write("\x1b[2mthinking: \x1b[0mabout it");
    vi.advanceTimersByTime(2_000);
    expect(out.at(-1)).toBe(`${SAVE} <… working 2s>`);
    wide.turnEnded();
    out = [];
    const narrow = make(true, 30);
    narrow.turnStarted();
    narrow.write("a line of twenty-two c");
    vi.advanceTimersByTime(10_000);
    expect(out).toStrictEqual(["a line of twenty-two c"]);
    narrow.turnEnded();
  });

  it("not on a terminal: no cursor control, one line per 30 s of quiet, never more", () => {
    const working = make(false);
    working.turnStarted();
    vi.advanceTimersByTime(29_750);
    expect(out).toStrictEqual([]);
    vi.advanceTimersByTime(250);
    expect(out).toStrictEqual(["<… still working (30s, nothing new for 30s)>\n"]);
    vi.advanceTimersByTime(29_750);
    expect(out).toHaveLength(1);
    vi.advanceTimersByTime(250);
    expect(out[1]).toBe("<… still working (1m 00s, nothing new for 1m 00s)>\n");
    working.write("partial");
    vi.advanceTimersByTime(30_000);
    expect(out.slice(2)).toStrictEqual(["partial", "\n<… still working (1m 30s, nothing new for 30s)>\n"]);
    working.turnEnded();
    expect(out.join("")).not.toContain("\x1b");
  });

  it.each([
    [0, "0s"],
    [59_999, "59s"],
    [65_000, "1m 05s"],
    [3_600_000 + 120_000, "1h 02m"],
  ])("elapsed(%d) = %s", (ms, text) => {
    expect(elapsed(ms)).toBe(text);
  });
});

describe("demo-client as a process", () => {
  it("exits 2 with what to do when no server listens at --url", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
    const exit = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", DEMO_CLIENT, "--url", url, "--non-interactive", "hi there"], { env: { PATH: process.env.PATH } }, (error, _stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stderr }),
      );
    });
    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain(`demo-client: could not connect to ${url}: connect ECONNREFUSED`);
    expect(exit.stderr).toContain(`is the server running at ${url}? start it with \`codex-api\` (\`npm start\` in a clone)`);
  });
});
