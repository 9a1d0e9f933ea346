// run()'s fold, over recorded frame sequences passed through the real codecs (encoded, cut into
// odd-sized chunks, decoded, checked against the spec) — no network, no fakes.
import { describe, expect, it } from "vitest";
import type { CommandPromptFrame, QuestionPromptFrame, ServerFrame } from "../../generated/types.js";
import { CodexApiError } from "../../src/client/codex-api-error.js";
import { foldTurn } from "../../src/client/turn-fold.js";
import { checkServerFrame } from "../../src/protocol/index.js";
import { lengthPrefixedFraming, ndjsonFraming, type Framing } from "../../src/transport/index.js";

const S = "s1";
const usage = { inputTokens: 100, cachedInputTokens: 20, outputTokens: 30, reasoningOutputTokens: 5, totalTokens: 130 };

/** Numbers history frames 1, 2, 3… (control frames repeat the last seq), as the server does. */
function numbered(frames: Record<string, unknown>[]): ServerFrame[] {
  let seq = 0;
  return frames.map((frame) => {
    if (frame.type !== "heartbeat" && frame.type !== "terminate") seq++;
    return { ...frame, seq, sessionId: S } as unknown as ServerFrame;
  });
}

const started = (turnId: string, inReplyTo?: string) => ({ type: "status", turnId, state: "started", message: "Agent processing...", ...(inReplyTo === undefined ? {} : { inReplyTo }) });
const message = (turnId: string, id: string, text: string) => [
  { type: "item", turnId, event: "started", item: { type: "agent_message", id, text: "" } },
  { type: "item", turnId, event: "delta", itemId: id, itemType: "agent_message", field: "text", delta: text },
  { type: "item", turnId, event: "completed", item: { type: "agent_message", id, text } },
];
const command = { type: "command_execution", id: "call_1", command: ["/bin/bash", "-lc", "npm test"], commandLine: "npm test", cwd: "/srv/repo" };
const prompt = (turnId: string) => ({
  type: "command_prompt",
  turnId,
  commandId: "call_1",
  kind: "command",
  itemId: "call_1",
  command: command.command,
  explanation: "run the tests",
  decisions: ["allow", "allow_for_session", "deny", "deny_and_stop"],
  timeoutMs: 300000,
  expiresAt: "2026-11-24T12:05:00.000Z",
});

const question = (turnId: string) => ({
  type: "question_prompt",
  turnId,
  promptId: "call_q",
  kind: "questions",
  itemId: "call_q",
  message: "",
  questions: [{ id: "colour", header: "Colour", question: "Which colour?", options: [], allowOther: true, secret: false }],
  timeoutMs: 300000,
  expiresAt: "2026-11-24T12:05:00.000Z",
});

/** A turn of m-1 with a command prompt and a question, preceded by the tail of an earlier turn (a replay). */
const recordedTurn = numbered([
  ...message("t0", "msg_0", "earlier turn"),
  { type: "status", turnId: "t0", state: "completed", message: "Agent run completed.", usage, durationMs: 10, finalMessage: "earlier turn" },
  { type: "heartbeat", sentAtMs: 1, timestamp: "1970-01-01T00:00:00.001Z" },
  started("t1", "m-1"),
  { type: "item", turnId: "t1", event: "started", item: { type: "reasoning", id: "r_1", summary: [], content: [] } },
  { type: "item", turnId: "t1", event: "delta", itemId: "r_1", itemType: "reasoning", field: "summary", index: 0, delta: "thinking" },
  { type: "item", turnId: "t1", event: "completed", item: { type: "reasoning", id: "r_1", summary: ["thinking"], content: [] } },
  ...message("t1", "msg_1", "I'll run the tests."),
  { type: "item", turnId: "t1", event: "started", item: { ...command, status: "in_progress", exitCode: null, output: "", durationMs: null } },
  prompt("t1"),
  question("t1"),
  { type: "item", turnId: "t1", event: "delta", itemId: "call_1", itemType: "command_execution", field: "output", delta: "12 passed\n" },
  { type: "item", turnId: "t1", event: "completed", item: { ...command, status: "completed", exitCode: 0, output: "12 passed\n", durationMs: 2310 } },
  ...message("t1", "msg_2", "All 12 tests pass."),
  { type: "status", turnId: "t1", state: "completed", message: "Agent run completed.", usage, durationMs: 8120, finalMessage: "All 12 tests pass." },
  { type: "heartbeat", sentAtMs: 2, timestamp: "1970-01-01T00:00:00.002Z" },
]);

/** The frames as a client reads them: encoded, cut into 7-byte chunks, decoded and checked. */
async function* throughCodec(frames: ServerFrame[], framing: Framing): AsyncGenerator<ServerFrame> {
  const bytes = Buffer.concat(frames.map((frame) => framing.encode(frame)));
  const decoder = framing.createDecoder();
  for (let at = 0; at < bytes.length; at += 7) {
    for (const result of decoder.decode(bytes.subarray(at, at + 7))) {
      if (!result.ok) throw result.error;
      const check = checkServerFrame(result.frame);
      if (!check.ok) throw new Error(check.problem.message);
      yield check.frame;
    }
  }
  expect(decoder.end()).toStrictEqual([]);
}

const noPrompts = async (p: CommandPromptFrame | QuestionPromptFrame) => {
  throw new Error(`unexpected prompt ${p.type === "command_prompt" ? p.commandId : p.promptId}`);
};

describe.each([ndjsonFraming, lengthPrefixedFraming])("the run() fold over $name frames", (framing) => {
  it("folds the turn its message started into one result, skipping earlier turns and control frames; prompts and questions are handed out in order", async () => {
    const prompts: (CommandPromptFrame | QuestionPromptFrame)[] = [];
    const result = await foldTurn(throughCodec(recordedTurn, framing), "m-1", async (p) => void prompts.push(p));
    expect(prompts.map((p) => (p.type === "command_prompt" ? p.commandId : p.promptId))).toStrictEqual(["call_1", "call_q"]);
    expect(result).toMatchObject({ turnId: "t1", status: "completed", finalMessage: "All 12 tests pass.", usage, durationMs: 8120 });
    expect(result.items.map((item) => item.id)).toStrictEqual(["r_1", "msg_1", "call_1", "msg_2"]);
    expect(result.items[2]).toMatchObject({ type: "command_execution", exitCode: 0, output: "12 passed\n" });
    expect(result.error).toBeUndefined();
  });

  it("reports an interrupted turn with its reason and the last message it completed", async () => {
    const frames = numbered([
      started("t2", "m-2"),
      ...message("t2", "msg_1", "Starting"),
      { type: "status", turnId: "t2", state: "interrupted", message: "Agent run cancelled by client.", reason: "cancelled", usage, durationMs: 40 },
    ]);
    const result = await foldTurn(throughCodec(frames, framing), "m-2", noPrompts);
    expect(result).toMatchObject({ status: "interrupted", finalMessage: "Starting", error: { reason: "cancelled" } });
  });

  it("reports a failed turn with the server's reason, message and retryability", async () => {
    const frames = numbered([
      started("t3", "m-3"),
      { type: "status", turnId: "t3", state: "failed", reason: "model_error", message: "unexpected status 401", retryable: false, durationMs: 310 },
    ]);
    const result = await foldTurn(throughCodec(frames, framing), "m-3", noPrompts);
    expect(result).toMatchObject({ status: "failed", finalMessage: null, usage: null, items: [], error: { reason: "model_error", message: "unexpected status 401", retryable: false } });
  });

  it("rejects with the server's error when the message is refused", async () => {
    const frames = numbered([
      { type: "error", code: "turn_in_progress", message: "turn t0 is still running", retryable: true, inReplyTo: "m-4", frameType: "user_message" },
    ]);
    const error = await foldTurn(throughCodec(frames, framing), "m-4", noPrompts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodexApiError);
    expect(error).toMatchObject({ code: "turn_in_progress", retryable: true, message: "turn t0 is still running" });
  });

  it("ignores errors answering other frames (an approval timeout) and keeps folding", async () => {
    const frames = numbered([
      started("t5", "m-5"),
      { type: "error", code: "approval_timeout", message: "not answered", retryable: false, commandId: "call_9", turnId: "t5" },
      { type: "status", turnId: "t5", state: "completed", message: "Agent run completed.", usage, durationMs: 1, finalMessage: null },
    ]);
    expect(await foldTurn(throughCodec(frames, framing), "m-5", noPrompts)).toMatchObject({ status: "completed", finalMessage: null });
  });

  it("rejects with a retryable error when the server terminates the stream mid-turn", async () => {
    const frames = numbered([
      started("t6", "m-6"),
      { type: "terminate", reason: "shutdown", message: "server is shutting down", reconnect: true, retryAfterMs: 5000 },
    ]);
    const error = await foldTurn(throughCodec(frames, framing), "m-6", noPrompts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "shutting_down", retryable: true, frame: { type: "terminate", reason: "shutdown" } });
  });

  it("rejects with stream_closed when the frames end before the turn does", async () => {
    const frames = numbered([started("t7", "m-7"), ...message("t7", "msg_1", "partial")]);
    const error = await foldTurn(throughCodec(frames, framing), "m-7", noPrompts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "stream_closed", retryable: true });
  });
});
