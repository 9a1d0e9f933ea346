// A backend written for the original protocol, end to end: the real engine, the scripted model,
// real HTTP/2. The client below knows only the original server frame shapes (zod in the original,
// every object non-strict, reproduced here by hand since zod is not a dependency) and does what
// the original demo client did: every frame it sends goes on a new stream with the same
// sessionId, so its approvals and its cancel arrive on control streams (spec "Control streams").
// It must decode every frame it receives, see the turn's lifecycle in `status.message`, and show
// the agent's text from `responseItem`.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Script } from "../../src/scripted-model/index.js";
import { RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

// ---------------------------------------------------------------- the original shapes, by hand

/** A value checker: undefined when the value fits, else what is wrong (with its path). */
type Check = (value: unknown, path: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str: Check = (v, p) => (typeof v === "string" ? undefined : `${p}: expected a string`);
const bool: Check = (v, p) => (typeof v === "boolean" ? undefined : `${p}: expected a boolean`);
const any: Check = () => undefined;
const literal =
  (want: string): Check =>
  (v, p) =>
    v === want ? undefined : `${p}: expected ${JSON.stringify(want)}`;
const optional =
  (inner: Check): Check =>
  (v, p) =>
    v === undefined ? undefined : inner(v, p);
const arrayOf =
  (inner: Check): Check =>
  (v, p) =>
    Array.isArray(v) ? v.map((x, i) => inner(x, `${p}/${i}`)).find((e) => e !== undefined) : `${p}: expected an array`;
const record: Check = (v, p) => (isObject(v) ? undefined : `${p}: expected an object`);
/** zod's `.uuid()`. */
const uuid: Check = (v, p) => (typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? undefined : `${p}: expected a uuid`);
/** zod's `.datetime()` with its defaults: ISO 8601 in UTC (`Z`), any fraction of a second. */
const datetime: Check = (v, p) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) ? undefined : `${p}: expected an ISO 8601 date-time`);
/** A non-strict object (zod's default): unknown keys pass. */
const object =
  (shape: Record<string, Check>): Check =>
  (v, p) =>
    isObject(v) ? Object.entries(shape).map(([k, check]) => check(v[k], `${p}/${k}`)).find((e) => e !== undefined) : `${p}: expected an object`;

const base = { id: optional(uuid) };
/** The original ServerFrameSchema: a z.union of these six. */
const ORIGINAL_SERVER_FRAMES: Record<string, Check> = {
  item: object({ ...base, type: literal("item"), responseItem: any }),
  command_prompt: object({ ...base, type: literal("command_prompt"), commandId: str, command: arrayOf(str), applyPatch: any, explanation: optional(str) }),
  status: object({ ...base, type: literal("status"), message: str, details: optional(record) }),
  error: object({ ...base, type: literal("error"), message: str, code: optional(str), retryable: optional(bool), details: optional(record) }),
  heartbeat: object({ ...base, type: literal("heartbeat"), timestamp: datetime }),
  terminate: object({ ...base, type: literal("terminate"), reason: str, details: optional(record) }),
};

interface OriginalFrame {
  type: string;
  [key: string]: unknown;
}

/** What the original client made of every frame it got. */
class OriginalDecoder {
  readonly decoded: OriginalFrame[] = [];
  /** Frames of a type the original union has no member for (the spec: skip them). */
  readonly skipped: string[] = [];
  readonly failures: string[] = [];

  decode(frame: unknown): OriginalFrame | undefined {
    const problems = Object.values(ORIGINAL_SERVER_FRAMES).map((check) => check(frame, ""));
    if (problems.some((p) => p === undefined)) {
      this.decoded.push(frame as OriginalFrame);
      return frame as OriginalFrame;
    }
    const type = isObject(frame) ? String(frame.type) : typeof frame;
    if (type in ORIGINAL_SERVER_FRAMES) this.failures.push(`${type}: ${problems.find((p) => p?.startsWith("/type") === false) ?? problems.join("; ")} in ${JSON.stringify(frame).slice(0, 300)}`);
    else this.skipped.push(type);
    return undefined;
  }
}

/** As the original demo client printed an item: the text parts of its responseItem. */
function printedText(frame: OriginalFrame): string {
  const item = frame.responseItem as { type?: string; content?: { text?: string }[] } | undefined;
  return item?.type === "message" ? (item.content ?? []).map((c) => c.text ?? "").join("") : "";
}

// ---------------------------------------------------------------- the test

const SCRIPT: Script = {
  turns: [
    {
      match: "^list and write",
      responses: [
        [
          { type: "reasoning", summary: "Look first, then write." },
          { type: "text", text: "I will list the files." },
          { type: "exec", command: "echo original-hello", escalate: true, justification: "list" },
        ],
        [{ type: "patch", patch: "*** Begin Patch\n*** Add File: original.txt\n+from the original client\n*** End Patch\n" }],
        [{ type: "text", text: "Listed the files and wrote original.txt." }],
      ],
    },
    { match: "^wait for me", responses: [[{ type: "exec", command: "echo never-runs", escalate: true, justification: "pending" }]] },
  ],
};

describe("a client of the original protocol", () => {
  let server: TestServer;
  const streams: RawStream[] = [];
  const decoder = new OriginalDecoder();

  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted", "--heartbeat-interval-ms", "250"]);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await server?.close();
  });

  /** Sends one frame on a new stream, as the original demo client did; returns the stream. */
  function sendOnNewStream(frame: object): RawStream {
    const stream = RawStream.open(server.url);
    streams.push(stream);
    stream.send({ id: randomUUID(), ...frame });
    return stream;
  }

  /** Decodes the stream's frames as they come, from `from` on; resolves with the first that `until` accepts. */
  async function read(stream: RawStream, until: (f: OriginalFrame) => boolean, from: { at: number }): Promise<OriginalFrame> {
    for (;;) {
      await stream.next(() => true, 60_000, from.at);
      while (from.at < stream.frames.length) {
        const frame = decoder.decode(stream.frames[from.at++]);
        if (frame !== undefined && until(frame)) return frame;
      }
    }
  }

  /** A control stream: its frames, all decoded, once the server ended it. */
  async function control(frame: object): Promise<OriginalFrame[]> {
    const stream = sendOnNewStream(frame);
    await stream.closed(20_000);
    return stream.frames.map((f) => decoder.decode(f)).filter((f) => f !== undefined);
  }

  it("drives a turn with approvals and a cancel on streams of their own, decodes every frame, and shows the agent's text", async () => {
    const sessionId = `original-${randomUUID()}`;
    const main = sendOnNewStream({ type: "user_message", sessionId, content: "list and write", configOverrides: { approvalPolicy: "suggest" } });
    const at = { at: 0 };
    const statuses: string[] = [];
    const printed: string[] = [];
    const prompts: string[][] = [];
    const controlAnswers: string[] = [];

    // Turn 1: every prompt answered on a control stream, until the run completes.
    for (;;) {
      const frame = await read(main, (f) => f.type === "status" || f.type === "command_prompt" || f.type === "item", at);
      if (frame.type === "item") printed.push(printedText(frame));
      if (frame.type === "command_prompt") {
        prompts.push(frame.command as string[]);
        const answer = await control({ type: "approve", sessionId, commandId: frame.commandId, decision: "allow" });
        controlAnswers.push(answer.map((f) => f.type).join(","));
      }
      if (frame.type === "status") statuses.push(frame.message as string);
      if (frame.type === "status" && frame.message !== "Agent processing...") break;
    }
    expect(statuses).toEqual(["Agent processing...", "Agent run completed."]);
    // Both prompts (the command and the patch) were answered on control streams: acknowledged, then ended.
    expect(controlAnswers).toEqual(["heartbeat,terminate", "heartbeat,terminate"]);
    expect(prompts[0]!.join(" ")).toContain("echo original-hello");
    expect(printed.join("\n")).toContain("I will list the files.");
    expect(printed.join("\n")).toContain("Listed the files and wrote original.txt.");

    // The other Responses API shapes a client of the original protocol meets.
    const responseItems = decoder.decoded.filter((f) => f.type === "item" && f.responseItem !== undefined).map((f) => f.responseItem as Record<string, unknown>);
    expect(responseItems.find((r) => r.type === "reasoning")).toMatchObject({ summary: [{ type: "summary_text", text: "Look first, then write." }] });
    const shell = responseItems.find((r) => r.type === "function_call" && r.name === "shell")!;
    expect((JSON.parse(shell.arguments as string) as { command: string[] }).command.join(" ")).toContain("echo original-hello");
    const shellOutput = responseItems.find((r) => r.type === "function_call_output" && r.call_id === shell.call_id)!;
    expect(JSON.parse(shellOutput.output as string)).toMatchObject({ output: expect.stringContaining("original-hello"), metadata: { exit_code: 0 } });
    const patchCall = responseItems.find((r) => r.type === "function_call" && r.name === "apply_patch")!;
    expect((JSON.parse(patchCall.arguments as string) as { input: string }).input).toMatch(/^\*\*\* Begin Patch\n\*\*\* Add File: .*original\.txt\n\+from the original client\n\*\*\* End Patch\n$/);
    expect(responseItems.find((r) => r.type === "function_call_output" && r.call_id === patchCall.call_id)).toMatchObject({ output: expect.stringMatching(/^Success\. Updated the following files:\nA .*original\.txt\n$/) });

    // Turn 2, on the same stream: cancelled from a control stream while its prompt waits.
    main.send({ id: randomUUID(), type: "user_message", sessionId, content: "wait for me" });
    const prompt = await read(main, (f) => f.type === "command_prompt", at);
    expect(prompt.command).toEqual(expect.arrayContaining([expect.stringContaining("echo never-runs")]));
    const cancelAnswer = await control({ type: "cancel", sessionId });
    expect(cancelAnswer.map((f) => f.type)).toEqual(["heartbeat", "terminate"]);
    const cancelled = await read(main, (f) => f.type === "status" && f.message !== "Agent processing...", at);
    expect(cancelled.message).toBe("Agent run cancelled by client.");

    // A heartbeat of the main stream, decoded like everything else; then the end.
    await read(main, (f) => f.type === "heartbeat", at);
    main.endRequest();
    await read(main, (f) => f.type === "terminate", at);
    expect(main.frames.filter((f) => f.type === "terminate").map((f) => (f as { reason: string }).reason)).toEqual(["client_closed"]);

    // Every frame of the main stream and of the four control streams decoded; the one frame type
    // the original union lacks is the session frame at the start of the main stream.
    expect(decoder.failures).toEqual([]);
    expect(decoder.skipped).toEqual(["session"]);
    const types = new Set(decoder.decoded.map((f) => f.type));
    for (const type of ["item", "command_prompt", "status", "heartbeat", "terminate"]) expect(types).toContain(type);
  });
});
