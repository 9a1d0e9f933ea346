// Splits a byte stream into LF-terminated lines (the engine's JSONL, or its stderr), holding at
// most `maxLineBytes` of an unfinished line: the limit is checked before a piece is kept, so a
// runaway line costs no more memory than the limit. Pure: bytes in, lines out.

const LF = 0x0a;
const CR = 0x0d;

export type Line = { ok: true; text: string } | { ok: false; tooLongBytes: number };

export class LineBuffer {
  readonly maxLineBytes: number;
  #parts: Uint8Array[] = [];
  #bytes = 0;
  /** True while skipping the rest of a line already reported as too long. */
  #discarding = false;

  constructor(maxLineBytes: number) {
    if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1) throw new RangeError(`maxLineBytes must be a positive integer (got ${maxLineBytes})`);
    this.maxLineBytes = maxLineBytes;
  }

  /** Bytes held for the unfinished line. */
  get bufferedBytes(): number {
    return this.#bytes;
  }

  push(chunk: Uint8Array): Line[] {
    const lines: Line[] = [];
    let start = 0;
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, start)) {
      if (this.#discarding) this.#discarding = false;
      else lines.push(this.#complete(chunk.subarray(start, lf)));
      start = lf + 1;
    }
    if (start < chunk.length && !this.#discarding) {
      const size = this.#bytes + chunk.length - start;
      if (size > this.maxLineBytes) {
        this.#clear();
        this.#discarding = true;
        lines.push({ ok: false, tooLongBytes: size });
      } else {
        this.#parts.push(chunk.slice(start));
        this.#bytes = size;
      }
    }
    return lines;
  }

  /** The unfinished last line at end of stream, if any. */
  end(): Line | null {
    if (this.#discarding || this.#bytes === 0) return null;
    return this.#complete(new Uint8Array(0));
  }

  #complete(last: Uint8Array): Line {
    const size = this.#bytes + last.length;
    if (size > this.maxLineBytes) {
      this.#clear();
      return { ok: false, tooLongBytes: size };
    }
    const joined = this.#parts.length === 0 ? last : Buffer.concat([...this.#parts, last]);
    this.#clear();
    const end = joined.length > 0 && joined[joined.length - 1] === CR ? joined.length - 1 : joined.length;
    return { ok: true, text: Buffer.from(joined.buffer, joined.byteOffset, end).toString("utf8") };
  }

  #clear(): void {
    this.#parts = [];
    this.#bytes = 0;
  }
}
