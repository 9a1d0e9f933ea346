// Frame validation: dispatch on `type` to the generated validator of that frame, and turn ajv's
// errors into one wire-ready verdict — a spec error code, the JSON Pointer of the offending value
// and a message that says what was wrong.
import type { ErrorObject } from "ajv";
import { CLIENT_FRAME_SCHEMAS, ITEM_TYPES, JSON_BOUNDS, SERVER_FRAME_SCHEMAS, type ClientFrameType } from "../../generated/protocol.js";
import type { ClientFrame, ServerFrame } from "../../generated/types.js";
import * as validators from "../../generated/validators.js";
import type { FrameValidator } from "../../generated/validators.js";
import { problem, type Problem } from "./errors.js";

export interface FrameProblem extends Problem<"invalid_frame" | "unknown_frame_type"> {
  /** JSON Pointer of the offending value ("" = the whole frame). */
  path: string;
  /** The frame's `type`, when it had a string one. */
  frameType?: string;
}

export type FrameCheck<F> = { ok: true; frame: F } | { ok: false; problem: FrameProblem };

type ValidatorTable = Record<string, FrameValidator<unknown>>;

function tableFor(schemas: Record<string, string>): ValidatorTable {
  const all = validators as unknown as Record<string, FrameValidator<unknown>>;
  return Object.fromEntries(Object.entries(schemas).map(([type, schema]) => [type, all[`validate${schema}`]!]));
}

const CLIENT_VALIDATORS = tableFor(CLIENT_FRAME_SCHEMAS);
const SERVER_VALIDATORS = tableFor(SERVER_FRAME_SCHEMAS);

export function checkClientFrame(value: unknown): FrameCheck<ClientFrame> {
  const result = check(value, CLIENT_VALIDATORS, "client") as FrameCheck<ClientFrame>;
  if (!result.ok) return result;
  const type = result.frame.type as ClientFrameType;
  for (const bound of JSON_BOUNDS[type]) {
    const outOfBounds = checkBound(result.frame, type, bound);
    if (outOfBounds !== undefined) return fail(outOfBounds, type);
  }
  return result;
}

/**
 * The spec's `x-json-bounds` on a field of free-form JSON: nesting depth, then size. The depth is
 * measured without recursion and stops at the bound, so a value nested a million deep costs no
 * more than one nested `maxDepth + 1` deep; the size is only measured once the depth is known to
 * be small enough for JSON.stringify.
 */
function checkBound(frame: object, frameType: ClientFrameType, bound: (typeof JSON_BOUNDS)[ClientFrameType][number]): FrameProblem | undefined {
  let value: unknown = frame;
  for (const key of bound.path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || typeof value !== "object") return undefined;
  const path = `/${bound.path.map(escape).join("/")}`;
  if (depthExceeds(value, bound.maxDepth)) {
    return { ...problem("invalid_frame", "tooDeep", { frameType, path, maxDepth: bound.maxDepth }), path };
  }
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > bound.maxBytes) return { ...problem("invalid_frame", "tooBig", { frameType, path, bytes, maxBytes: bound.maxBytes }), path };
  return undefined;
}

function depthExceeds(root: object, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxDepth) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node as object)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}

export function checkServerFrame(value: unknown): FrameCheck<ServerFrame> {
  return check(value, SERVER_VALIDATORS, "server") as FrameCheck<ServerFrame>;
}

/** How a client reads a server frame under the spec's forward-compatibility rule. */
export type ServerFrameReading =
  /** A frame of a type this version knows; it may carry fields or an item kind of a later version. */
  | { ok: true; frame: ServerFrame }
  /** A frame type of a later version: skipped, its `seq` (if any) still counted. */
  | { ok: "skip"; type: string; seq: number | undefined }
  | { ok: false; problem: FrameProblem };

const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set(ITEM_TYPES);
/** Stands in for an item of a later version while the rest of its frame is checked. */
const PLACEHOLDER_ITEM = { type: "other", id: "", engineType: "" };
/** More unknown fields and values than this in one frame is not a later version, it is a broken server. */
const MAX_UNKNOWN_FIELDS = 64;

/**
 * A server frame checked as a client of this version must read it (spec "Versioning"): fields
 * it does not know are ignored wherever they are, an item of an unknown kind is kept as it is,
 * a frame of an unknown type is skipped. Everything this version does know must still match
 * the spec, so a backend's tests keep catching a server that breaks it.
 */
export function readServerFrame(value: unknown): ServerFrameReading {
  const strict = checkServerFrame(value);
  if (strict.ok) return strict;
  const frame = value as Record<string, unknown>;
  if (strict.problem.code === "unknown_frame_type" && typeof frame.type === "string") {
    return { ok: "skip", type: frame.type, seq: typeof frame.seq === "number" ? frame.seq : undefined };
  }
  if (strict.problem.code !== "invalid_frame") return strict;
  // What this version knows of the frame: a copy without a later version's additions.
  const known = structuredClone(frame);
  const item = known.item as Record<string, unknown> | undefined;
  if (known.type === "item" && item !== null && typeof item === "object" && typeof item.type === "string" && !KNOWN_ITEM_TYPES.has(item.type)) {
    known.item = { ...PLACEHOLDER_ITEM, id: typeof item.id === "string" ? item.id : "" };
  }
  const validate = SERVER_VALIDATORS[frame.type as string]!;
  for (let step = 0; step <= MAX_UNKNOWN_FIELDS; step++) {
    if (validate(known)) return { ok: true, frame: value as ServerFrame };
    const errors = validate.errors ?? [];
    // A field of a later version: dropped from the copy.
    const unknownField = errors.find((e) => e.keyword === "additionalProperties");
    if (unknownField !== undefined) {
      const holder = valueAt(known, unknownField.instancePath) as Record<string, unknown>;
      delete holder[String((unknownField.params as { additionalProperty: string }).additionalProperty)];
      continue;
    }
    // An enum value of a later version (a delta's itemType, a status reason…): a string is kept
    // as it is; the copy gets a known value so the rest is still checked.
    const unknownValue = errors.find((e) => e.keyword === "enum" && typeof valueAt(known, e.instancePath) === "string");
    if (unknownValue === undefined || unknownValue.instancePath === "") break;
    const at = unknownValue.instancePath.lastIndexOf("/");
    const holder = valueAt(known, unknownValue.instancePath.slice(0, at)) as Record<string, unknown>;
    holder[unknownValue.instancePath.slice(at + 1).replace(/~1/g, "/").replace(/~0/g, "~")] = (unknownValue.params as { allowedValues: unknown[] }).allowedValues[0];
  }
  // Still wrong in what this version knows: named as found there, not at a later version's field.
  const verdict = check(known, SERVER_VALIDATORS, "server");
  return verdict.ok ? strict : (verdict as FrameCheck<never>);
}

function check(value: unknown, table: ValidatorTable, side: "client" | "server"): FrameCheck<unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail({ ...problem("invalid_frame", "notObject", { got: describe(value) }), path: "" });
  }
  const type = (value as { type?: unknown }).type;
  const known = Object.keys(table).join(", ");
  if (typeof type !== "string") {
    return fail({ ...problem("unknown_frame_type", "missing", { known, got: describe(type) }), path: "/type" });
  }
  const validate = Object.hasOwn(table, type) ? table[type] : undefined;
  if (validate === undefined) {
    return fail({ ...problem("unknown_frame_type", "unknown", { side, type: JSON.stringify(clip(type)), known }), path: "/type" }, type);
  }
  if (validate(value)) return { ok: true, frame: value };
  const { path, message } = explain(validate.errors ?? [], value);
  return fail({ ...problem("invalid_frame", "schema", { frameType: type, detail: message }), path }, type);
}

function fail(found: FrameProblem, frameType?: string): FrameCheck<never> {
  return { ok: false, problem: frameType === undefined ? found : { ...found, frameType } };
}

/**
 * Picks the error that points deepest into the frame — ajv reports a failed `oneOf` at the
 * parent and each branch's own error below it; the deepest one names the offending value. When
 * the deepest errors are alternatives at different places (branches of a `oneOf` without a tag,
 * e.g. an image with neither `dataUrl` nor `path`), the path is their common parent and the
 * message lists them all.
 */
export function explain(errors: ErrorObject[], frame: unknown): { path: string; message: string } {
  const branchErrors = errors.filter((e) => e.keyword !== "oneOf");
  const located = (branchErrors.length > 0 ? branchErrors : errors).map((e) => locate(e, frame));
  if (located.length === 0) return { path: "", message: "the frame does not match its schema" };
  const depth = (p: string) => (p === "" ? 0 : p.split("/").length);
  const deepest = Math.max(...located.map((l) => depth(l.path)));
  const atDeepest = located.filter((l) => depth(l.path) === deepest);
  // A branch whose only complaint is a value (pattern, type, enum) is the one the sender meant;
  // "missing"/"unknown field" there come from the branches it did not mean.
  const valueErrors = atDeepest.filter((l) => !l.structural);
  const here = valueErrors.length > 0 ? valueErrors : atDeepest;
  const paths = [...new Set(here.map((l) => l.path))];
  const messages = [...new Set(here.map((l) => (paths.length === 1 ? l.message : `${l.path} ${l.message}`)))];
  if (paths.length === 1) return { path: paths[0]!, message: `${paths[0] || "the frame"} ${messages.join(" or ")}` };
  const parent = commonParent(paths);
  return { path: parent, message: `${parent || "the frame"} matches none of its alternatives: ${messages.join(", or ")}` };
}

function commonParent(paths: string[]): string {
  const split = paths.map((p) => p.split("/"));
  const common: string[] = [];
  for (let i = 0; split.every((s) => i < s.length - 1 && s[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return common.join("/");
}

interface Located {
  path: string;
  message: string;
  /** A missing or unknown field, rather than a wrong value. */
  structural?: boolean;
}

function locate(error: ErrorObject, frame: unknown): Located {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: `${error.instancePath}/${escape(String(params.missingProperty))}`, message: "is required but missing", structural: true };
    case "additionalProperties":
      return { path: `${error.instancePath}/${escape(String(params.additionalProperty))}`, message: "is not a known field (the schema is closed)", structural: true };
    case "enum":
      return {
        path: error.instancePath,
        message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")} (got ${describe(valueAt(frame, error.instancePath))})`,
      };
    case "const":
      return { path: error.instancePath, message: `must be ${JSON.stringify(params.allowedValue)} (got ${describe(valueAt(frame, error.instancePath))})` };
    case "discriminator": {
      const path = `${error.instancePath}/${escape(String(params.tag))}`;
      const got = describe(valueAt(frame, path));
      return { path, message: params.error === "mapping" ? `is not a known variant (got ${got})` : `must be a string tag (got ${got})` };
    }
    case "type":
      return { path: error.instancePath, message: `must be ${String(params.type)} (got ${describe(valueAt(frame, error.instancePath))})` };
    default:
      return { path: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
  }
}

function valueAt(frame: unknown, pointer: string): unknown {
  let node = frame;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function escape(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(clip(value))}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
