// What the reconnect tests share: the scripted model's turns, and ways to read a session and to
// wait for its events without sleeping.
import { expect } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { CodexApiError, type SessionStream } from "../../src/client/index.js";
import type { Script } from "../../src/scripted-model/index.js";

/** Streamed in 300 deltas, 10 ms apart: a turn long enough to cut in the middle of. */
export const STREAM_TEXT = "tick ".repeat(300);

export const SCRIPT: Script = {
  turns: [
    { match: "^stream", responses: [[{ type: "text", text: STREAM_TEXT, chunkChars: 5, delayMs: 10 }]] },
    {
      match: "^approve-live",
      responses: [
        [{ type: "exec", command: "echo live > approved-live.txt", escalate: true, justification: "write a marker file" }],
        [{ type: "text", text: "Wrote the marker." }],
      ],
    },
    {
      match: "^approve-lost",
      responses: [
        [{ type: "exec", command: "echo lost > approved-lost.txt", escalate: true, justification: "write a marker file" }],
        [{ type: "text", text: "Wrote the marker." }],
      ],
    },
    {
      match: "^question-lost",
      responses: [
        [{ type: "call", name: "request_user_input", arguments: { questions: [{ id: "colour", header: "Colour", question: "Which?", options: [{ label: "Red", description: "warm" }] }] } }],
        [{ type: "text", text: "Answered." }],
      ],
    },
    { match: "^hello", responses: [[{ type: "text", text: "Hello." }]] },
  ],
};

export { isHistory } from "../support/history-frames.js";

export const isTerminal = (frame: ServerFrame): boolean => frame.type === "status" && frame.state !== "started";

/** Reads frames until one matches; returns everything read, the match last. */
export async function readUntil(session: SessionStream, matches: (frame: ServerFrame) => boolean): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for await (const frame of session) {
    frames.push(frame);
    if (matches(frame)) return frames;
  }
  throw new Error(`the stream ended before a matching frame; read ${frames.map((f) => f.type).join(", ")}`);
}

/** Reads to the end of the iterable; `frames` holds what was read before any error. */
export async function readAll(session: SessionStream, frames: ServerFrame[] = []): Promise<ServerFrame[]> {
  for await (const frame of session) frames.push(frame);
  return frames;
}

export async function rejection(promise: Promise<unknown>): Promise<CodexApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodexApiError);
  return error as CodexApiError;
}

/** Values pushed by a callback, taken in order by `next()`, whether pushed before or after. */
export class Events<T> {
  readonly seen: T[] = [];
  #taken = 0;
  #wake: (() => void) | undefined;

  readonly push = (value: T): void => {
    this.seen.push(value);
    this.#wake?.();
  };

  async next(): Promise<T> {
    while (this.seen.length <= this.#taken) await new Promise<void>((resolve) => (this.#wake = resolve));
    return this.seen[this.#taken++]!;
  }
}
