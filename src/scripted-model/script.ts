// The scripted model's input: turns of canned model responses, as written in a JSON file.
// Format and selection rules: docs/scripted-model.md.

export interface Script {
  turns: ScriptTurn[];
}

export interface ScriptTurn {
  /** Regex source tested against the turn's user text; turns without it are picked by position. */
  match?: string;
  /** One entry per model request within the turn (each tool call causes a follow-up request). */
  responses: ScriptResponse[];
}

/**
 * A bare event list, or the events plus the usage to report on `response.completed` and the
 * account's rate limits to report in the response headers.
 */
export type ScriptResponse = ScriptEvent[] | { events: ScriptEvent[]; usage?: ScriptUsage; rateLimits?: ScriptRateLimits };

/** Sent as the `x-codex-{primary,secondary}-*` response headers, which the engine reads as the account's rate limits. */
export interface ScriptRateLimits {
  primary?: ScriptRateLimitWindow;
  secondary?: ScriptRateLimitWindow;
}

export interface ScriptRateLimitWindow {
  usedPercent: number;
  windowMinutes?: number;
  /** Seconds since the epoch. */
  resetsAt?: number;
}

/** Passed through to `response.completed.response.usage` (Responses API field names). */
export interface ScriptUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens?: number;
  input_tokens_details?: { cached_tokens: number };
  output_tokens_details?: { reasoning_tokens: number };
}

export type ScriptEvent =
  | TextEvent
  | ReasoningEvent
  | ExecEvent
  | PatchEvent
  | CallEvent
  | DelayEvent
  | HttpErrorEvent
  | FailEvent
  | DisconnectEvent;

interface Streamed {
  /** Pause between deltas. */
  delayMs?: number;
}

/** An assistant message: exactly one of `text` (cut into `chunkChars` pieces) or `deltas`. */
export interface TextEvent extends Streamed {
  type: "text";
  text?: string;
  deltas?: string[];
  /** Default: the whole text in one delta. */
  chunkChars?: number;
  /** Write every delta in one socket write (benchmarks). */
  burst?: boolean;
}

export interface ReasoningEvent extends Streamed {
  type: "reasoning";
  summary: string;
  /** Raw reasoning text, streamed after the summary. */
  content?: string;
  chunkChars?: number;
}

/** An `exec_command` call; `escalate` asks for `require_escalated`, which prompts under on-request. */
export interface ExecEvent {
  type: "exec";
  command: string;
  escalate?: boolean;
  /** Only with `escalate: true`: the engine refuses a justification without escalation. */
  justification?: string;
  workdir?: string;
  yieldTimeMs?: number;
}

/** An `apply_patch` call (custom tool) carrying the patch text verbatim. */
export interface PatchEvent {
  type: "patch";
  patch: string;
}

/**
 * A call to any function tool the engine offers, by name, with JSON arguments: e.g.
 * `request_user_input` (a question to the user) or an MCP tool (`mcp__<server>__<tool>`).
 */
export interface CallEvent {
  type: "call";
  name: string;
  /** The tool's namespace, for namespaced tools (MCP tools: `mcp__<server>`). */
  namespace?: string;
  arguments: Record<string, unknown>;
}

export interface DelayEvent {
  type: "delay";
  ms: number;
}

/** Answers the request with this HTTP status and a JSON body instead of a stream. */
export interface HttpErrorEvent {
  type: "http_error";
  status: number;
  body?: unknown;
}

/** Ends the stream with `response.failed`. */
export interface FailEvent {
  type: "fail";
  message: string;
  code?: string;
}

/** Destroys the socket after the events before it. */
export interface DisconnectEvent {
  type: "disconnect";
}

const EVENT_TYPES = ["text", "reasoning", "exec", "patch", "call", "delay", "http_error", "fail", "disconnect"] as const;

/** A script that failed validation; `issues` holds one "path: problem" line per problem. */
export class ScriptError extends Error {
  override readonly name = "ScriptError";
  readonly issues: string[];

  constructor(source: string, issues: string[]) {
    super(`invalid script ${source}:\n${issues.map((issue) => `  ${issue}`).join("\n")}`);
    this.issues = issues;
  }
}

/** The events of a response, whichever of the two forms it was written in. */
export function responseEvents(response: ScriptResponse): ScriptEvent[] {
  return Array.isArray(response) ? response : response.events;
}

/** Checks a parsed JSON value against the format; throws a ScriptError listing every problem. */
export function validateScript(value: unknown, source = "(inline)"): Script {
  const issues: string[] = [];
  const fail = (path: string, problem: string): void => {
    issues.push(`${path}: ${problem}`);
  };
  fields(value, "script", ["turns"], fail);
  if (isObject(value)) {
    if (!Array.isArray(value.turns)) fail("turns", "must be an array of turns");
    else if (value.turns.length === 0) fail("turns", "must hold at least one turn");
    else value.turns.forEach((turn, t) => checkTurn(turn, `turns[${t}]`, fail));
  }
  if (issues.length > 0) throw new ScriptError(source, issues);
  return value as unknown as Script;
}

type Fail = (path: string, problem: string) => void;

function checkTurn(turn: unknown, path: string, fail: Fail): void {
  if (!fields(turn, path, ["match", "responses"], fail)) return;
  if (turn.match !== undefined) {
    if (typeof turn.match !== "string") fail(`${path}.match`, "must be a string (a regular expression)");
    else {
      try {
        new RegExp(turn.match);
      } catch (error) {
        fail(`${path}.match`, `not a valid regular expression: ${(error as Error).message}`);
      }
    }
  }
  if (!Array.isArray(turn.responses)) {
    fail(`${path}.responses`, "must be an array of responses");
    return;
  }
  turn.responses.forEach((response, r) => checkResponse(response, `${path}.responses[${r}]`, fail));
}

function checkResponse(response: unknown, path: string, fail: Fail): void {
  let events: unknown = response;
  let eventsPath = path;
  if (!Array.isArray(response)) {
    if (!fields(response, path, ["events", "usage", "rateLimits"], fail, "an array of events or {events, usage, rateLimits}")) return;
    if (response.usage !== undefined) checkUsage(response.usage, `${path}.usage`, fail);
    if (response.rateLimits !== undefined) checkRateLimits(response.rateLimits, `${path}.rateLimits`, fail);
    events = response.events;
    eventsPath = `${path}.events`;
    if (!Array.isArray(events)) {
      fail(eventsPath, "must be an array of events");
      return;
    }
  }
  const list = events as unknown[];
  list.forEach((event, e) => checkEvent(event, `${eventsPath}[${e}]`, fail));
  checkOrder(list, eventsPath, fail);
}

// http_error replaces the whole stream, so only delays may precede it; fail and disconnect end it.
function checkOrder(events: unknown[], path: string, fail: Fail): void {
  events.forEach((event, e) => {
    const type = isObject(event) ? event.type : undefined;
    const last = e === events.length - 1;
    if (type === "http_error") {
      if (!last) fail(`${path}[${e}]`, "http_error must be the last event of its response");
      const before = events.slice(0, e).findIndex((other) => !isObject(other) || other.type !== "delay");
      if (before !== -1) fail(`${path}[${e}]`, `http_error can follow only delay events (found "${String((events[before] as { type?: unknown }).type)}" at [${before}])`);
    } else if ((type === "fail" || type === "disconnect") && !last) {
      fail(`${path}[${e}]`, `${type} must be the last event of its response`);
    }
  });
}

function checkEvent(event: unknown, path: string, fail: Fail): void {
  if (!isObject(event)) {
    fail(path, "must be an object with a \"type\"");
    return;
  }
  const type = event.type;
  if (typeof type !== "string" || !(EVENT_TYPES as readonly string[]).includes(type)) {
    fail(path, `${typeof type === "string" ? `unknown event type "${type}"` : "missing \"type\""} (expected ${EVENT_TYPES.join(", ")})`);
    return;
  }
  const at = (field: string): string => `${path}.${field}`;
  switch (type as ScriptEvent["type"]) {
    case "text": {
      if (!fields(event, path, ["type", "text", "deltas", "chunkChars", "delayMs", "burst"], fail)) return;
      if (event.text === undefined && event.deltas === undefined) fail(path, "text needs \"text\" or \"deltas\"");
      if (event.text !== undefined && event.deltas !== undefined) fail(path, "give either \"text\" or \"deltas\", not both");
      optional(event, "text", "string", path, fail);
      if (event.deltas !== undefined && (!Array.isArray(event.deltas) || !event.deltas.every((d) => typeof d === "string"))) {
        fail(at("deltas"), "must be an array of strings");
      }
      if (event.deltas !== undefined && event.chunkChars !== undefined) fail(at("chunkChars"), "applies only to \"text\", not \"deltas\"");
      positiveInteger(event, "chunkChars", path, fail);
      nonNegative(event, "delayMs", path, fail);
      optional(event, "burst", "boolean", path, fail);
      if (event.burst === true && typeof event.delayMs === "number" && event.delayMs > 0) fail(at("burst"), "cannot be combined with delayMs");
      return;
    }
    case "reasoning":
      if (!fields(event, path, ["type", "summary", "content", "chunkChars", "delayMs"], fail)) return;
      required(event, "summary", "string", path, fail);
      optional(event, "content", "string", path, fail);
      positiveInteger(event, "chunkChars", path, fail);
      nonNegative(event, "delayMs", path, fail);
      return;
    case "exec":
      if (!fields(event, path, ["type", "command", "escalate", "justification", "workdir", "yieldTimeMs"], fail)) return;
      required(event, "command", "string", path, fail);
      if (event.command === "") fail(at("command"), "must not be empty");
      optional(event, "escalate", "boolean", path, fail);
      optional(event, "justification", "string", path, fail);
      // The engine refuses a justification without sandbox_permissions ("justification requires
      // an explicit sandbox_permissions") and the command silently never runs.
      if (event.justification !== undefined && event.escalate !== true) fail(at("justification"), "is only allowed with escalate: true (the engine refuses it otherwise)");
      optional(event, "workdir", "string", path, fail);
      if (event.yieldTimeMs !== undefined && !(Number.isInteger(event.yieldTimeMs) && (event.yieldTimeMs as number) >= 0)) {
        fail(at("yieldTimeMs"), "must be a non-negative integer");
      }
      return;
    case "patch":
      if (!fields(event, path, ["type", "patch"], fail)) return;
      required(event, "patch", "string", path, fail);
      return;
    case "call":
      if (!fields(event, path, ["type", "name", "namespace", "arguments"], fail)) return;
      required(event, "name", "string", path, fail);
      optional(event, "namespace", "string", path, fail);
      if (event.name === "") fail(at("name"), "must not be empty");
      if (!isObject(event.arguments)) fail(at("arguments"), "must be an object (the tool's JSON arguments)");
      return;
    case "delay":
      if (!fields(event, path, ["type", "ms"], fail)) return;
      if (event.ms === undefined) fail(at("ms"), "is required");
      else nonNegative(event, "ms", path, fail);
      return;
    case "http_error":
      if (!fields(event, path, ["type", "status", "body"], fail)) return;
      if (!Number.isInteger(event.status) || (event.status as number) < 400 || (event.status as number) > 599) {
        fail(at("status"), "must be an HTTP error status (an integer from 400 to 599)");
      }
      return;
    case "fail":
      if (!fields(event, path, ["type", "message", "code"], fail)) return;
      required(event, "message", "string", path, fail);
      optional(event, "code", "string", path, fail);
      return;
    case "disconnect":
      fields(event, path, ["type"], fail);
      return;
  }
}

function checkUsage(usage: unknown, path: string, fail: Fail): void {
  const keys = ["input_tokens", "output_tokens", "total_tokens", "input_tokens_details", "output_tokens_details"];
  if (!fields(usage, path, keys, fail)) return;
  for (const key of ["input_tokens", "output_tokens"]) {
    if (usage[key] === undefined) fail(`${path}.${key}`, "is required");
  }
  for (const key of ["input_tokens", "output_tokens", "total_tokens"]) tokenCount(usage[key], `${path}.${key}`, fail);
  const details = [
    ["input_tokens_details", "cached_tokens"],
    ["output_tokens_details", "reasoning_tokens"],
  ] as const;
  for (const [key, inner] of details) {
    if (usage[key] === undefined) continue;
    if (fields(usage[key], `${path}.${key}`, [inner], fail)) tokenCount(usage[key][inner], `${path}.${key}.${inner}`, fail);
  }
}

function checkRateLimits(limits: unknown, path: string, fail: Fail): void {
  if (!fields(limits, path, ["primary", "secondary"], fail)) return;
  for (const key of ["primary", "secondary"] as const) {
    const window = limits[key];
    if (window === undefined || !fields(window, `${path}.${key}`, ["usedPercent", "windowMinutes", "resetsAt"], fail)) continue;
    if (typeof window.usedPercent !== "number" || !(window.usedPercent >= 0)) fail(`${path}.${key}.usedPercent`, "is required, a number of at least 0");
    tokenCount(window.windowMinutes, `${path}.${key}.windowMinutes`, fail);
    tokenCount(window.resetsAt, `${path}.${key}.resetsAt`, fail);
  }
}

function tokenCount(value: unknown, path: string, fail: Fail): void {
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) fail(path, "must be a non-negative integer");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True when `value` is an object whose keys are all in `allowed` (typos are reported by name). */
function fields(
  value: unknown,
  path: string,
  allowed: string[],
  fail: Fail,
  expected = "an object",
): value is Record<string, unknown> {
  if (!isObject(value)) {
    fail(path, `must be ${expected}`);
    return false;
  }
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  for (const key of unknown) fail(path, `unknown field "${key}" (expected ${allowed.join(", ")})`);
  return unknown.length === 0;
}

function required(event: Record<string, unknown>, key: string, type: string, path: string, fail: Fail): void {
  if (event[key] === undefined) fail(`${path}.${key}`, "is required");
  else optional(event, key, type, path, fail);
}

function optional(event: Record<string, unknown>, key: string, type: string, path: string, fail: Fail): void {
  if (event[key] !== undefined && typeof event[key] !== type) fail(`${path}.${key}`, `must be a ${type}`);
}

function positiveInteger(event: Record<string, unknown>, key: string, path: string, fail: Fail): void {
  const value = event[key];
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 1)) fail(`${path}.${key}`, "must be a positive integer");
}

function nonNegative(event: Record<string, unknown>, key: string, path: string, fail: Fail): void {
  const value = event[key];
  if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
    fail(`${path}.${key}`, "must be a non-negative number of milliseconds");
  }
}
