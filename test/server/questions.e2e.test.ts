// Questions end to end: the real engine asks (the scripted model calls request_user_input, or an
// MCP tool of a test MCP server that elicits), codex-api relays a question_prompt, the client's
// answer reaches the model. Real HTTP/2 on port 0. Framing does not matter here: NDJSON only.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame, QuestionPromptFrame, ServerFrame, SessionFrame, StatusFrame } from "../../generated/types.js";
import { connect } from "../../src/client/index.js";
import type { RecordedRequest, Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const MCP_SERVER = fileURLToPath(new URL("../support/mcp-elicit-server.mjs", import.meta.url));
const TIMEOUT_MS = 3000;

const ask = (id: string) => ({
  type: "call" as const,
  name: "request_user_input",
  arguments: {
    questions: [
      {
        id,
        header: "Colour",
        question: "Which colour should the button be?",
        options: [
          { label: "Red", description: "warm" },
          { label: "Blue", description: "cool" },
        ],
      },
    ],
  },
});

const SCRIPT: Script = {
  turns: [
    { match: "^question", responses: [[ask("colour")], [{ type: "text", text: "Thanks for answering." }]] },
    { match: "^mcp", responses: [[{ type: "call", namespace: "mcp__elicit", name: "ask", arguments: {} }], [{ type: "text", text: "The tool is done." }]] },
  ],
};

const isPrompt = (f: ServerFrame) => f.type === "question_prompt";

/** The output the engine sent the model for the tool call `callId` (what the model learnt). */
function toolOutput(requests: readonly RecordedRequest[], callId: string): string | undefined {
  for (const request of requests) {
    const input = (request.body as { input?: { type: string; call_id?: string; output?: unknown }[] }).input ?? [];
    const output = input.find((entry) => entry.type === "function_call_output" && entry.call_id === callId);
    if (output !== undefined) return JSON.stringify(output.output);
  }
  return undefined;
}

describe("questions through the real engine", () => {
  let server: TestServer;
  const streams: RawStream[] = [];
  let n = 0;

  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "on-request", "--approval-timeout-ms", String(TIMEOUT_MS)], {
      codexConfigToml: `[mcp_servers.elicit]\ncommand = ${JSON.stringify(process.execPath)}\nargs = [${JSON.stringify(MCP_SERVER)}]\n`,
    });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await server?.close();
  });

  function open(session?: RawStream["session"]): { stream: RawStream; sessionId: string } {
    const stream = RawStream.open(server.url, { session });
    streams.push(stream);
    return { stream, sessionId: `q-${++n}` };
  }

  it("the agent's question becomes a question_prompt; a wrong answer is invalid_answer, the right one reaches the model", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "question please" });
    const prompt = await stream.next<QuestionPromptFrame>(isPrompt);
    expect(prompt).toMatchObject({ kind: "questions", timeoutMs: TIMEOUT_MS, message: "" });
    expect(prompt.questions).toEqual([
      {
        id: "colour",
        header: "Colour",
        question: "Which colour should the button be?",
        options: [
          { label: "Red", description: "warm" },
          { label: "Blue", description: "cool" },
        ],
        // The engine always offers free text besides the options.
        allowOther: true,
        secret: false,
      },
    ]);
    stream.send({ type: "answer", id: "bad", sessionId, promptId: prompt.promptId, answers: { size: ["L"] } });
    const error = await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "bad");
    expect(error).toMatchObject({ code: "invalid_answer", promptId: prompt.promptId, retryable: false });
    stream.send({ type: "answer", sessionId, promptId: prompt.promptId, answers: { colour: ["Red"] } });
    const status = await stream.next<StatusFrame>(isTerminal);
    expect(status).toMatchObject({ state: "completed", finalMessage: "Thanks for answering." });
    expect(toolOutput(server.api.scriptedModel!.requests, prompt.itemId!)).toContain(String.raw`{\"answers\":{\"colour\":{\"answers\":[\"Red\"]}}}`);
    stream.send({ type: "answer", id: "late", sessionId, promptId: prompt.promptId, action: "decline" });
    expect(await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "late")).toMatchObject({ code: "question_already_resolved" });
  });

  it("an unanswered question times out fail-closed: question_timeout, the model gets no answers, the turn completes", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "question, but nobody answers" });
    const prompt = await stream.next<QuestionPromptFrame>(isPrompt);
    const error = await stream.next<ErrorFrame>((f) => f.type === "error", TIMEOUT_MS + 10_000);
    expect(error).toMatchObject({ code: "question_timeout", promptId: prompt.promptId, turnId: prompt.turnId });
    const status = await stream.next<StatusFrame>(isTerminal);
    expect(status.state).toBe("completed");
    expect(error.seq).toBeLessThan(status.seq);
    expect(toolOutput(server.api.scriptedModel!.requests, prompt.itemId!)).toContain(String.raw`{\"answers\":{}}`);
  });

  it("a client that reconnects sees the unanswered question again (replay and session.turn.pendingPromptIds) and answers it there", async () => {
    const first = open();
    first.stream.send({ type: "user_message", sessionId: first.sessionId, content: "question after a reconnect" });
    const prompt = await first.stream.next<QuestionPromptFrame>(isPrompt);
    first.stream.close();
    const { stream } = open();
    stream.send({ type: "open_session", sessionId: first.sessionId, lastSeq: prompt.seq - 1 });
    const session = await stream.next<SessionFrame>((f) => f.type === "session");
    expect(session.turn).toEqual({ turnId: prompt.turnId, pendingCommandIds: [], pendingPromptIds: [prompt.promptId] });
    const replayed = await stream.next<QuestionPromptFrame>(isPrompt);
    expect(replayed).toEqual(prompt);
    stream.send({ type: "answer", sessionId: first.sessionId, promptId: prompt.promptId, answers: { colour: ["a shade of green"] } });
    expect(await stream.next<StatusFrame>(isTerminal)).toMatchObject({ state: "completed" });
    expect(toolOutput(server.api.scriptedModel!.requests, prompt.itemId!)).toContain("a shade of green");
  });

  it("an MCP tool that elicits: first the engine's approval of the tool call, then the server's form; the content reaches the tool", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "mcp tool please" });
    const approval = await stream.next<QuestionPromptFrame>(isPrompt, 30_000);
    // The engine asks before running an MCP tool, as an elicitation with nothing to fill in.
    expect(approval).toMatchObject({ kind: "form", serverName: "elicit", schema: { type: "object", properties: {} } });
    expect(approval.message).toMatch(/run tool "ask"/);
    stream.send({ type: "answer", sessionId, promptId: approval.promptId, action: "accept" });
    const form = await stream.next<QuestionPromptFrame>((f) => isPrompt(f) && f.seq > approval.seq);
    expect(form).toMatchObject({ kind: "form", serverName: "elicit", message: "Which colour?", schema: { required: ["colour"] } });
    expect(form.promptId).not.toBe(approval.promptId);
    stream.send({ type: "answer", id: "bad", sessionId, promptId: form.promptId, content: { colour: "green" } });
    expect(await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "bad")).toMatchObject({
      code: "invalid_answer",
      message: expect.stringContaining('must be one of "red", "blue"'),
    });
    stream.send({ type: "answer", sessionId, promptId: form.promptId, content: { colour: "blue", count: 3 } });
    expect(await stream.next<StatusFrame>(isTerminal)).toMatchObject({ state: "completed", finalMessage: "The tool is done." });
    const tool = stream.frames.find((f) => f.type === "item" && f.event === "completed" && f.item.type === "tool_call");
    const result = tool?.type === "item" && "item" in tool && tool.item.type === "tool_call" ? (tool.item.result as { content: { text: string }[] }) : undefined;
    expect(result?.content[0]?.text).toBe('elicitation result: {"action":"accept","content":{"colour":"blue","count":3}}');
  });

  it("declining the MCP tool's approval: the tool does not run and the turn completes", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "mcp tool, declined" });
    const approval = await stream.next<QuestionPromptFrame>(isPrompt, 30_000);
    stream.send({ type: "answer", sessionId, promptId: approval.promptId, action: "decline" });
    expect(await stream.next<StatusFrame>(isTerminal)).toMatchObject({ state: "completed" });
    expect(stream.frames.filter(isPrompt)).toHaveLength(1);
  });

  it("the TS client: run({ onQuestion }) answers the agent's question and the MCP form; without onQuestion they are declined at once", async () => {
    const connection = await connect(server.url);
    try {
      const session = await connection.openSession();
      const asked: string[] = [];
      const answered = await session.run("question from the library", {
        onQuestion: (prompt) => {
          asked.push(prompt.kind);
          return { answers: { colour: ["Blue"] } };
        },
      });
      expect(answered).toMatchObject({ status: "completed", finalMessage: "Thanks for answering." });
      const forms = await session.run("mcp tool from the library", {
        onQuestion: (prompt) => {
          asked.push(prompt.kind);
          return Object.keys((prompt.schema as { properties: object }).properties).length === 0 ? {} : { content: { colour: "red" } };
        },
      });
      expect(forms).toMatchObject({ status: "completed" });
      expect(asked).toEqual(["questions", "form", "form"]);
      const tool = forms.items.find((item) => item.type === "tool_call");
      expect(JSON.stringify(tool)).toContain("colour");

      const started = Date.now();
      const declined = await session.run("question nobody handles");
      expect(declined.status).toBe("completed");
      // Declined at once, not after the deadline.
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
      await session.close();
    } finally {
      await connection.close();
    }
  });

  it("cancel as the answer stops the turn: interrupted, reason denied", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "question to cancel" });
    const prompt = await stream.next<QuestionPromptFrame>(isPrompt);
    stream.send({ type: "answer", sessionId, promptId: prompt.promptId, action: "cancel" });
    expect(await stream.next<StatusFrame>(isTerminal)).toMatchObject({ state: "interrupted", reason: "denied" });
  });
});
