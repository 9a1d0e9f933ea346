// The engine's streaming deltas, read without JSON.parse of the whole line. In a burst they are
// nearly every line the engine writes, and parsing each one as an object (its keys, its three
// ids) was the largest single cost codex-api has per delta (bench/README.md, scale). The line's
// shape is fixed (docs/engine-notes.md §0):
//   {"method":"item/agentMessage/delta","params":{"threadId":"…","turnId":"…","itemId":"…","delta":"…"},"emittedAtMs":…}
// Anything that does not match exactly, to the last character, returns undefined and is parsed
// in full; the delta text itself is still decoded by JSON.parse.
// The line is a slice of a whole read's text (line-buffer.ts), and a slice of it would keep that
// text alive: the item id, which the frame and so the replay buffer keep, is copied.
import type { ServerNotification } from "../../generated/engine/index.js";

const METHODS = ["item/agentMessage/delta", "item/commandExecution/outputDelta"] as const;
const PREFIXES = METHODS.map((method) => [method, `{"method":"${method}","params":{"threadId":"`] as const);
const TAIL = /^\},"emittedAtMs":\d+\}$/;

export type DeltaNotification = Extract<ServerNotification, { method: (typeof METHODS)[number] }>;

export function parseDeltaLine(line: string): DeltaNotification | undefined {
  let method: (typeof METHODS)[number] | undefined;
  let at = 0;
  for (const [name, prefix] of PREFIXES) {
    if (line.startsWith(prefix)) {
      method = name;
      at = prefix.length;
      break;
    }
  }
  if (method === undefined) return undefined;
  const threadId = plainString(line, at, '","turnId":"');
  if (threadId === undefined) return undefined;
  at += threadId.length + 12;
  const turnId = plainString(line, at, '","itemId":"');
  if (turnId === undefined) return undefined;
  at += turnId.length + 12;
  const itemSlice = plainString(line, at, '","delta":');
  if (itemSlice === undefined) return undefined;
  at += itemSlice.length + 10;
  // The delta literal runs up to the tail. A JSON string cannot hold an unescaped quote, so the
  // tail's text cannot occur inside it; JSON.parse then checks the literal itself.
  const tail = line.lastIndexOf('},"emittedAtMs":');
  const end = tail - 1;
  if (end <= at || line.charCodeAt(at) !== 0x22 || line.charCodeAt(end) !== 0x22 || !TAIL.test(line.slice(tail))) return undefined;
  let delta: unknown;
  try {
    delta = JSON.parse(line.slice(at, end + 1));
  } catch {
    return undefined;
  }
  if (typeof delta !== "string") return undefined;
  return { method, params: { threadId, turnId, itemId: ownCopy(itemSlice), delta } } as DeltaNotification;
}

/**
 * `text` in memory of its own. V8 makes a slice of 13 characters or more a view into the string
 * it was cut from; a concatenation flattened and cut again holds only its own characters.
 */
function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
}

/** The characters from `at` up to `until`, if they hold no quote or backslash (so need no decoding). */
function plainString(line: string, at: number, until: string): string | undefined {
  const end = line.indexOf(until, at);
  if (end === -1) return undefined;
  const value = line.slice(at, end);
  return value.includes('"') || value.includes("\\") ? undefined : value;
}
