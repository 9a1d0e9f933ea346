import { describe, expect, it } from "vitest";
import type { Script } from "../../src/scripted-model/index.js";
import { selectResponse } from "../../src/scripted-model/select.js";
import { body, call, developer, output, patchCall, patchOutput, user } from "./sse-client.js";

const text = (value: string): Script["turns"][number]["responses"][number] => [{ type: "text", text: value }];
const script: Script = {
  turns: [
    { responses: [text("first")] },
    { match: "deploy|ship", responses: [text("deploy")] },
    { match: "ship", responses: [text("never: an earlier match wins")] },
    { responses: [text("second")] },
  ],
};

// Shapes the pinned engine sends (recorded from a real request; see docs/scripted-model.md).
const agentsMd = {
  type: "message",
  role: "user",
  content: [
    { type: "input_text", text: "# AGENTS.md instructions for /ws\n\n<INSTRUCTIONS>\nBe nice.\n</INSTRUCTIONS>" },
    { type: "input_text", text: "<environment_context>\n  <cwd>/ws</cwd>\n</environment_context>" },
  ],
};
const aborted = user("<turn_aborted>\nThe user interrupted the previous turn on purpose.\n</turn_aborted>");

describe("selectResponse", () => {
  it("starts at response 0 of the first positional turn", () => {
    expect(selectResponse(script, body(developer("base instructions"), user("hello")))).toStrictEqual({ userText: "hello", turn: 0, response: 0 });
  });

  it("ignores user-role messages the engine injects (AGENTS.md, environment context, interrupt markers)", () => {
    expect(selectResponse(script, body(agentsMd, user("hello")))).toStrictEqual({ userText: "hello", turn: 0, response: 0 });
    expect(selectResponse(script, body(agentsMd, user("hello"), aborted, user("again")))).toStrictEqual({ userText: "again", turn: 3, response: 0 });
    expect(selectResponse(script, body(user("<environment_context><cwd>/ws</cwd></environment_context>")))).toStrictEqual({ userText: null, turn: null, response: 0 });
  });

  it("still reads a user message that only starts with a tag", () => {
    expect(selectResponse(script, body(user("<b>bold</b> request")))).toMatchObject({ userText: "<b>bold</b> request", turn: 0 });
  });

  it("counts one response per run of tool outputs, so parallel calls advance by one", () => {
    const parallel = body(user("hello"), call("call_1"), call("call_2"), output("call_1"), output("call_2"));
    expect(selectResponse(script, parallel).response).toBe(1);
    const thenPatch = body(user("hello"), call("call_1"), output("call_1"), patchCall("call_2"), patchOutput("call_2"));
    expect(selectResponse(script, thenPatch).response).toBe(2);
  });

  it("counts only tool outputs after the last user message", () => {
    const history = body(user("hello"), call("call_1"), output("call_1"), user("next"));
    expect(selectResponse(script, history)).toStrictEqual({ userText: "next", turn: 3, response: 0 });
  });

  it("picks the first turn whose match fits the last user message", () => {
    expect(selectResponse(script, body(user("please ship it"))).turn).toBe(1);
  });

  it("gives positional turns to the unmatched messages in order, repeating the last", () => {
    expect(selectResponse(script, body(user("a"), user("deploy"), user("b"))).turn).toBe(3);
    expect(selectResponse(script, body(user("a"), user("b"), user("c"))).turn).toBe(3);
  });

  it("selects no turn when only match turns exist and none matches", () => {
    const onlyMatches: Script = { turns: [{ match: "^x", responses: [text("x")] }] };
    expect(selectResponse(onlyMatches, body(user("y")))).toStrictEqual({ userText: "y", turn: null, response: 0 });
  });

  it("reads string content and joins the text parts of a message, skipping images", () => {
    expect(selectResponse(script, body({ role: "user", content: "plain" })).userText).toBe("plain");
    const withImage = {
      type: "message",
      role: "user",
      content: [
        { type: "input_text", text: "look at" },
        { type: "input_image", image_url: "data:image/png;base64,AA==" },
        { type: "input_text", text: "this" },
      ],
    };
    expect(selectResponse(script, body(withImage)).userText).toBe("look at\nthis");
  });

  it("copes with bodies that are not Responses requests", () => {
    for (const odd of [undefined, null, 3, {}, { input: "text" }, { input: [null, 1, "x"] }]) {
      expect(selectResponse(script, odd)).toStrictEqual({ userText: null, turn: null, response: 0 });
    }
  });
});
