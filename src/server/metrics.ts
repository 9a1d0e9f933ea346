// Prometheus metrics (prom-client), one registry per server instance so several servers in one
// process (tests, benchmarks) do not collide. Served at GET /metrics.
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CoreObserver, CoreStats } from "../core/agent-core.js";

/**
 * A counter bumped once per frame, with one label. Counts are plain numbers until a scrape
 * hands them to prom-client: Counter#inc with labels hashes and validates them on every call, a
 * few % of the cost of a small frame (bench/README.md, transport-out).
 */
export class PerFrameCounter<L extends string> {
  private readonly pending = new Map<string, number>();

  constructor(name: string, help: string, label: L, registers: Registry[]) {
    const pending = this.pending;
    new Counter({
      name,
      help,
      labelNames: [label],
      registers,
      collect(this: Counter<L>) {
        for (const [value, count] of pending) this.inc({ [label]: value } as Partial<Record<L, string>>, count);
        pending.clear();
      },
    });
  }

  inc(labelValue: string): void {
    this.pending.set(labelValue, (this.pending.get(labelValue) ?? 0) + 1);
  }
}

export class Metrics implements CoreObserver {
  readonly registry = new Registry();
  readonly openStreams: Gauge;
  readonly framesIn: PerFrameCounter<"type">;
  readonly framesOut: PerFrameCounter<"type">;
  readonly errors: PerFrameCounter<"code">;
  readonly engineRestarts: Counter;
  readonly replays: Counter<"result">;
  readonly turnDuration: Histogram<"state">;
  readonly timeToFirstItem: Histogram;

  constructor(stats: () => CoreStats) {
    const registers = [this.registry];
    const gauge = (name: string, help: string, read: (s: CoreStats) => number) =>
      new Gauge({ name, help, registers, collect: function (this: Gauge) { this.set(read(stats())); } });
    gauge("codex_api_sessions", "Sessions held (with or without a stream).", (s) => s.sessions);
    gauge("codex_api_running_turns", "Turns running now.", (s) => s.runningTurns);
    gauge("codex_api_pending_approvals", "command_prompts and question_prompts waiting for an answer.", (s) => s.pendingApprovals);
    gauge("codex_api_replay_bytes", "Replay history held by every session together (bounded by --replay-budget-bytes).", (s) => s.replayBytes);
    this.openStreams = new Gauge({ name: "codex_api_open_streams", help: "Open POST /agent/stream streams.", registers });
    this.framesIn = new PerFrameCounter("codex_api_frames_in_total", "Valid client frames received, by type.", "type", registers);
    this.framesOut = new PerFrameCounter("codex_api_frames_out_total", "Server frames written to streams, by type.", "type", registers);
    this.errors = new PerFrameCounter("codex_api_errors_total", "error frames sent, by code.", "code", registers);
    this.engineRestarts = new Counter({ name: "codex_api_engine_restarts_total", help: "Times the Codex engine exited unexpectedly.", registers });
    this.replays = new Counter({
      name: "codex_api_replays_total",
      help: "Resumes with lastSeq: hit = everything replayed, miss = some frames were no longer held.",
      labelNames: ["result"],
      registers,
    });
    this.turnDuration = new Histogram({
      name: "codex_api_turn_duration_seconds",
      help: "Turn duration from start to terminal status, by final state.",
      labelNames: ["state"],
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
      registers,
    });
    this.timeToFirstItem = new Histogram({
      name: "codex_api_time_to_first_item_seconds",
      help: "From turn start to its first item.",
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers,
    });
  }

  errorSent(code: string): void {
    this.errors.inc(code);
  }

  turnEnded(state: string, durationMs: number): void {
    this.turnDuration.observe({ state }, durationMs / 1000);
  }

  firstItem(ms: number): void {
    this.timeToFirstItem.observe(ms / 1000);
  }

  replay(result: "hit" | "miss"): void {
    this.replays.inc({ result });
  }
}
