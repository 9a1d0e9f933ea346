// Question prompts (the agent's questions, MCP elicitations) through the real core against the
// fake engine, with fake timers: relayed as question_prompt, answered once, checked against what
// was asked, resolved fail-closed at their deadline and with their turn, listed on resume.
import { describe, expect, it, vi } from "vitest";
import type { AnswerFrame, ErrorFrame, QuestionPromptFrame } from "../../generated/types.js";
import { startCore, terminals, useCoreClock, type CoreHarness } from "../support/core-harness.js";

let h: CoreHarness;
useCoreClock(() => h);

async function running(options: Parameters<typeof startCore>[0] = {}) {
  h = startCore(options);
  const opened = await h.open("s");
  await h.core.userMessage(opened.session, { type: "user_message", content: "hi" });
  await h.settle();
  return opened;
}

const answer = (promptId: string, rest: Omit<AnswerFrame, "type" | "promptId"> = {}): AnswerFrame => ({ type: "answer", promptId, ...rest });
const errors = (frames: readonly { type: string }[]) => frames.filter((f): f is ErrorFrame => f.type === "error");

describe("a question prompt", () => {
  it("carries the questions, its deadline and the turn; the answer reaches the engine once", async () => {
    const { session, sink } = await running({ approvalTimeoutMs: 10_000 });
    const id = h.engine.question("thread-1", "turn-1");
    const frame = sink.frames.at(-1) as QuestionPromptFrame;
    expect(frame).toMatchObject({ type: "question_prompt", promptId: id, turnId: "turn-1", kind: "questions", itemId: `item-${id}`, timeoutMs: 10_000 });
    expect(frame.questions!.map((q) => q.id)).toEqual(["colour", "name"]);
    expect(Date.parse(frame.expiresAt) - Date.now()).toBe(10_000);
    h.core.answer(session, answer(id, { answers: { colour: ["Red"], name: ["Ada"] } }));
    h.core.answer(session, answer(id, { id: "late", answers: { colour: ["Blue"], name: ["Bob"] } }));
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "accept", answers: { colour: ["Red"], name: ["Ada"] } }]);
    expect(errors(sink.frames)).toEqual([expect.objectContaining({ code: "question_already_resolved", promptId: id, inReplyTo: "late" })]);
    expect(session.prompts.size).toBe(0);
  });

  it("an answer to an unknown prompt is question_not_found; approve and answer do not answer each other's prompts", async () => {
    const { session, sink } = await running();
    const question = h.engine.question("thread-1", "turn-1");
    const approval = h.engine.approval("thread-1", "turn-1");
    h.core.answer(session, answer("never-asked"));
    h.core.answer(session, answer(approval));
    h.core.approve(session, { type: "approve", commandId: question, decision: "allow" });
    expect(errors(sink.frames).map((e) => [e.code, e.promptId ?? e.commandId])).toEqual([
      ["question_not_found", "never-asked"],
      ["question_not_found", approval],
      ["command_not_found", question],
    ]);
    expect(session.prompts.size).toBe(2);
  });

  it("an answer that does not fit is invalid_answer and leaves the prompt pending for a corrected one", async () => {
    const { session, sink } = await running();
    const id = h.engine.question("thread-1", "turn-1");
    const wrong: [Omit<AnswerFrame, "type" | "promptId">, RegExp][] = [
      [{}, /`answers` is required/],
      [{ answers: { colour: ["Red"] } }, /question "name" has no answer/],
      [{ answers: { colour: ["Red"], name: [] } }, /question "name" has no answer/],
      [{ answers: { colour: ["Green"], name: ["x"] } }, /"Green" is not an option of question "colour"; pick one of "Red", "Blue"/],
      [{ answers: { colour: ["Red"], name: ["x"], size: ["L"] } }, /no question "size"/],
      [{ answers: { colour: ["Red"], name: ["x"] }, content: {} }, /`content` does not belong/],
      [{ action: "decline", answers: { colour: ["Red"], name: ["x"] } }, /`answers` does not belong in a decline/],
      [{ answers: { colour: ["Red"], name: Array(17).fill("x") } }, /17 answers; at most 16/],
    ];
    for (const [fields] of wrong) h.core.answer(session, answer(id, fields));
    const sent = errors(sink.frames);
    expect(sent.map((e) => e.code)).toEqual(wrong.map(() => "invalid_answer"));
    sent.forEach((e, i) => expect(e.message).toMatch(wrong[i]![1]));
    expect(sent[0]!.message).toMatch(/still pending/);
    expect(h.engine.questions.get(id)!.answers).toEqual([]);
    // Free text where the question allows it (name), an option where it does not (colour).
    h.core.answer(session, answer(id, { answers: { colour: ["Blue"], name: ["anything at all"] } }));
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "accept", answers: { colour: ["Blue"], name: ["anything at all"] } }]);
  });

  it("times out declined (fail closed) with question_timeout naming it; the turn goes on and the watchdog waits", async () => {
    const { session, sink } = await running({ approvalTimeoutMs: 10_000, turnIdleTimeoutMs: 4_000 });
    const id = h.engine.question("thread-1", "turn-1");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "decline" }]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "question_timeout", promptId: id, turnId: "turn-1", retryable: false });
    expect((sink.frames.at(-1) as ErrorFrame).message).toMatch(/no answer/);
    expect(terminals(sink.frames)).toEqual([]);
    h.core.answer(session, answer(id, { action: "decline", id: "late" }));
    expect(sink.frames.at(-1)).toMatchObject({ code: "question_already_resolved", inReplyTo: "late" });
  });

  it("cancel as the answer stops the turn (interrupted, reason denied); the engine withdraws the question with it", async () => {
    const { session, sink } = await running();
    const id = h.engine.question("thread-1", "turn-1");
    h.core.answer(session, answer(id, { action: "cancel" }));
    await h.settle();
    expect(h.engine.questions.get(id)).toMatchObject({ answers: [], withdrawn: true });
    expect(h.engine.interrupts).toEqual([{ threadId: "thread-1", turnId: "turn-1" }]);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "interrupted", reason: "denied" })]);
  });

  it("of a turn that ends is resolved with it: declined once, its deadline gone", async () => {
    const { session, sink } = await running({ approvalTimeoutMs: 10_000 });
    const id = h.engine.question("thread-1", "turn-1", "form");
    h.engine.endTurn("thread-1", "turn-1", { status: "failed", reason: "model_error", message: "boom", retryable: true });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "decline" }]);
    expect(errors(sink.frames)).toEqual([]);
    h.core.answer(session, answer(id, { content: { project: "web" } }));
    expect(sink.frames.at(-1)).toMatchObject({ code: "question_already_resolved" });
  });

  it("of a cancelled turn is declined only after the interrupt was sent, and only if the engine did not withdraw it", async () => {
    const { session } = await running();
    h.engine.interruptEndsTurn = false;
    const id = h.engine.question("thread-1", "turn-1", "form");
    // An engine that does not withdraw it (as an MCP elicitation might not be): the turn is not
    // the engine's active one any more when the interrupt arrives, so nothing is withdrawn.
    const interrupt = h.engine.interruptTurn.bind(h.engine);
    let answersAtInterrupt: unknown[] | undefined;
    h.engine.interruptTurn = async (threadId, turnId) => {
      answersAtInterrupt = [...h.engine.questions.get(id)!.answers];
      h.engine.activeTurn.delete(threadId);
      return interrupt(threadId, turnId);
    };
    h.core.cancel(session, { type: "cancel" });
    await h.settle();
    expect(answersAtInterrupt).toEqual([]);
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "decline" }]);
  });

  it("for a turn that is not running is declined at once and never shown", async () => {
    const { sink } = await running();
    const id = h.engine.question("thread-1", "turn-old");
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "decline" }]);
    expect(sink.frames.some((f) => f.type === "question_prompt")).toBe(false);
  });

  it("past maxPendingApprovals is declined at once with overloaded and a retryAfterMs", async () => {
    const { sink } = await running({ maxPendingApprovals: 1 });
    h.engine.approval("thread-1", "turn-1");
    const id = h.engine.question("thread-1", "turn-1");
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "decline" }]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "overloaded", promptId: id, retryAfterMs: expect.any(Number) });
  });

  it("is replayed on resume and listed apart from command prompts in the session frame", async () => {
    const { session, sink } = await running();
    const approval = h.engine.approval("thread-1", "turn-1");
    const question = h.engine.question("thread-1", "turn-1");
    const promptSeq = sink.frames.at(-1)!.seq;
    h.core.detach(session, sink);
    const again = await h.open("s", promptSeq - 1);
    expect(again.sink.ack!.turn).toEqual({ turnId: "turn-1", pendingCommandIds: [approval], pendingPromptIds: [question] });
    expect(again.sink.frames).toEqual([expect.objectContaining({ type: "question_prompt", promptId: question, seq: promptSeq })]);
    h.core.answer(again.session, answer(question, { action: "decline" }));
    const third = await h.open("s");
    expect(third.sink.ack!.turn).toEqual({ turnId: "turn-1", pendingCommandIds: [approval] });
  });
});

describe("a form prompt (MCP elicitation)", () => {
  it("takes content that matches the requested schema, and refuses what does not", async () => {
    const { session, sink } = await running();
    const id = h.engine.question("thread-1", "turn-1", "form");
    expect(sink.frames.at(-1)).toMatchObject({ type: "question_prompt", kind: "form", serverName: "tickets", message: "Which project?", schema: { required: ["project"] } });
    const wrong: [Record<string, unknown> | undefined, RegExp][] = [
      [undefined, /required field "project" missing/],
      [{ priority: 2 }, /required field "project" missing/],
      [{ project: "mobile" }, /field "project" must be one of "web", "api" \(got "mobile"\)/],
      [{ project: 7 }, /field "project" must be a string/],
      [{ project: "web", priority: 2.5 }, /must be an integer/],
      [{ project: "web", priority: 9 }, /must be at most 5/],
      [{ project: "web", labels: ["bug", "perf"] }, /must hold only "bug", "ui" \(got "perf"\)/],
      [{ project: "web", urgent: "yes" }, /must be true or false/],
      [{ project: "web", owner: "me" }, /no field "owner"/],
    ];
    for (const [content] of wrong) h.core.answer(session, answer(id, content === undefined ? {} : { content }));
    const sent = errors(sink.frames);
    expect(sent.map((e) => e.code)).toEqual(wrong.map(() => "invalid_answer"));
    sent.forEach((e, i) => expect(e.message).toMatch(wrong[i]![1]));
    h.core.answer(session, answer(id, { answers: { x: ["y"] } }));
    expect(sink.frames.at(-1)).toMatchObject({ code: "invalid_answer", message: expect.stringMatching(/`answers` does not belong in an answer to a form prompt/) });
    const content = { project: "api", priority: 5, labels: ["ui"], urgent: false };
    h.core.answer(session, answer(id, { action: "accept", content }));
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "accept", content }]);
  });

  it("a url prompt is accepted or declined without content", async () => {
    const { session, sink } = await running();
    const id = h.engine.question("thread-1", "turn-1", "url");
    expect(sink.frames.at(-1)).toMatchObject({ kind: "url", url: "https://example.com/login" });
    h.core.answer(session, answer(id, { content: {} }));
    expect(sink.frames.at(-1)).toMatchObject({ code: "invalid_answer" });
    h.core.answer(session, answer(id));
    expect(h.engine.questions.get(id)!.answers).toEqual([{ action: "accept" }]);
  });
});
