// The `pretty` log format (`--log-format pretty`): each entry pino writes as a JSON line becomes
// one readable line, e.g.
//   04:19:10.270 WARN  engine warning sessionId=s1 turnId=t1 warning="rate limit near"
// Written here rather than with pino-pretty to keep dependencies small. One entry is always one
// line: newlines, quotes and every control character in a message or a value are escaped, so a
// value cannot forge a log line or send escape sequences to the terminal. Colour only when asked.

/** Options of the pretty format. */
export interface PrettyOptions {
  /** ANSI colours (level, time, field names): only for a terminal, and not with NO_COLOR. */
  colour: boolean;
}

/** Where pretty lines go: pino's own destination (SonicBoom) or any writable. */
export interface LineSink {
  write(text: string): unknown;
}

const LEVELS: Readonly<Record<number, { label: string; colour: string }>> = {
  10: { label: "TRACE", colour: "\x1b[90m" },
  20: { label: "DEBUG", colour: "\x1b[36m" },
  30: { label: "INFO", colour: "\x1b[32m" },
  40: { label: "WARN", colour: "\x1b[33m" },
  50: { label: "ERROR", colour: "\x1b[31m" },
  60: { label: "FATAL", colour: "\x1b[1;31m" },
};
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";
/** pino's own keys, shown in their place or not at all (`service` is the same on every line). */
const OWN_KEYS = new Set(["level", "time", "msg", "service", "pid", "hostname"]);
/** C0 and C1 control characters and DEL: never written raw. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** A string value written without quotes: no space, quote, backslash, `=` or control character. */
const BARE = /^[^\s"\\=\u0000-\u001f\u007f-\u009f]+$/;

/** One pino entry (the object of one JSON line) as one line, without the line feed. */
export function formatEntry(entry: Readonly<Record<string, unknown>>, options: PrettyOptions): string {
  const paint = (code: string, text: string) => (options.colour ? `${code}${text}${RESET}` : text);
  const level = LEVELS[entry.level as number];
  const label = (level?.label ?? `L${String(entry.level)}`).padEnd(5);
  const parts = [paint(DIM, clock(entry.time)), level === undefined ? label : paint(level.colour, label)];
  if (typeof entry.msg === "string" && entry.msg !== "") parts.push(escapeControls(entry.msg));
  for (const [key, value] of Object.entries(entry)) {
    if (OWN_KEYS.has(key) || value === undefined) continue;
    parts.push(`${paint(DIM, `${escapeControls(key)}=`)}${formatValue(value)}`);
  }
  return parts.join(" ");
}

/**
 * A pino destination writing pretty lines to `out`: pino hands it each entry as one JSON line.
 * A line that is not JSON (nothing pino writes) is passed through as it came.
 */
export function prettyStream(out: LineSink, options: PrettyOptions): { write(line: string): void } {
  return {
    write(line: string) {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        out.write(line);
        return;
      }
      out.write(typeof entry === "object" && entry !== null && !Array.isArray(entry) ? `${formatEntry(entry as Record<string, unknown>, options)}\n` : line);
    },
  };
}

/** A field's value: bare when that reads unambiguously, else as JSON (quoted, escaped, one line). */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return BARE.test(value) ? value : escapeControls(JSON.stringify(value));
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return escapeControls(JSON.stringify(value) ?? String(value));
}

/** Control characters as JSON escapes (`\n`, `\u001b`…); JSON.stringify leaves DEL and C1 raw. */
function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** `HH:MM:SS.mmm` in local time, from pino's epoch milliseconds. */
function clock(time: unknown): string {
  const at = typeof time === "number" ? new Date(time) : new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}.${String(at.getMilliseconds()).padStart(3, "0")}`;
}
