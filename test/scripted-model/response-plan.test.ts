import { describe, expect, it } from "vitest";
import { planResponse, rateLimitHeaders, type Step } from "../../src/scripted-model/response-plan.js";
import type { ScriptResponse } from "../../src/scripted-model/index.js";

const plan = (response: ScriptResponse): Step[] => {
  let id = 0;
  return planResponse(response, { nextId: () => ++id, requestBytes: 400 });
};
const kinds = (steps: Step[]): string[] =>
  steps.map((step) => (step.kind === "write" ? [...step.data.matchAll(/^event: (\S+)/gm)].map((match) => match[1]).join("+") : step.kind));

describe("planResponse", () => {
  it("writes a burst's deltas in a single write", () => {
    const steps = plan([{ type: "text", deltas: ["a", "b", "c"], burst: true }]);
    expect(kinds(steps)).toStrictEqual([
      "response.created",
      "response.output_item.added",
      "response.output_text.delta+response.output_text.delta+response.output_text.delta",
      "response.output_item.done",
      "response.completed",
    ]);
  });

  it("pauses between deltas, not before the first or after the last", () => {
    const steps = plan([{ type: "text", text: "abc", chunkChars: 1, delayMs: 7 }]);
    expect(kinds(steps).slice(2, -2)).toStrictEqual([
      "response.output_text.delta",
      "delay",
      "response.output_text.delta",
      "delay",
      "response.output_text.delta",
    ]);
    expect(steps.filter((step) => step.kind === "delay")).toStrictEqual([
      { kind: "delay", ms: 7 },
      { kind: "delay", ms: 7 },
    ]);
  });

  it("plans an http_error as its delays and the error, with no stream", () => {
    expect(plan([{ type: "delay", ms: 3 }, { type: "http_error", status: 503 }])).toStrictEqual([
      { kind: "delay", ms: 3 },
      { kind: "http_error", status: 503, body: { error: { message: "scripted HTTP 503", type: "scripted_error", code: null } } },
    ]);
  });

  it("estimates usage from the request size and the output when the script gives none", () => {
    const steps = plan([{ type: "reasoning", summary: "12345678" }, { type: "text", text: "1234" }]);
    const last = steps.at(-1)!;
    expect(last.kind === "write" && JSON.parse(last.data.split("data: ")[1]!).response.usage).toStrictEqual({
      input_tokens: 100,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: 3,
      output_tokens_details: { reasoning_tokens: 2 },
      total_tokens: 103,
    });
  });

  it("sends an empty text as added and done with no delta", () => {
    expect(kinds(plan([{ type: "text", text: "" }]))).toStrictEqual([
      "response.created",
      "response.output_item.added",
      "response.output_item.done",
      "response.completed",
    ]);
  });
});

describe("rate limits", () => {
  it("become the x-codex-* response headers the engine reads; none without them", () => {
    const response: ScriptResponse = { events: [], rateLimits: { primary: { usedPercent: 42.5, windowMinutes: 300, resetsAt: 1796200000 }, secondary: { usedPercent: 7 } } };
    expect(rateLimitHeaders(response)).toStrictEqual({
      "x-codex-primary-used-percent": "42.5",
      "x-codex-primary-window-minutes": "300",
      "x-codex-primary-reset-at": "1796200000",
      "x-codex-secondary-used-percent": "7",
    });
    expect(rateLimitHeaders([{ type: "text", text: "hi" }])).toStrictEqual({});
  });
});
