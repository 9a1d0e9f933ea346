// What the adapter remembers about a thread loaded in the current engine process: its sticky
// settings and, per recent turn, what later notifications and requests need.
import type { FileChange } from "../../generated/types.js";
import type { AppliedSettings } from "./map-requests.js";

/** Ended turns are kept this long (per thread) so their late events can be recognised and dropped. */
const KEPT_TURNS = 16;

export interface TurnBook {
  readonly turnId: string;
  ended: boolean;
  /** Whether the engine said turn/started for it (a review that cannot start never does). */
  started: boolean;
  /** The engine's id of the running inner turn, when it differs (a review): what turn/interrupt takes. */
  activeTurnId?: string;
  /** The last agent message completed in the turn: its final message. */
  lastAgentMessage: string | null;
  /** Command items the turn started: what interruptTurn must stop. */
  readonly commandItemIds: Set<string>;
  /** fileChange items by id: their approval request carries no diff (docs/engine-notes.md §2). */
  readonly fileChanges: Map<string, FileChange[]>;
  readonly endWaiters: Array<() => void>;
}

export class ThreadBook {
  settings: AppliedSettings;
  /**
   * A review's inner turn id by its turn id: thread/revert takes only the inner one for a review
   * (docs/engine-notes.md §9). Not pruned (one entry per review), but lost when the thread is
   * unloaded or the engine restarts.
   */
  readonly innerTurnIds = new Map<string, string>();
  readonly #turns = new Map<string, TurnBook>();

  constructor(settings: AppliedSettings) {
    this.settings = settings;
  }

  find(turnId: string): TurnBook | undefined {
    return this.#turns.get(turnId);
  }

  /** The turn's book, created on first sight (a notification can precede the turn/start answer). */
  turn(turnId: string): TurnBook {
    let book = this.#turns.get(turnId);
    if (book === undefined) {
      book = { turnId, ended: false, started: false, lastAgentMessage: null, commandItemIds: new Set(), fileChanges: new Map(), endWaiters: [] };
      this.#turns.set(turnId, book);
      this.#prune();
    }
    return book;
  }

  endTurn(turnId: string): void {
    const book = this.turn(turnId);
    book.ended = true;
    book.fileChanges.clear();
    for (const wake of book.endWaiters.splice(0)) wake();
  }

  /** The engine is gone: nobody waits for these turns any more. */
  release(): void {
    for (const book of this.#turns.values()) for (const wake of book.endWaiters.splice(0)) wake();
  }

  #prune(): void {
    for (const [turnId, book] of this.#turns) {
      if (this.#turns.size <= KEPT_TURNS) return;
      if (book.ended) this.#turns.delete(turnId);
    }
  }
}
