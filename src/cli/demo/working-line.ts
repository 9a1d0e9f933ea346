// The demo client's sign of life: while a turn runs and nothing arrives, how long it has been
// running. Every piece of output passes through here, so the sign is taken down before output
// and comes back only after a quiet spell.

export interface WorkingLineOptions {
  /** stdout is a terminal: one line updated in place. Otherwise a rare line of its own. */
  tty: boolean;
  /** Writes to stdout. */
  write: (text: string) => void;
  dim: (text: string) => string;
  /** The terminal's width (the line is not drawn where it would wrap). */
  columns?: () => number | undefined;
  /** On a terminal: shown after this long without output. */
  quietMs?: number;
  /** Not on a terminal: one line after this long without output, and again every this long. */
  sparseMs?: number;
  /** How often the time is looked at (the line is redrawn only when its text changes). */
  tickMs?: number;
  now?: () => number;
}

/**
 * - idle: no turn;
 * - running: a turn runs since `startedAt`; output last at `lastOutputAt`; `paused` while a
 *   question waits for the user (the turn waits too, and that is not the agent being slow).
 */
type State = { kind: "idle" } | { kind: "running"; startedAt: number; lastOutputAt: number; lastSparseAt: number; paused: boolean; timer: NodeJS.Timeout };

/** Save the cursor; restore it and erase to the end of the line (DECSC / DECRC, EL). */
const SAVE = "\x1b7";
const ERASE = "\x1b8\x1b[K";

export class WorkingLine {
  #state: State = { kind: "idle" };
  /** What is on screen (terminal only), undefined when nothing is. */
  #shown: string | undefined;
  /** Characters on the current line after the last line end, as far as output through here shows. */
  #column = 0;
  readonly #o: Required<Omit<WorkingLineOptions, "columns">> & Pick<WorkingLineOptions, "columns">;

  constructor(options: WorkingLineOptions) {
    this.#o = { quietMs: 2_000, sparseMs: 30_000, tickMs: 250, now: Date.now, ...options };
  }

  /** Output: the working line is taken down first. */
  write(text: string): void {
    if (text === "") return;
    this.#hide();
    this.#o.write(text);
    this.#track(text);
    if (this.#state.kind === "running") this.#state.lastOutputAt = this.#o.now();
  }

  turnStarted(): void {
    this.turnEnded();
    const now = this.#o.now();
    const timer = setInterval(() => this.#tick(), this.#o.tickMs);
    timer.unref();
    this.#state = { kind: "running", startedAt: now, lastOutputAt: now, lastSparseAt: now, paused: false, timer };
  }

  turnEnded(): void {
    if (this.#state.kind === "running") clearInterval(this.#state.timer);
    this.#hide();
    this.#state = { kind: "idle" };
  }

  /** A question is about to be asked: nothing is drawn until resume(). */
  pause(): void {
    this.#hide();
    if (this.#state.kind === "running") this.#state.paused = true;
  }

  /** The question was answered: the quiet spell starts now. */
  resume(): void {
    if (this.#state.kind !== "running") return;
    this.#state.paused = false;
    this.#state.lastOutputAt = this.#state.lastSparseAt = this.#o.now();
  }

  #tick(): void {
    const state = this.#state;
    if (state.kind !== "running" || state.paused) return;
    const now = this.#o.now();
    if (this.#o.tty) {
      if (now - state.lastOutputAt < this.#o.quietMs) return;
      return this.#draw(`… working ${elapsed(now - state.startedAt)}`);
    }
    if (now - Math.max(state.lastOutputAt, state.lastSparseAt) < this.#o.sparseMs) return;
    state.lastSparseAt = now;
    // A line of its own; it is not output of the turn, so the quiet spell goes on.
    const line = `${this.#column === 0 ? "" : "\n"}${this.#o.dim(`… still working (${elapsed(now - state.startedAt)}, nothing new for ${elapsed(now - state.lastOutputAt)})`)}\n`;
    this.#o.write(line);
    this.#track(line);
  }

  #draw(text: string): void {
    // After text that did not end its line, the sign goes after it, if it fits on the line.
    const gap = this.#column === 0 ? "" : " ";
    const width = this.#o.columns?.() ?? 80;
    if ((this.#column % width) + gap.length + text.length >= width) return this.#hide();
    if (text === this.#shown) return;
    this.#o.write(`${this.#shown === undefined ? "" : ERASE}${SAVE}${gap}${this.#o.dim(text)}`);
    this.#shown = text;
  }

  #hide(): void {
    if (this.#shown === undefined) return;
    this.#o.write(ERASE);
    this.#shown = undefined;
  }

  #track(text: string): void {
    const lineEnd = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
    const rest = lineEnd < 0 ? text : text.slice(lineEnd + 1);
    const visible = rest.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").length;
    this.#column = lineEnd < 0 ? this.#column + visible : visible;
  }
}

/** 7s, 1m 05s, 1h 02m. */
export function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, "0")}m`;
}
