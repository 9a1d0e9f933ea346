// The engine's questions and elicitations → the prompt's view (bounded), and answers → the
// engine's responses. Pure functions, no engine.
import { describe, expect, it } from "vitest";
import type { McpServerElicitationRequestParams, ToolRequestUserInputParams } from "../../generated/engine/v2/index.js";
import { elicitationResponse, elicitationView, MAX_OPTIONS, MAX_QUESTION_CHARS, MAX_QUESTIONS, questionsView, userInputResponse } from "../../src/engine/questions.js";

const question = (id: string, options: { label: string; description: string }[] | null = [{ label: "Red", description: "warm" }]) => ({
  id,
  header: "H",
  question: "Q?",
  isOther: false,
  isSecret: false,
  options,
});
const params = (questions: ToolRequestUserInputParams["questions"]): ToolRequestUserInputParams => ({ threadId: "th", turnId: "tu", itemId: "call_1", questions, isBlocking: false, autoResolutionMs: null });
const elicitation = (rest: Partial<McpServerElicitationRequestParams>) =>
  ({ threadId: "th", turnId: "tu", serverName: "srv", environmentId: null, mode: "form", _meta: null, message: "m", requestedSchema: { type: "object", properties: {} }, ...rest }) as McpServerElicitationRequestParams;

describe("the agent's questions", () => {
  it("become the prompt's questions; no options means free text; long texts are cut, labels kept whole", () => {
    const long = "x".repeat(MAX_QUESTION_CHARS + 10);
    const view = questionsView(params([question("a"), { ...question("b", null), isSecret: true }, { ...question("c"), question: long }]));
    expect(view).toEqual([
      { id: "a", header: "H", question: "Q?", options: [{ label: "Red", description: "warm" }], allowOther: false, secret: false },
      { id: "b", header: "H", question: "Q?", options: [], allowOther: true, secret: true },
      expect.objectContaining({ id: "c", question: `${"x".repeat(MAX_QUESTION_CHARS)}…` }),
    ]);
  });

  it("are refused past the bounds, empty, or with an id twice", () => {
    expect(questionsView(params([]))).toBe("no questions");
    expect(questionsView(params(Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => question(`q${i}`))))).toMatch(/17 questions/);
    expect(questionsView(params([question("a", Array.from({ length: MAX_OPTIONS + 1 }, (_, i) => ({ label: `${i}`, description: "" })))]))).toMatch(/33 options/);
    expect(questionsView(params([question("a"), question("a")]))).toBe("two questions with the same id");
  });

  it("answers: each question's answers, or none at all for a decline or cancel", () => {
    expect(userInputResponse({ action: "accept", answers: { a: ["Red"], b: ["x", "y"] } })).toEqual({ answers: { a: { answers: ["Red"] }, b: { answers: ["x", "y"] } } });
    expect(userInputResponse({ action: "decline" })).toEqual({ answers: {} });
    expect(userInputResponse({ action: "cancel" })).toEqual({ answers: {} });
  });
});

describe("MCP elicitations", () => {
  it("a form keeps its schema; a url its link; a schema too large or too deep is refused", () => {
    expect(elicitationView(elicitation({ message: "Which?" }))).toEqual({ kind: "form", serverName: "srv", message: "Which?", schema: { type: "object", properties: {} } });
    expect(elicitationView(elicitation({ mode: "url", url: "https://x", elicitationId: "e" } as never))).toEqual({ kind: "url", serverName: "srv", message: "m", url: "https://x" });
    const big = { type: "object", properties: { a: { type: "string", description: "d".repeat(70_000) } } };
    expect(elicitationView(elicitation({ requestedSchema: big as never }))).toMatch(/bytes as JSON/);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10; i++) deep = { a: deep };
    expect(elicitationView(elicitation({ requestedSchema: deep as never }))).toMatch(/nested more than 8/);
  });

  it("answers: accept with the content (a form) or none (a url); decline and cancel carry no content", () => {
    expect(elicitationResponse({ action: "accept", content: { a: 1 } }, "form")).toEqual({ action: "accept", content: { a: 1 }, _meta: null });
    expect(elicitationResponse({ action: "accept" }, "form")).toEqual({ action: "accept", content: {}, _meta: null });
    expect(elicitationResponse({ action: "accept" }, "url")).toEqual({ action: "accept", content: null, _meta: null });
    expect(elicitationResponse({ action: "cancel" }, "form")).toEqual({ action: "cancel", content: null, _meta: null });
  });
});
