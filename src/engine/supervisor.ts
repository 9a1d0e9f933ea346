// Keeps one engine connection alive: restarts it with exponential backoff when it dies, and
// says when it is ready. Each start attempt gets a new generation number.
import { EngineError } from "./engine-error.js";
import type { Logger } from "./engine-log.js";

export interface SupervisedConnection {
  close(graceMs: number): Promise<void>;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** A connection that lived this long resets the delay to initialMs. */
  stableMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 200, maxMs: 5_000, stableMs: 60_000 };

export interface Live<C> {
  connection: C;
  generation: number;
}

export interface SupervisorOptions<C extends SupervisedConnection> {
  /** Opens a connection; `onExit` must be called once when it dies after opening. */
  connect(generation: number, onExit: (description: string) => void): Promise<C>;
  onReady(live: Live<C>): void;
  onExit(description: string, generation: number): void;
  log: Logger;
  backoff: Backoff;
}

/**
 * - idle: start() not called yet;
 * - starting: a connection is being opened (`delayMs`: the backoff to use if it fails);
 * - ready: `live` is usable since `readyAt`;
 * - backoff: waiting `delayMs` before the next start;
 * - closed: close() was called, or the first start failed; nothing restarts.
 */
type State<C> =
  | { state: "idle" }
  | { state: "starting"; delayMs: number }
  | { state: "ready"; live: Live<C>; readyAt: number; delayMs: number }
  | { state: "backoff"; timer: NodeJS.Timeout; delayMs: number }
  | { state: "closed" };

export class Supervisor<C extends SupervisedConnection> {
  readonly #options: SupervisorOptions<C>;
  #state: State<C> = { state: "idle" };
  #generation = 0;
  /** The start in progress: close() waits for it, so no process outlives close(). */
  #opening: Promise<void> | null = null;
  #waiters = new Set<{ resolve(live: Live<C>): void; reject(error: EngineError): void; timer: NodeJS.Timeout }>();

  constructor(options: SupervisorOptions<C>) {
    this.#options = options;
  }

  get live(): Live<C> | null {
    return this.#state.state === "ready" ? this.#state.live : null;
  }

  /** Opens the first connection; if that fails the supervisor is closed and the error thrown. */
  async start(): Promise<void> {
    if (this.#state.state !== "idle") throw new Error("the engine was already started");
    try {
      await this.#open(this.#options.backoff.initialMs);
    } catch (error) {
      this.#close();
      throw error;
    }
  }

  /** The live connection, waiting up to timeoutMs for a (re)start. */
  whenLive(timeoutMs: number): Promise<Live<C>> {
    const state = this.#state;
    if (state.state === "ready") return Promise.resolve(state.live);
    if (state.state === "closed" || state.state === "idle") {
      return Promise.reject(new EngineError("unavailable", state.state === "closed" ? "the engine is closed" : "the engine was not started"));
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(new EngineError("unavailable", `the engine did not become ready within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  async close(graceMs: number): Promise<void> {
    const state = this.#state;
    this.#close();
    if (state.state === "ready") await state.live.connection.close(graceMs);
    await this.#opening?.catch(() => {});
  }

  #close(): void {
    if (this.#state.state === "backoff") clearTimeout(this.#state.timer);
    this.#state = { state: "closed" };
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new EngineError("unavailable", "the engine is closed"));
    }
    this.#waiters.clear();
  }

  #open(delayMs: number): Promise<void> {
    const opening = this.#connect(delayMs).finally(() => {
      if (this.#opening === opening) this.#opening = null;
    });
    this.#opening = opening;
    return opening;
  }

  async #connect(delayMs: number): Promise<void> {
    this.#state = { state: "starting", delayMs };
    const generation = ++this.#generation;
    const connection = await this.#options.connect(generation, (description) => this.#exited(generation, description));
    // close() during the handshake: the new connection has no owner, stop it.
    if (this.#state.state !== "starting") {
      await connection.close(0);
      return;
    }
    const live = { connection, generation };
    this.#state = { state: "ready", live, readyAt: Date.now(), delayMs };
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(live);
    }
    this.#waiters.clear();
    this.#options.onReady(live);
  }

  #exited(generation: number, description: string): void {
    const state = this.#state;
    if (state.state !== "ready" || state.live.generation !== generation) return;
    const { backoff } = this.#options;
    const delayMs = Date.now() - state.readyAt >= backoff.stableMs ? backoff.initialMs : state.delayMs;
    this.#restartAfter(delayMs);
    this.#options.onExit(description, generation);
  }

  #restartAfter(delayMs: number): void {
    const { backoff, log } = this.#options;
    log.warn({ delayMs }, "restarting codex app-server");
    const timer = setTimeout(() => {
      this.#open(Math.min(delayMs * 2, backoff.maxMs)).catch((error: unknown) => {
        if (this.#state.state !== "starting") return;
        log.error({ err: error }, "codex app-server restart failed");
        this.#restartAfter(Math.min(delayMs * 2, backoff.maxMs));
      });
    }, delayMs);
    this.#state = { state: "backoff", timer, delayMs };
  }
}
