/**
 * The unfinished part of a frame, kept as a list of copied pieces so that each
 * chunk is copied once and the pieces are joined once, when the frame completes
 * (re-concatenating on every chunk would be quadratic in the frame size).
 */
export class PendingBytes {
  #parts: Uint8Array[] = [];
  #byteLength = 0;

  get byteLength(): number {
    return this.#byteLength;
  }

  /** Copies `part`: the caller's chunk may be reused or hold unrelated frames. */
  push(part: Uint8Array): void {
    if (part.length === 0) return;
    this.#parts.push(part.slice());
    this.#byteLength += part.length;
  }

  /** Joins the held pieces followed by `last` into one array and empties the buffer. */
  take(last?: Uint8Array): Uint8Array {
    const joined = new Uint8Array(this.#byteLength + (last?.length ?? 0));
    let at = 0;
    for (const part of this.#parts) {
      joined.set(part, at);
      at += part.length;
    }
    if (last !== undefined) joined.set(last, at);
    this.clear();
    return joined;
  }

  clear(): void {
    this.#parts = [];
    this.#byteLength = 0;
  }
}
