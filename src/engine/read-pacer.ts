// When to read the engine's stdout again. The engine writes every notification with a write of
// its own, and a reader waiting on the pipe is woken for each one: at 100 concurrent turns that
// is ~2,500 wakeups a second, each costing a context switch, a read and the stream machinery
// around it, for a few lines. Under heavy output codex-api therefore reads at most every
// `intervalMs`: the lines written meanwhile wait in the pipe and arrive in one read, and the
// frames they make leave in one write per connection. Only sustained load is paced: the rate is
// averaged over about five seconds, so one turn, even one whose model sends its whole answer at
// once, is read as it comes and its latency does not change. bench/README.md (scale) has the
// measurements.
// Pure: the caller owns the clock and the pause.

export interface ReadPacing {
  /** The longest a line waits in the pipe when pacing is on; 0 turns pacing off. */
  intervalMs: number;
  /**
   * Under the same load, how long a delta may be held to join the deltas of its item that follow
   * (delta-merge.ts); 0 joins only the deltas of one read.
   */
  deltaJoinMs: number;
  /** Output above this rate (lines per second, averaged over about five seconds) turns pacing on. */
  busyLinesPerSecond: number;
}

/**
 * 4 ms: at most 250 reads a second, and a delay far below what a person or a backend streaming
 * text can notice. 3,000 lines/s for seconds on end: tens of turns streaming at once at a model's
 * usual pace (50–200 deltas a second each). One turn never gets there: a 2,000-delta answer sent
 * at once is ~400 lines/s over the window. Paced at 1 s instead, such a burst was paced and
 * arrived ~12 ms later (bench/README.md, turn).
 * 50 ms of joining: at 100 turns streaming at once, a turn's deltas come ~15 ms apart, so a read
 * rarely holds two of one item; held 50 ms, ~4 go out as one frame. In paired runs frames fell
 * from 151–171k to 38–48k per 100 turns and codex-api's CPU from 12.5–14.8 % to 7.4–7.8 % of the
 * engine's; 25 ms gave 7.6–9.8 % (bench/README.md, scale). 50 ms is half of the 100 ms under which
 * a reader perceives no delay, and the joined text shows as one update instead of four.
 */
export const DEFAULT_READ_PACING: ReadPacing = { intervalMs: 4, deltaJoinMs: 50, busyLinesPerSecond: 3_000 };

/** The averaging time of the output rate, in ms: long enough that one turn's burst is not load. */
const RATE_WINDOW_MS = 5_000;

export class ReadPacer {
  /** Lines read, each weighted by e^(-age / window): at a steady rate, that rate per window. */
  #recentLines = 0;
  #lastReadAt: number | undefined;
  #busy = false;

  constructor(readonly pacing: ReadPacing) {}

  /** Whether the output was above the threshold at the last read: the engine is under load. */
  get busy(): boolean {
    return this.#busy;
  }

  /** After a read that brought `lines` complete lines, at `now` (ms): how long to wait before the next read. */
  afterRead(lines: number, now: number): number {
    const elapsed = this.#lastReadAt === undefined ? Number.POSITIVE_INFINITY : Math.max(0, now - this.#lastReadAt);
    this.#lastReadAt = now;
    this.#recentLines = this.#recentLines * Math.exp(-elapsed / RATE_WINDOW_MS) + lines;
    this.#busy = this.#recentLines * (1_000 / RATE_WINDOW_MS) > this.pacing.busyLinesPerSecond;
    return this.#busy ? Math.max(0, this.pacing.intervalMs) : 0;
  }
}
