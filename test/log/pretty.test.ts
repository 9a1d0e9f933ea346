// The pretty log format (src/log/pretty.ts) and the choice of format (main.ts logFormat): real
// pino loggers writing into the pretty stream, read back line by line.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { formatEntry, formatValue, prettyStream } from "../../src/log/pretty.js";
import { logFormat } from "../../src/main.js";

const AT = new Date(2026, 11, 2, 4, 19, 10, 270).getTime(); // local time, as the format shows it
const ESC = "\x1b";

/** A real pino logger (as createLogger builds it) whose pretty lines land in `lines`. */
function logger(colour: boolean, level = "trace") {
  const lines: string[] = [];
  const out = { write: (text: string) => lines.push(text) };
  const log = pino({ level, base: { service: "codex-api" }, timestamp: () => `,"time":${AT}` }, prettyStream(out, { colour }));
  return { log, lines };
}

describe("a pretty line", () => {
  it("is time, level, message, then the fields as key=value, one line per entry", () => {
    const { log, lines } = logger(false);
    log.warn({ sessionId: "s-1", turnId: "turn-1", warning: "rate limit near" }, "engine warning");
    log.info({ sessionId: "s-1", chars: 12, retryable: true, model: null }, "turn requested");
    expect(lines).toStrictEqual([
      '04:19:10.270 WARN  engine warning sessionId=s-1 turnId=turn-1 warning="rate limit near"\n',
      "04:19:10.270 INFO  turn requested sessionId=s-1 chars=12 retryable=true model=null\n",
    ]);
  });

  it("leaves out pino's constant fields and keeps a message-less entry readable", () => {
    const line = formatEntry({ level: 30, time: AT, service: "codex-api", pid: 1, hostname: "h", url: "http://127.0.0.1:1/x?a" }, { colour: false });
    expect(line).toBe("04:19:10.270 INFO  url=http://127.0.0.1:1/x?a");
  });

  it("labels every pino level, padded to one width", () => {
    const { log, lines } = logger(false);
    log.trace({}, "t");
    log.debug({}, "d");
    log.info({}, "i");
    log.warn({}, "w");
    log.error({}, "e");
    log.fatal({}, "f");
    expect(lines.map((l) => l.slice(13, 19))).toStrictEqual(["TRACE ", "DEBUG ", "INFO  ", "WARN  ", "ERROR ", "FATAL "]);
    expect(formatEntry({ level: 35, time: AT, msg: "odd" }, { colour: false })).toBe("04:19:10.270 L35   odd");
  });

  it("honours the level: entries below it are not written", () => {
    const { log, lines } = logger(false, "warn");
    log.info({}, "quiet");
    log.warn({}, "loud");
    expect(lines).toStrictEqual(["04:19:10.270 WARN  loud\n"]);
  });
});

describe("escaping", () => {
  it("quotes values with spaces, quotes, backslashes or =, as JSON", () => {
    expect(formatValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(formatValue("C:\\dir")).toBe('"C:\\\\dir"');
    expect(formatValue("a=b")).toBe('"a=b"');
    expect(formatValue("")).toBe('""');
    expect(formatValue("plain-value_1.2/x")).toBe("plain-value_1.2/x");
    expect(formatValue({ a: [1, "two"] })).toBe('{"a":[1,"two"]}');
  });

  it("never lets a message or value break the line or reach the terminal raw", () => {
    const { log, lines } = logger(false);
    const err = new Error("boom");
    err.stack = "Error: boom\n    at here (file.ts:1:1)";
    log.error({ stderr: "line one\nline two\r\n", escape: `${ESC}[31mred${ESC}[0m`, c1: "\u009b2J", tab: "a\tb", err }, "engine said\nsomething");
    expect(lines).toHaveLength(1);
    const [line] = lines as [string];
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain("engine said\\nsomething");
    expect(line).toContain('stderr="line one\\nline two\\r\\n"');
    expect(line).toContain('escape="\\u001b[31mred\\u001b[0m"');
    expect(line).toContain('c1="\\u009b2J"');
    expect(line).toContain('tab="a\\tb"');
    expect(line).toContain('"stack":"Error: boom\\n    at here (file.ts:1:1)"');
  });
});

describe("colour", () => {
  it("paints the level, time and field names when asked", () => {
    const { log, lines } = logger(true);
    log.error({ code: "x" }, "failed");
    expect(lines[0]).toBe(`${ESC}[2m04:19:10.270${ESC}[0m ${ESC}[31mERROR${ESC}[0m failed ${ESC}[2mcode=${ESC}[0mx\n`);
  });

  it("is off without a terminal, and with NO_COLOR; the format follows the terminal unless chosen", () => {
    const tty = (NO_COLOR?: string) => ({ isTTY: true, env: NO_COLOR === undefined ? {} : { NO_COLOR } });
    const pipe = { isTTY: false, env: {} };
    expect(logFormat(undefined, tty())).toStrictEqual({ format: "pretty", colour: true });
    expect(logFormat(undefined, tty("1"))).toStrictEqual({ format: "pretty", colour: false });
    expect(logFormat(undefined, tty(""))).toStrictEqual({ format: "pretty", colour: true });
    expect(logFormat(undefined, pipe)).toStrictEqual({ format: "json", colour: false });
    expect(logFormat("pretty", pipe)).toStrictEqual({ format: "pretty", colour: false });
    expect(logFormat("json", tty())).toStrictEqual({ format: "json", colour: false });
    const { log, lines } = logger(logFormat("pretty", pipe).colour);
    log.warn({ a: 1 }, "plain");
    expect(lines[0]).not.toContain(ESC);
  });
});

describe("the stream", () => {
  it("passes through a line that is not a JSON object", () => {
    const lines: string[] = [];
    const stream = prettyStream({ write: (t) => lines.push(t) }, { colour: false });
    stream.write("not json\n");
    stream.write("[1,2]\n");
    expect(lines).toStrictEqual(["not json\n", "[1,2]\n"]);
  });
});
