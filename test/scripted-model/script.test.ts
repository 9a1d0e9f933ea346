import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadScript, ScriptError, startScriptedModel, validateScript } from "../../src/scripted-model/index.js";

const issues = (value: unknown): string[] => {
  try {
    validateScript(value);
  } catch (error) {
    if (error instanceof ScriptError) return error.issues;
    throw error;
  }
  return [];
};

const withEvents = (...events: unknown[]): unknown => ({ turns: [{ responses: [events] }] });

describe("script validation", () => {
  it("refuses a justification without escalate (the engine would refuse the call and never run it)", () => {
    expect(issues(withEvents({ type: "exec", command: "ls", justification: "j" }))).toEqual([
      "turns[0].responses[0][0].justification: is only allowed with escalate: true (the engine refuses it otherwise)",
    ]);
    expect(issues(withEvents({ type: "exec", command: "ls", escalate: false, justification: "j" }))).toHaveLength(1);
  });

  it("accepts every event type in both response forms", () => {
    expect(
      issues({
        turns: [
          {
            match: "^fix",
            responses: [
              [
                { type: "reasoning", summary: "s", content: "c", chunkChars: 2, delayMs: 1 },
                { type: "text", text: "t", chunkChars: 1, delayMs: 0 },
                { type: "text", deltas: ["a", "b"], burst: true },
                { type: "exec", command: "ls", escalate: true, justification: "j", workdir: "/w", yieldTimeMs: 100 },
                { type: "patch", patch: "*** Begin Patch\n*** End Patch\n" },
                { type: "delay", ms: 5 },
                { type: "fail", message: "m", code: "c" },
              ],
              { events: [{ type: "delay", ms: 1 }, { type: "http_error", status: 503, body: { error: {} } }] },
              { events: [{ type: "disconnect" }], usage: { input_tokens: 1, output_tokens: 2, total_tokens: 3, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 1 } } },
              [],
            ],
          },
        ],
      }),
    ).toStrictEqual([]);
  });

  it("names the turn, response and event of an unknown event type and lists the known ones", () => {
    const script = { turns: [{ responses: [] }, { responses: [] }, { responses: [[{ type: "text", text: "ok" }, { type: "txt", text: "x" }]] }] };
    expect(issues(script)).toStrictEqual([
      'turns[2].responses[0][1]: unknown event type "txt" (expected text, reasoning, exec, patch, call, delay, http_error, fail, disconnect)',
    ]);
  });

  it("checks scripted rate limits", () => {
    expect(issues({ turns: [{ responses: [{ events: [], rateLimits: { tertiary: {} } }] }] })).toStrictEqual([
      'turns[0].responses[0].rateLimits: unknown field "tertiary" (expected primary, secondary)',
    ]);
    expect(issues({ turns: [{ responses: [{ events: [], rateLimits: { primary: { usedPercent: -1, windowMinutes: 1.5 } } }] }] })).toStrictEqual([
      "turns[0].responses[0].rateLimits.primary.usedPercent: is required, a number of at least 0",
      "turns[0].responses[0].rateLimits.primary.windowMinutes: must be a non-negative integer",
    ]);
  });

  it("reports every problem at once, with its path", () => {
    expect(
      issues({
        turns: [
          { match: "(", responses: [[{ type: "exec" }, { type: "text", text: "a", chunkchars: 3 }]] },
          { responses: [{ events: [{ type: "delay", ms: -1 }], usage: { input_tokens: 1.5 } }] },
        ],
      }),
    ).toStrictEqual([
      "turns[0].match: not a valid regular expression: Invalid regular expression: /(/: Unterminated group",
      "turns[0].responses[0][0].command: is required",
      'turns[0].responses[0][1]: unknown field "chunkchars" (expected type, text, deltas, chunkChars, delayMs, burst)',
      "turns[1].responses[0].usage.output_tokens: is required",
      "turns[1].responses[0].usage.input_tokens: must be a non-negative integer",
      "turns[1].responses[0].events[0].ms: must be a non-negative number of milliseconds",
    ]);
  });

  it.each([
    [withEvents({ type: "text" }), 'turns[0].responses[0][0]: text needs "text" or "deltas"'],
    [withEvents({ type: "text", text: "a", deltas: ["a"] }), 'turns[0].responses[0][0]: give either "text" or "deltas", not both'],
    [withEvents({ type: "text", deltas: ["a", 1] }), "turns[0].responses[0][0].deltas: must be an array of strings"],
    [withEvents({ type: "text", text: "a", chunkChars: 0 }), "turns[0].responses[0][0].chunkChars: must be a positive integer"],
    [withEvents({ type: "text", text: "a", burst: true, delayMs: 5 }), "turns[0].responses[0][0].burst: cannot be combined with delayMs"],
    [withEvents({ type: "reasoning" }), "turns[0].responses[0][0].summary: is required"],
    [withEvents({ type: "exec", command: "" }), "turns[0].responses[0][0].command: must not be empty"],
    [withEvents({ type: "exec", command: "ls", escalate: "yes" }), "turns[0].responses[0][0].escalate: must be a boolean"],
    [withEvents({ type: "patch", patch: 3 }), "turns[0].responses[0][0].patch: must be a string"],
    [withEvents({ type: "delay" }), "turns[0].responses[0][0].ms: is required"],
    [withEvents({ type: "http_error", status: 200 }), "turns[0].responses[0][0].status: must be an HTTP error status (an integer from 400 to 599)"],
    [withEvents({ type: "text", text: "a" }, { type: "http_error", status: 500 }), 'turns[0].responses[0][1]: http_error can follow only delay events (found "text" at [0])'],
    [withEvents({ type: "http_error", status: 500 }, { type: "delay", ms: 1 }), "turns[0].responses[0][0]: http_error must be the last event of its response"],
    [withEvents({ type: "fail", message: "m" }, { type: "text", text: "a" }), "turns[0].responses[0][0]: fail must be the last event of its response"],
    [withEvents({ type: "disconnect" }, { type: "text", text: "a" }), "turns[0].responses[0][0]: disconnect must be the last event of its response"],
    [withEvents("text"), 'turns[0].responses[0][0]: must be an object with a "type"'],
    [withEvents({ text: "a" }), 'turns[0].responses[0][0]: missing "type" (expected text, reasoning, exec, patch, call, delay, http_error, fail, disconnect)'],
    [{ turns: [{ responses: ["x"] }] }, "turns[0].responses[0]: must be an array of events or {events, usage, rateLimits}"],
    [{ turns: [{ responses: [{ events: 1 }] }] }, "turns[0].responses[0].events: must be an array of events"],
    [{ turns: [{}] }, "turns[0].responses: must be an array of responses"],
    [{ turns: [] }, "turns: must hold at least one turn"],
    [{ turn: [] }, ['script: unknown field "turn" (expected turns)', "turns: must be an array of turns"]],
    [{}, "turns: must be an array of turns"],
    [[], "script: must be an object"],
  ])("rejects %j", (script, expected) => {
    expect(issues(script)).toStrictEqual(typeof expected === "string" ? [expected] : expected);
  });

  it("puts the source and every issue in the error message", () => {
    expect(() => validateScript({ turns: [] }, "my.json")).toThrow("invalid script my.json:\n  turns: must hold at least one turn");
  });

  it("startScriptedModel refuses an invalid script before listening", async () => {
    await expect(startScriptedModel({ turns: [] })).rejects.toThrow(ScriptError);
  });
});

describe("loadScript", () => {
  it("loads the shipped demo script", async () => {
    const demo = await loadScript(fileURLToPath(new URL("../../examples/scripts/demo.json", import.meta.url)));
    expect(demo.turns.length).toBeGreaterThan(0);
  });

  it("names the file when it is not JSON or not a valid script", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scripted-model-script-"));
    try {
      const broken = join(dir, "broken.json");
      await writeFile(broken, '{"turns": [');
      await expect(loadScript(broken)).rejects.toThrow(`invalid script ${broken}:\n  not valid JSON:`);
      const invalid = join(dir, "invalid.json");
      await writeFile(invalid, JSON.stringify({ turns: [{ responses: [[{ type: "nope" }]] }] }));
      await expect(loadScript(invalid)).rejects.toThrow(`invalid script ${invalid}:\n  turns[0].responses[0][0]: unknown event type "nope"`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
