// Owns one `codex app-server` child process: stdio pipes split into lines, the exit, and the
// close ladder (stdin end → SIGTERM → SIGKILL on timers, as the MCP SDK's stdio client does).
// This module and engine-catalog.ts are the only users of node:child_process in src.
import { spawn, type ChildProcess } from "node:child_process";
import { LineBuffer } from "./line-buffer.js";
import { DEFAULT_READ_PACING, ReadPacer, type ReadPacing } from "./read-pacer.js";

/** stderr lines are logs: a longer one is cut, never fatal. */
const MAX_STDERR_LINE_BYTES = 64 * 1024;
/**
 * What one read of a pipe brings at most (libuv reads pipes 64 KiB at a time). A read that size
 * may have left more in the pipe, so reading goes on without a pause: pacing never lets codex-api
 * fall behind the engine.
 */
const FULL_READ_BYTES = 64 * 1024;
/** After `exit`, how long to wait for stdout to drain before treating the process as gone. */
const DRAIN_AFTER_EXIT_MS = 1_000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Why we stopped it, when we did (close, protocol error). */
  reason: string | null;
}

export interface AppServerProcessOptions {
  command: string;
  args: string[];
  env: Record<string, string>;
  maxLineBytes: number;
  /** How often stdout is read under heavy output (read-pacer.ts); default DEFAULT_READ_PACING. */
  readPacing?: ReadPacing;
  onLine(text: string): void;
  /**
   * After the lines of one read of stdout. `busy`: the engine's output is heavy and sustained
   * (read-pacer.ts), so what was read may wait a little to be joined with what follows.
   */
  onLinesRead(busy: boolean): void;
  onStderrLine(text: string): void;
  /** A stdout line passed maxLineBytes: the stream can no longer be trusted. */
  onLineTooLong(): void;
  /** Called once, after the process exited and its stdout was read to the end. */
  onExit(exit: ProcessExit): void;
}

/**
 * - running: spawned, not asked to stop;
 * - stopping: close() or kill() was called (`reason`), waiting for the exit;
 * - exited: onExit was called.
 */
type ProcessState = { state: "running" } | { state: "stopping"; reason: string } | { state: "exited" };

export class AppServerProcess {
  readonly #child: ChildProcess;
  readonly #options: AppServerProcessOptions;
  #state: ProcessState = { state: "running" };
  readonly #exited: Promise<void>;
  #markExited!: () => void;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(options: AppServerProcessOptions) {
    this.#options = options;
    this.#exited = new Promise((resolve) => (this.#markExited = resolve));
    // Its own process group: a Ctrl-C in the operator's terminal signals the whole foreground
    // group, and the engine must be stopped by us, in order, not at the same time as we are.
    // If we die anyway, its stdin closes and it exits on EOF (docs/engine-notes.md §0).
    this.#child = spawn(options.command, options.args, { env: options.env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    this.#wire();
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  write(line: string): void {
    if (this.#state.state === "exited" || this.#child.stdin === null || this.#child.stdin.destroyed) return;
    this.#child.stdin.write(line);
  }

  /** Stops at once (SIGKILL): for a broken protocol, where a graceful stop cannot be trusted. */
  kill(reason: string): void {
    if (this.#state.state === "exited") return;
    if (this.#state.state === "running") this.#state = { state: "stopping", reason };
    this.#child.kill("SIGKILL");
  }

  /** stdin end (app-server exits on EOF) → SIGTERM after graceMs → SIGKILL after graceMs more. */
  async close(graceMs: number): Promise<void> {
    if (this.#state.state === "exited") return;
    if (this.#state.state === "running") this.#state = { state: "stopping", reason: "closed" };
    this.#child.stdin?.end();
    this.#after(graceMs, () => {
      this.#child.kill("SIGTERM");
      this.#after(graceMs, () => this.#child.kill("SIGKILL"));
    });
    await this.#exited;
  }

  #wire(): void {
    const child = this.#child;
    const stdout = new LineBuffer(this.#options.maxLineBytes);
    const stderr = new LineBuffer(MAX_STDERR_LINE_BYTES);
    const pacer = new ReadPacer(this.#options.readPacing ?? DEFAULT_READ_PACING);
    const pause = pauseReading(child.stdout!);
    // After an oversized line nothing more is read: the stream is no longer trusted.
    let broken = false;
    child.stdout!.on("data", (chunk: Buffer) => {
      if (broken) return;
      const lines = stdout.push(chunk);
      for (const line of lines) {
        if (!line.ok) {
          broken = true;
          this.#options.onLinesRead(false);
          this.#options.onLineTooLong();
          return;
        }
        this.#options.onLine(line.text);
      }
      const waitMs = pacer.afterRead(lines.length, performance.now());
      this.#options.onLinesRead(pacer.busy);
      if (waitMs > 0 && chunk.length < FULL_READ_BYTES) pause(waitMs);
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      for (const line of stderr.push(chunk)) {
        this.#options.onStderrLine(line.ok ? line.text : `[stderr line of ${line.tooLongBytes} bytes dropped]`);
      }
    });
    // EPIPE when the engine dies mid-write: the exit handler reports the death.
    child.stdin!.on("error", () => {});
    child.stdout!.on("error", () => {});
    child.stderr!.on("error", () => {});

    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    const finish = () => {
      if (this.#state.state === "exited") return;
      const reason = this.#state.state === "stopping" ? this.#state.reason : null;
      this.#state = { state: "exited" };
      for (const timer of this.#timers) clearTimeout(timer);
      this.#timers.clear();
      child.stdout!.destroy();
      child.stderr!.destroy();
      const last = stderr.end();
      if (last?.ok) this.#options.onStderrLine(last.text);
      this.#options.onExit({ code: exit?.code ?? null, signal: exit?.signal ?? null, reason });
      this.#markExited();
    };
    child.on("error", (error) => {
      // spawn failed (ENOENT, EACCES): no exit event follows.
      if (child.pid === undefined) {
        this.#options.onStderrLine(`spawn ${this.#options.command} failed: ${error.message}`);
        finish();
      }
    });
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      // A grandchild holding the stdout pipe must not keep us waiting for "close".
      this.#after(DRAIN_AFTER_EXIT_MS, finish);
    });
    child.on("close", finish);
  }

  #after(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, ms);
    this.#timers.add(timer);
  }
}

/** The pipe handle under a child's stdout stream: node's own, not public API (see pauseReading). */
interface PipeHandle {
  reading?: boolean;
  readStop(): number;
  readStart(): number;
}

/**
 * Stops reading `stream`'s pipe for a while; does nothing when this node does not expose the
 * handle as expected (then nothing is paced). `Readable#pause()` would not do: it only holds
 * 'data' events back while the socket keeps reading the pipe, so every engine write still wakes
 * the process. Stopping the handle leaves the lines in the pipe (64 KiB; a full pipe makes the
 * engine wait, it loses nothing). net.Socket keeps `handle.reading` as its own record of whether
 * it asked for reads; it stays true here, so the socket does not restart reading by itself, and
 * reading restarts only if the socket still wants it (it set the flag false if it stopped on its
 * own, for backpressure, and will restart it itself).
 */
function pauseReading(stream: NodeJS.ReadableStream): (ms: number) => void {
  let paused = false;
  return (ms) => {
    const handle = (stream as unknown as { _handle?: Partial<PipeHandle> | null })._handle;
    if (paused || handle?.reading !== true || typeof handle.readStop !== "function" || typeof handle.readStart !== "function") return;
    const pipe = handle as PipeHandle;
    paused = true;
    pipe.readStop();
    setTimeout(() => {
      paused = false;
      const destroyed = (stream as unknown as { destroyed?: boolean }).destroyed === true;
      if (!destroyed && pipe.reading === true) pipe.readStart();
    }, ms);
  };
}
