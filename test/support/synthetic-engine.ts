// An engine port whose turns emit agent_message deltas as fast as the client reads them: the
// transport benchmarks measure the path from the core to the socket with it rather than a
// model, and transport tests stream large turns through the real server with it. The prompt is
// the plan: how many deltas of how many characters.
//
// The real engine has no backpressure: its events are queued by the stream writer up to
// maxQueuedBytes, then the stream is dropped (slow_consumer). So the client acknowledges the
// bytes it has read (over the benchmark's IPC channel, outside the measured path) and a turn
// runs at most WINDOW_BYTES ahead of it.
import type { UserMessageFrame } from "../../generated/types.js";
import type { EngineEvent, EnginePort, TurnInput } from "../../src/core/engine-port.js";

/**
 * What a client asks the synthetic engine for, as the content of its `user_message`: `frames`
 * item deltas of `deltaChars` characters each; `tag` names the stream in read acknowledgements.
 */
export interface OutPlan {
  tag: string;
  frames: number;
  deltaChars: number;
}

export function planMessage(plan: OutPlan): UserMessageFrame {
  return { type: "user_message", id: 1, content: JSON.stringify(plan) };
}

export function parsePlan(content: string): OutPlan {
  const plan = JSON.parse(content) as Partial<OutPlan>;
  if (typeof plan.tag !== "string" || !Number.isSafeInteger(plan.frames) || !Number.isSafeInteger(plan.deltaChars)) {
    throw new Error(`not a synthetic engine plan: ${content.slice(0, 100)}`);
  }
  return plan as OutPlan;
}

/** ASCII prose: nothing for JSON to escape, one byte per character, like most model output. */
export function deltaText(chars: number): string {
  const words = "the test file now passes because the function returns early on an empty list ";
  return words.repeat(Math.ceil(chars / words.length)).slice(0, chars);
}

/** Unacknowledged bytes per turn: well under the 8 MiB maxQueuedBytes default. */
export const WINDOW_BYTES = 512 << 10;
/** The client acknowledges every this many bytes per stream. */
export const ACK_EVERY_BYTES = 128 << 10;
/** Emitted per turn in one go before yielding to I/O: one 64 KiB read of the engine's stdout. */
const BURST_BYTES = 64 << 10;
/** A delta frame's bytes beyond its text (ids, seq, field names), near enough for pacing. */
const FRAME_OVERHEAD_BYTES = 170;

interface Credit {
  ackedBytes: number;
  /** Set while the turn waits for an acknowledgement. */
  wake: (() => void) | undefined;
  stopped: boolean;
}

export class SyntheticEngine implements EnginePort {
  readonly ready = true;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly credits = new Map<string, Credit>();
  private readonly running = new Map<string, Credit>();
  private threads = 0;
  private turns = 0;

  async startThread(): Promise<{ threadId: string }> {
    return { threadId: `thread_${++this.threads}` };
  }

  async startTurn(threadId: string, input: TurnInput[]): Promise<{ turnId: string }> {
    const text = input[0]?.type === "text" ? input[0].text : "";
    const plan = parsePlan(text);
    const turnId = `turn_${++this.turns}`;
    const credit: Credit = { ackedBytes: 0, wake: undefined, stopped: false };
    this.credits.set(plan.tag, credit);
    this.running.set(turnId, credit);
    // The core marks the turn running once this promise resolves; events before that are dropped.
    setImmediate(() => void this.run(threadId, turnId, plan, credit));
    return { turnId };
  }

  async interruptTurn(_threadId: string, turnId: string): Promise<void> {
    const credit = this.running.get(turnId);
    if (credit === undefined) return;
    credit.stopped = true;
    credit.wake?.();
  }

  /** Benchmarks never steer: refused as the engine refuses a turn it does not run. */
  async steerTurn(): Promise<void> {
    throw Object.assign(new Error("turn/steer: the synthetic engine does not steer"), { code: "rpc_error" });
  }

  async closeThread(): Promise<void> {}

  // Reviews, compaction and history changes are not simulated: refused as the engine refuses.
  async startReview(): Promise<{ turnId: string }> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  async compactThread(): Promise<void> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  async forkThread(): Promise<{ threadId: string }> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  async revertThread(): Promise<void> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The client has read `bytes` of the stream whose plan carried `tag`. */
  ack(tag: string, bytes: number): void {
    const credit = this.credits.get(tag);
    if (credit === undefined || bytes <= credit.ackedBytes) return;
    credit.ackedBytes = bytes;
    credit.wake?.();
  }

  private async run(threadId: string, turnId: string, plan: OutPlan, credit: Credit): Promise<void> {
    const delta = deltaText(plan.deltaChars);
    const frameBytes = plan.deltaChars + FRAME_OVERHEAD_BYTES;
    const burst = Math.max(1, Math.floor(BURST_BYTES / frameBytes));
    let sent = 0;
    while (sent < plan.frames && !credit.stopped) {
      const allowed = Math.min(plan.frames, sent + burst, Math.floor((credit.ackedBytes + WINDOW_BYTES) / frameBytes));
      if (allowed <= sent) {
        await new Promise<void>((resolve) => (credit.wake = resolve));
        credit.wake = undefined;
        continue;
      }
      for (; sent < allowed; sent++) this.emit({ kind: "delta", threadId, turnId, itemId: "msg_1", itemType: "agent_message", field: "text", delta });
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.credits.delete(plan.tag);
    this.running.delete(turnId);
    this.emit({ kind: "turn_ended", threadId, turnId, end: credit.stopped ? { status: "interrupted" } : { status: "completed", finalMessage: null } });
  }

  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
