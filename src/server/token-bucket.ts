// A token bucket: `ratePerSecond` tokens refill per second up to `burst`. Used for the inbound
// frame rate of a stream and for the sessions one connection may create.
export class TokenBucket {
  #tokens: number;
  #atMs: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    nowMs = Date.now(),
  ) {
    this.#tokens = burst;
    this.#atMs = nowMs;
  }

  /** Takes a token at `nowMs`; returns undefined, or how many ms until one is there when none is left. */
  take(nowMs = Date.now()): number | undefined {
    this.#tokens = Math.min(this.burst, this.#tokens + ((nowMs - this.#atMs) * this.ratePerSecond) / 1000);
    this.#atMs = nowMs;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return undefined;
    }
    return Math.ceil(((1 - this.#tokens) * 1000) / this.ratePerSecond);
  }
}
