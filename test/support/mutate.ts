// Schema-guided mutations of valid frames: each breaks the frame at one known place, so a test can
// check that the validator refuses it and names that place. Pure; walks the bundled schema.
import schemaBundle from "../../generated/schema/codex-api.schema.json" with { type: "json" };

type Schema = { [key: string]: unknown };
const definitions = (schemaBundle as { definitions: Record<string, Schema> }).definitions;

export interface Mutation {
  /** JSON Pointer of the broken place. */
  path: string;
  what: string;
  apply(frame: unknown): unknown;
}

function resolve(schema: Schema): Schema {
  let s = schema;
  while (typeof s.$ref === "string") s = definitions[s.$ref.split("/").pop()!]!;
  return s;
}

/** Which branch of a oneOf a value took: the one whose tags (consts) and JSON type match. */
function branchFor(schema: Schema, value: unknown): Schema | undefined {
  const branches = (schema.oneOf as Schema[]).map(resolve);
  return branches.find((b) => typesOf(b).has(jsonType(value)) && constsMatch(b, value));
}

/** The value's keys fit the branch: its tags (consts) match, its required keys are there, nothing extra. */
function constsMatch(schema: Schema, value: unknown): boolean {
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return true;
  const obj = value as Record<string, unknown>;
  const required = (schema.required as string[] | undefined) ?? [];
  return (
    Object.entries(props).every(([k, p]) => !("const" in p) || obj[k] === p.const) &&
    required.every((k) => k in obj) &&
    (schema.additionalProperties !== false || Object.keys(obj).every((k) => k in props))
  );
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const ALL_TYPES = ["null", "boolean", "integer", "number", "string", "array", "object"];

function typesOf(schema: Schema): Set<string> {
  const s = resolve(schema);
  if ("const" in s) return new Set([jsonType(s.const)]);
  if (Array.isArray(s.enum)) return new Set(s.enum.map(jsonType));
  if (Array.isArray(s.oneOf)) return new Set((s.oneOf as Schema[]).flatMap((b) => [...typesOf(b)]));
  const declared = s.type === undefined ? ALL_TYPES : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  // An integer is a number: a schema of type number accepts integers too.
  return new Set(declared.flatMap((t) => (t === "number" ? ["number", "integer"] : [t])));
}

/** A value the schema refuses, or undefined when it accepts anything we could put there. */
function wrongValueFor(schema: Schema): { value: unknown; what: string } | undefined {
  const s = resolve(schema);
  const allowed = typesOf(s);
  const onlyListed = "const" in s || Array.isArray(s.enum);
  if (onlyListed && allowed.has("string")) return { value: "__not_listed__", what: "a string the enum does not list" };
  const candidates: [unknown, string][] = [
    [42.5, "number"],
    ["x", "string"],
    [true, "boolean"],
    [null, "null"],
    [[], "array"],
    [{}, "object"],
  ];
  const found = candidates.find(([v]) => !allowed.has(jsonType(v)));
  return found === undefined ? undefined : { value: found[0], what: `a ${found[1]} where the schema allows ${[...allowed].join("/")}` };
}

function setAt(root: unknown, path: string[], update: (parent: Record<string, unknown> | unknown[], key: string) => void): unknown {
  const copy = structuredClone(root);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string, unknown>)[key];
  update(node as Record<string, unknown>, path[path.length - 1]!);
  return copy;
}

function pointer(path: string[]): string {
  return path.map((k) => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Every single-place mutation of `value`, a valid instance of the definition `schemaName`. */
export function mutationsOf(schemaName: string, value: unknown): Mutation[] {
  const out: Mutation[] = [];
  walk(definitions[schemaName]!, value, [], out);
  return out;
}

function walk(schema: Schema, value: unknown, path: string[], out: Mutation[]): void {
  let s = resolve(schema);
  if (Array.isArray(s.oneOf)) {
    const branch = branchFor(s, value);
    if (branch === undefined) return;
    s = branch;
  }
  if (path.length > 0) {
    const wrong = wrongValueFor(schema);
    if (wrong !== undefined) {
      out.push({ path: pointer(path), what: `replaced with ${wrong.what}`, apply: (f) => setAt(f, path, (p, k) => ((p as Record<string, unknown>)[k] = wrong.value)) });
    }
  }
  if (jsonType(value) === "object" && s.properties !== undefined) {
    const obj = value as Record<string, unknown>;
    const props = s.properties as Record<string, Schema>;
    for (const key of (s.required as string[] | undefined) ?? []) {
      out.push({ path: pointer([...path, key]), what: `required ${key} removed`, apply: (f) => setAt(f, [...path, key], (p, k) => delete (p as Record<string, unknown>)[k]) });
    }
    if (s.additionalProperties === false) {
      const extra = "unexpectedField";
      out.push({ path: pointer([...path, extra]), what: "unknown field added", apply: (f) => setAt(f, [...path, extra], (p, k) => ((p as Record<string, unknown>)[k] = 1)) });
    }
    for (const [key, child] of Object.entries(obj)) if (props[key] !== undefined) walk(props[key], child, [...path, key], out);
  }
  if (Array.isArray(value) && s.items !== undefined) {
    value.forEach((child, i) => walk(s.items as Schema, child, [...path, String(i)], out));
  }
}
