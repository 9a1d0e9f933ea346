// The demo client's way of asking a person a question_prompt, with scripted lines: no terminal.
import { describe, expect, it } from "vitest";
import type { QuestionPromptFrame } from "../../src/client/index.js";
import { WITHDRAWN, type Reply } from "../../src/cli/demo/line-input.js";
import { askQuestion, parseField, pick } from "../../src/cli/demo/question-asker.js";

const base = { type: "question_prompt", seq: 1, sessionId: "s", turnId: "t", promptId: "p", message: "", timeoutMs: 1000, expiresAt: "2026-11-24T12:05:00.000Z" } as const;
const questions: QuestionPromptFrame = {
  ...base,
  kind: "questions",
  questions: [
    { id: "colour", header: "Colour", question: "Which?", options: [{ label: "Red", description: "warm" }, { label: "Blue", description: "" }], allowOther: false, secret: false },
    { id: "name", header: "Name", question: "What name?", options: [], allowOther: true, secret: true },
  ],
};
const form: QuestionPromptFrame = {
  ...base,
  kind: "form",
  schema: {
    type: "object",
    properties: { project: { type: "string", enum: ["web", "api"] }, count: { type: "integer" }, urgent: { type: "boolean" }, note: { type: "string" } },
    required: ["project"],
  },
};

/** Answers questions with `lines` in order; records what was said and asked. */
function scripted(lines: Reply[]) {
  const said: string[] = [];
  const asked: string[] = [];
  const ask = async (prompt: string) => {
    asked.push(prompt);
    return lines.shift() ?? null;
  };
  return { ask, say: (line: string) => void said.push(line), said, asked };
}

describe("asking a question prompt", () => {
  it("questions: a number or label picks an option, free text only where allowed, again until it fits", async () => {
    const io = scripted(["green", "3", "2", "Ada"]);
    expect(await askQuestion(questions, io.ask, io.say)).toEqual({ kind: "reply", reply: { answers: { colour: ["Blue"], name: ["Ada"] } } });
    expect(io.said).toContain("    1. Red — warm");
    expect(io.said).toContain("    2. Blue");
    expect(io.said.filter((l) => l === "  please answer with 1-2")).toHaveLength(2);
    expect(io.said).toContain("  (a secret: what you type is shown on screen)");
  });

  it("/decline, /stop, end of input and a withdrawn question", async () => {
    for (const [line, expected] of [
      ["/decline", { kind: "reply", reply: { action: "decline" } }],
      ["/stop", { kind: "reply", reply: { action: "cancel" } }],
      [null, { kind: "reply", reply: { action: "decline" } }],
      [WITHDRAWN, { kind: "withdrawn" }],
    ] as const) {
      const io = scripted([line]);
      expect(await askQuestion(questions, io.ask, io.say)).toEqual(expected);
    }
  });

  it("form: each field typed and checked; optional ones skipped with an empty line", async () => {
    // project (required: empty and "mobile" are asked again), count ("x" again), urgent (skipped), note.
    const io = scripted(["", "mobile", "2", "x", "3", "", "a note"]);
    expect(await askQuestion(form, io.ask, io.say)).toEqual({ kind: "reply", reply: { content: { project: "api", count: 3, note: "a note" } } });
    expect(io.asked).toEqual([
      "project (1-2)> ",
      "project (1-2)> ",
      "project (1-2)> ",
      "count (a whole number, empty to skip)> ",
      "count (a whole number, empty to skip)> ",
      "urgent (y or n, empty to skip)> ",
      "note (text, empty to skip)> ",
    ]);
  });

  it("a form with nothing to fill in, and a url, are accepted or declined", async () => {
    const empty: QuestionPromptFrame = { ...base, kind: "form", schema: { type: "object", properties: {} } };
    let io = scripted(["a"]);
    expect(await askQuestion(empty, io.ask, io.say)).toEqual({ kind: "reply", reply: { action: "accept" } });
    io = scripted(["maybe", "d"]);
    expect(await askQuestion({ ...base, kind: "url", url: "https://example.com" }, io.ask, io.say)).toEqual({ kind: "reply", reply: { action: "decline" } });
  });

  it("pick and parseField", () => {
    expect(pick("1", ["Red", "Blue"], false)).toBe("Red");
    expect(pick("blue", ["Red", "Blue"], false)).toBe("Blue");
    expect(pick("teal", ["Red", "Blue"], true)).toBe("teal");
    expect(pick("", ["Red"], true)).toBeUndefined();
    expect(parseField({ type: "integer" }, undefined, "2.5")).toBeUndefined();
    expect(parseField({ type: "number" }, undefined, "2.5")).toBe(2.5);
    expect(parseField({ type: "boolean" }, undefined, "n")).toBe(false);
    expect(parseField({ type: "array", items: { enum: ["bug", "ui"] } }, ["bug", "ui"], "2, bug")).toEqual(["ui", "bug"]);
    expect(parseField({ type: "array", items: { enum: ["bug", "ui"] } }, ["bug", "ui"], "perf")).toBeUndefined();
  });
});
