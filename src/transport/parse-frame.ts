import { problem } from "../protocol/errors.js";
import { CodecError } from "./codec-error.js";
import type { DecodeResult } from "./decoder.js";

// fatal: invalid UTF-8 must be an error, not a silent U+FFFD. ignoreBOM keeps a BOM
// in the text so JSON.parse rejects it, as RFC 8259 §8.1 forbids sending one.
// Sharing one instance is safe: a non-streaming decode() starts from a fresh state.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes one complete frame body: UTF-8 bytes of a single JSON value. */
export function parseFrame(
  body: Uint8Array,
  wireBytes: number,
  offset: number,
  fatal: boolean,
): DecodeResult {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch (cause) {
    return { ok: false, error: new CodecError(problem("invalid_json", "notUtf8", { offset }), { fatal, offset, cause }) };
  }
  try {
    return { ok: true, frame: JSON.parse(text), bytes: wireBytes };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: new CodecError(problem("invalid_json", "notJson", { offset, reason }), { fatal, offset, cause }) };
  }
}
