// A leg of a session stream and what follows it: how a SessionStream strings legs together.
import type { StreamLeg } from "./stream-leg.js";

/**
 * A leg and what follows it, decided synchronously when its reader stops (so before its last
 * frame can be read):
 * - live: the leg is up;
 * - final: the session ends with this leg: its terminate is yielded, or its error thrown;
 * - reconnecting: `next` resolves with the next link, or rejects with why reconnecting failed.
 */
export class LegLink {
  decision: "live" | "final" | "reconnecting" = "live";
  readonly next: Promise<LegLink | null>;
  #settle!: { resolve: (link: LegLink | null) => void; reject: (error: unknown) => void };

  constructor(readonly leg: StreamLeg) {
    this.next = new Promise((resolve, reject) => (this.#settle = { resolve, reject }));
    // Read only when a consumer or a sender gets there; an unobserved failure is not a crash.
    this.next.catch(() => undefined);
  }

  end(): void {
    this.decision = "final";
    this.#settle.resolve(null);
  }

  follow(next: Promise<LegLink>): void {
    this.decision = "reconnecting";
    next.then(this.#settle.resolve, this.#settle.reject);
  }
}
