// Splits a byte stream into LF-terminated lines (the engine's JSONL, or its stderr), holding at
// most `maxLineBytes` of an unfinished line: the limit is checked before a piece is kept, so a
// runaway line costs no more memory than the limit. Pure: bytes in, lines out.
// A chunk's complete lines are decoded as one string and split there: decoding each line on its
// own cost more than parsing it, and the engine's chunks carry hundreds of short lines in a burst.
import { StringDecoder } from "node:string_decoder";

const LF = 0x0a;

export type Line = { ok: true; text: string } | { ok: false; tooLongBytes: number };

export class LineBuffer {
  readonly maxLineBytes: number;
  #decoder = new StringDecoder("utf8");
  /** The unfinished line's text so far, and its size in bytes. */
  #pending = "";
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
    const lastLf = chunk.lastIndexOf(LF);
    if (lastLf === -1) {
      const overflow = this.#hold(chunk);
      return overflow === undefined ? [] : [overflow];
    }
    const lines: Line[] = [];
    // Up to and including the last LF: complete lines (LF is ASCII, so the decoder holds nothing back).
    const firstLf = chunk.indexOf(LF);
    const text = this.#decoder.write(chunk.subarray(0, lastLf + 1));
    let start = 0;
    for (let lf = text.indexOf("\n"), index = 0; lf !== -1; lf = text.indexOf("\n", start), index++) {
      const piece = text.slice(start, lf);
      start = lf + 1;
      if (index === 0) {
        // The line the held part began: it ends at the chunk's first LF.
        const bytes = this.#bytes + firstLf;
        const wasDiscarding = this.#discarding;
        const held = this.#pending;
        this.#clear();
        if (wasDiscarding) continue;
        lines.push(bytes > this.maxLineBytes ? { ok: false, tooLongBytes: bytes } : { ok: true, text: withoutCr(held + piece) });
        continue;
      }
      lines.push(this.#complete(piece));
    }
    const overflow = this.#hold(chunk.subarray(lastLf + 1));
    if (overflow !== undefined) lines.push(overflow);
    return lines;
  }

  /** The unfinished last line at end of stream, if any. */
  end(): Line | null {
    if (this.#discarding || this.#bytes === 0) return null;
    const text = this.#pending + this.#decoder.end();
    const bytes = this.#bytes;
    this.#clear();
    return bytes > this.maxLineBytes ? { ok: false, tooLongBytes: bytes } : { ok: true, text: withoutCr(text) };
  }

  /** A whole line decoded with others: over the limit only if its bytes are (checked only when it could be). */
  #complete(piece: string): Line {
    // A UTF-16 unit is at most 3 bytes of UTF-8, so a short line cannot be over.
    if (piece.length * 3 > this.maxLineBytes) {
      const bytes = Buffer.byteLength(piece);
      if (bytes > this.maxLineBytes) return { ok: false, tooLongBytes: bytes };
    }
    return { ok: true, text: withoutCr(piece) };
  }

  /** Keeps the start of an unfinished line; reports it instead if that would pass the limit. */
  #hold(part: Uint8Array): Line | undefined {
    if (part.length === 0 || this.#discarding) return undefined;
    const size = this.#bytes + part.length;
    if (size > this.maxLineBytes) {
      this.#clear();
      // Bytes of a character cut at the end of what was held must not leak into the next line.
      this.#decoder = new StringDecoder("utf8");
      this.#discarding = true;
      return { ok: false, tooLongBytes: size };
    }
    this.#pending += this.#decoder.write(part);
    this.#bytes = size;
    return undefined;
  }

  #clear(): void {
    this.#pending = "";
    this.#bytes = 0;
    this.#discarding = false;
  }
}

function withoutCr(text: string): string {
  return text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text;
}
