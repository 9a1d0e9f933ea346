// The real AgentCore around the fake engine, with recording sinks in place of streams: for fast
// tests of sessions, turns and prompts. Use it under fake timers (useCoreClock).
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerFrame } from "../../generated/types.js";
import { AgentCore, type CoreOptions } from "../../src/core/agent-core.js";
import type { HistoryFrame } from "../../src/core/outbox.js";
import type { Session, SessionAck, SessionSink } from "../../src/core/session.js";
import { afterEach, beforeEach, vi } from "vitest";
import { FakeEngine } from "./fake-engine.js";

/**
 * For every test of the calling file: fake timers before it (the timer functions and Date only,
 * so setImmediate and I/O stay real); after it, the harnesses `started()` gives are closed and
 * real timers come back.
 */
export function useCoreClock(started: () => CoreHarness | readonly CoreHarness[] | undefined): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  });
  afterEach(() => {
    const harnesses = started();
    for (const h of Array.isArray(harnesses) ? harnesses : harnesses === undefined ? [] : [harnesses]) h.close();
    vi.useRealTimers();
  });
}

/** A stream as the core sees it: what it was told, in order. */
export class RecordingSink implements SessionSink {
  ack: SessionAck | undefined;
  readonly frames: HistoryFrame[] = [];
  supersededCount = 0;

  bound(ack: SessionAck): void {
    this.ack = ack;
  }

  deliver(frame: HistoryFrame): void {
    this.frames.push(frame);
  }

  superseded(): void {
    this.supersededCount++;
  }
}

export interface CoreHarness {
  core: AgentCore;
  engine: FakeEngine;
  workspace: string;
  /** Opens (or resumes) a session on a new sink; throws if the core refuses. */
  open(sessionId: string, lastSeq?: number): Promise<{ session: Session; sink: RecordingSink }>;
  /** Lets promise jobs and one turn of the event loop run (the engine's answers, fs callbacks). */
  settle(): Promise<void>;
  close(): void;
}

export function startCore(options: Partial<CoreOptions> = {}): CoreHarness {
  const workspace = realpathSync(mkdtempSync(join(tmpdir(), "codex-api-core-")));
  const engine = new FakeEngine();
  const core = new AgentCore({
    engine,
    defaults: { cwd: workspace, approvalPolicy: "on-request", sandbox: "workspace-write" },
    policy: { allowedRoots: [workspace], allowedSandboxes: ["read-only", "workspace-write"], allowedApprovalPolicies: ["untrusted", "on-request", "never"] },
    approvalTimeoutMs: 60_000,
    sessionTtlMs: 30_000,
    unusedSessionTtlMs: 5_000,
    turnIdleTimeoutMs: 120_000,
    modelRetryTimeoutMs: 60_000,
    interruptGraceMs: 5_000,
    maxReplayFrames: 10_000,
    maxReplayBytes: 16 << 20,
    replayBudgetBytes: 256 << 20,
    maxSessions: 1000,
    maxRunningTurns: 64,
    maxPendingApprovals: 16,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    logContent: false,
    ...options,
  });
  return {
    core,
    engine,
    workspace,
    async open(sessionId, lastSeq) {
      const sink = new RecordingSink();
      const outcome = await core.open({ sessionId, lastSeq }, sink);
      if (!outcome.ok) throw new Error(`open ${sessionId}: ${outcome.code}: ${outcome.message}`);
      return { session: outcome.session, sink };
    },
    async settle() {
      for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    },
    close() {
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}

/** The terminal status frames among `frames`. */
export function terminals(frames: readonly ServerFrame[]): Extract<ServerFrame, { type: "status" }>[] {
  return frames.filter((f): f is Extract<ServerFrame, { type: "status" }> => f.type === "status" && f.state !== "started");
}
