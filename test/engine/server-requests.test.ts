// Approval requests from the engine as ServerRequests publishes them: ids unique while a client
// may still hold them, and a memory of issued ids that stays bounded.
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../src/core/engine-port.js";
import type { EngineConnection } from "../../src/engine/engine-connection.js";
import { ISSUED_MEMORY, ServerRequests } from "../../src/engine/server-requests.js";
import { ThreadBook } from "../../src/engine/thread-book.js";

function setup() {
  const answers: { id: unknown; result: unknown }[] = [];
  const connection = { respond: (id: unknown, result: unknown) => answers.push({ id, result }), respondError() {} } as unknown as EngineConnection;
  const events: EngineEvent[] = [];
  const book = new ThreadBook({ cwd: "/w" });
  const requests = new ServerRequests({
    live: () => ({ connection, generation: 1 }),
    thread: () => book,
    emit: (event) => events.push(event),
    interruptTurn: async () => {},
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  let next = 0;
  /** The engine asks to approve a command whose call id is `callId`. */
  const ask = (callId: string) =>
    requests.handle(1, next++, "item/commandExecution/requestApproval", { threadId: "t", turnId: "u", itemId: callId, command: "/bin/bash -c ls", cwd: "/w", reason: "" });
  const ids = () => events.flatMap((e) => (e.kind === "approval_requested" ? [e.request.id] : []));
  return { requests, ask, ids, answers };
}

describe("approval ids", () => {
  it("are the call id, made unique with #n when a call id comes again", () => {
    const { ask, ids } = setup();
    ask("call_1");
    ask("call_2");
    ask("call_1");
    ask("call_1");
    expect(ids()).toEqual(["call_1", "call_2", "call_1#2", "call_1#3"]);
  });

  it("are remembered in a bounded memory: ten thousand approvals keep at most ISSUED_MEMORY ids, recent ones still unique", () => {
    const { requests, ask, ids } = setup();
    for (let i = 0; i < 10_000; i++) ask(i % 2 === 0 ? "call_same" : `call_${i}`);
    expect(requests.issuedCount).toBe(ISSUED_MEMORY);
    const recent = ids().slice(-ISSUED_MEMORY);
    expect(new Set(recent).size).toBe(ISSUED_MEMORY);
  });
});
