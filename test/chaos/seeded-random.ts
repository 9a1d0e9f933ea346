// A small seeded generator for chaos schedules: the same seed gives the same choices, so a failing
// run can be replayed with `CHAOS_SEED=<seed>`. Decisions that must not depend on timing (what to
// answer to a prompt) come from `hashUnit`, a pure function of the seed and the decision's name.

/** The seed from `envName` (a non-negative integer), else a fresh random one. */
export function seedFrom(envName: string): number {
  const raw = process.env[envName];
  if (raw !== undefined && raw !== "") {
    const seed = Number(raw);
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`${envName}=${raw} must be a non-negative integer`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** mulberry32: 32-bit state, good enough spread for test schedules. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(0, 255);
    return out;
  }

  /** A generator for a sub-task, so the sub-task's draws do not shift this one's. */
  fork(label: string): SeededRandom {
    return new SeededRandom(Math.floor(hashUnit(this.state, label) * 2 ** 32));
  }
}

/** A number in [0, 1) determined by `parts` alone (FNV-1a, then one mulberry32 step). */
export function hashUnit(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return new SeededRandom(h).next();
}
