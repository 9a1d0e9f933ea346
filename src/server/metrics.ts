// Prometheus metrics (prom-client), one registry per server instance so several servers in one
// process (tests, benchmarks) do not collide. Served at GET /metrics.
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CoreObserver, CoreStats } from "../core/agent-core.js";

export class Metrics implements CoreObserver {
  readonly registry = new Registry();
  readonly openStreams: Gauge;
  readonly framesIn: Counter<"type">;
  readonly framesOut: Counter<"type">;
  readonly errors: Counter<"code">;
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
    gauge("codex_api_pending_approvals", "command_prompts waiting for an answer.", (s) => s.pendingApprovals);
    this.openStreams = new Gauge({ name: "codex_api_open_streams", help: "Open POST /agent/stream streams.", registers });
    this.framesIn = new Counter({ name: "codex_api_frames_in_total", help: "Valid client frames received, by type.", labelNames: ["type"], registers });
    this.framesOut = new Counter({ name: "codex_api_frames_out_total", help: "Server frames written to streams, by type.", labelNames: ["type"], registers });
    this.errors = new Counter({ name: "codex_api_errors_total", help: "error frames sent, by code.", labelNames: ["code"], registers });
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
    this.errors.inc({ code });
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
