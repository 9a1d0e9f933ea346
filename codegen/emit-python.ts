// Python frame types for clients/python: one frozen dataclass per frame and per item kind, with
// from_dict/to_dict that round-trip exactly (a required nullable field is written as null, an
// absent optional field is left out: ABSENT is not None), decoding by `type`, and the spec's
// forward-compatibility rule ("Versioning"): unknown fields ignored, unknown enum values kept as
// strings, unknown item kinds and server frame types kept as opaque values. Standard library only.
//
// Written into clients/python/codex_api_client/protocol/:
//   _runtime.py  — the shared helpers, copied from codegen/python/_runtime.py;
//   frames.py    — the types, from the spec;
//   __init__.py  — what the package exports.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { header, type GeneratedFile, type GeneratedRoot } from "./generated-file.js";
import { SpecError, type FrameInfo, type JsonSchema, type SpecModel } from "./spec-model.js";

const ROOT: GeneratedRoot = "clients/python/codex_api_client/protocol";
const RUNTIME_SOURCE = "codegen/python/_runtime.py";

/**
 * Unions told apart by a discriminator whose unknown values are kept, not refused (spec
 * "Versioning": an item whose `type` the client does not know is kept as an opaque item). The
 * value is the runtime's constructor for the opaque value and the class it makes.
 */
const OPEN_UNIONS: Record<string, { make: string; cls: string }> = { Item: { make: "_unknown_item", cls: "UnknownItem" } };

/** What frames.py may import from the runtime (it imports those it uses). */
const RUNTIME_IMPORTS = [
  "ABSENT", "Absent", "DecodeError", "Decoder", "UnknownFrame", "UnknownItem",
  "_array", "_boolean", "_const", "_encode", "_field", "_integer", "_json_object", "_json_value", "_nullable", "_number",
  "_object", "_one_of_objects", "_optional_field", "_string", "_tagged", "_union", "_unknown_frame", "_unknown_item", "parse_json",
];

const PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);

interface PyType {
  /** The type hint. */
  hint: string;
  /** A Python expression for its decoder: a callable (value, json_pointer) → value. */
  decoder: string;
  /** True when the decoded value is already JSON (no frame classes inside): to_dict writes it as is. */
  plain: boolean;
}

interface PyField {
  name: string;
  key: string;
  required: boolean;
  type: PyType;
  doc: string | undefined;
}

interface PyClass {
  name: string;
  doc: string;
  /** Properties in the spec's order; a `const` one is a ClassVar, checked and written but not a field. */
  members: ({ kind: "const"; key: string; name: string; value: string } | ({ kind: "field" } & PyField))[];
}

export async function emitPython(model: SpecModel): Promise<GeneratedFile[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const runtime = await readFile(join(here, "python/_runtime.py"), "utf8");
  const frames = new PythonEmitter(model).module();
  return [
    { root: ROOT, path: "_runtime.py", contents: `${header("#", RUNTIME_SOURCE)}${runtime}` },
    { root: ROOT, path: "frames.py", contents: frames.contents },
    { root: ROOT, path: "__init__.py", contents: initModule(model, frames.exports) },
  ];
}

function initModule(model: SpecModel, exports: string[]): string {
  const runtime = ["ABSENT", "Absent", "DecodeError", "UnknownFrame", "UnknownItem"];
  return `${header("#", model.specPath)}"""Frame types of the codex-api protocol ${model.protocolVersion}, generated from the spec.

Decode what the server sends with \`decode_server_frame\`, build what you send with the frame
classes and \`to_dict()\`. See \`frames\` for the forward-compatibility rule the decoders follow.
"""
from ._runtime import ${runtime.join(", ")}
from .frames import (
${exports.map((name) => `    ${name},`).join("\n")}
)

__all__ = [
${[...runtime, ...exports].sort().map((name) => `    ${JSON.stringify(name)},`).join("\n")}
]
`;
}

class PythonEmitter {
  readonly #model: SpecModel;
  readonly #defs: Record<string, JsonSchema>;
  readonly #classes = new Map<string, PyClass>();
  /** Class names in the order they were reached (depth first from the frames, in spec order). */
  readonly #classOrder: string[] = [];
  /** Named decoders: variable → expression, in an order where each comes after those it uses. */
  readonly #decoders = new Map<string, string>();
  /** Type aliases of named schemas: enums and unions of plain values (before the classes). */
  readonly #aliases = new Map<string, string>();
  /** Type aliases that name classes (after them). */
  readonly #unions = new Map<string, string>();
  /** Docstrings of frame schemas, from their messages. */
  readonly #frameDocs = new Map<string, string>();

  constructor(model: SpecModel) {
    this.#model = model;
    this.#defs = model.definitions;
    for (const frame of [...model.clientFrames, ...model.serverFrames]) this.#documentFrame(frame);
  }

  module(): { contents: string; exports: string[] } {
    const model = this.#model;
    const clientFrames = model.clientFrames.map((f) => this.#frameType(f));
    const serverFrames = model.serverFrames.map((f) => this.#frameType(f));
    const clientUnion = clientFrames.flatMap((f) => f.classes);
    const serverUnion = [...serverFrames.flatMap((f) => f.classes), "UnknownFrame"];
    this.#unions.set("ClientFrame", `Union[${clientUnion.join(", ")}]`);
    this.#unions.set("ServerFrame", `Union[${serverUnion.join(", ")}]`);
    const itemDecoder = this.#typeOfRef("Item").decoder;

    const exports = [
      "PROTOCOL_VERSION", "ERROR_CODES",
      ...this.#aliases.keys(), ...this.#classOrder, ...this.#unions.keys(),
      "decode_client_frame", "decode_server_frame", "decode_item",
    ];
    const errorCodes = model.errorCodes.map((c) => `    ${JSON.stringify(c.code)}: ${c.retryable ? "True" : "False"},`).join("\n");
    const table = (frames: { type: string; decoder: string }[]) => frames.map((f) => `    ${JSON.stringify(f.type)}: ${f.decoder},`).join("\n");

    const contents = `${header("#", model.specPath)}"""The frames of the codex-api protocol ${model.protocolVersion}: one frozen dataclass per frame and per
item kind, with \`from_dict\` (checked decoding) and \`to_dict\` (the JSON object to send).

- A required field that may be null is a field that may be None; to_dict writes it as null.
- An optional field the frame does not carry is ABSENT (not None); to_dict leaves it out. For a
  field that is optional and nullable (\`configOverrides.outputSchema\`) None means null: "clear it".
- Forward compatibility (spec "Versioning"): fields this version does not know are ignored,
  enum values it does not know are kept as plain strings (the \`Literal\`s are type hints only),
  an item of an unknown \`type\` decodes to UnknownItem and a server frame of an unknown \`type\`
  to UnknownFrame. Anything else a frame breaks raises DecodeError with its JSON Pointer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Mapping, Union

from ._runtime import (
@@RUNTIME_IMPORTS@@
)

__all__ = [
${exports.map((name) => `    ${JSON.stringify(name)},`).join("\n")}
]

PROTOCOL_VERSION = ${JSON.stringify(model.protocolVersion)}
"""The protocol version these types were generated for (\`info.version\` of the spec)."""

ERROR_CODES: dict[str, bool] = {
${errorCodes}
}
"""Every error code of this version, with whether retrying the same request later can succeed. The
list is open (a later version may add codes): treat a code that is not here by the frame's
\`retryable\`."""

${[...this.#aliases].map(([name, value]) => `${name} = ${value}\n${docstring(this.#defs[name]?.description as string | undefined, "")}`).join("\n\n")}

${this.#classOrder.map((name) => this.#classCode(this.#classes.get(name)!)).join("\n\n\n")}


${[...this.#unions].map(([name, value]) => `${name} = ${value}\n${docstring(this.#unionDoc(name), "")}`).join("\n\n")}

${[...this.#decoders].map(([name, value]) => `${name}: Decoder[Any] = ${value}`).join("\n")}

_CLIENT_FRAMES: dict[str, Decoder[Any]] = {
${table(clientFrames)}
}

_SERVER_FRAMES: dict[str, Decoder[Any]] = {
${table(serverFrames)}
}


def _frame_type(data: Mapping[str, Any]) -> str:
    if "type" not in data:
        raise DecodeError("/type", "is required: every frame has a type")
    kind = data["type"]
    if not isinstance(kind, str):
        raise DecodeError("/type", "must be a string", "a string")
    return kind


def decode_client_frame(data: Mapping[str, Any] | str | bytes) -> ClientFrame:
    """A client frame from its JSON (text, UTF-8 bytes or a parsed object); raises DecodeError."""
    frame = parse_json(data)
    kind = _frame_type(frame)
    decoder = _CLIENT_FRAMES.get(kind)
    if decoder is None:
        raise DecodeError("/type", f"must be a client frame type ({', '.join(_CLIENT_FRAMES)}), got {kind!r}")
    return decoder(frame, "")


def decode_server_frame(data: Mapping[str, Any] | str | bytes) -> ServerFrame:
    """A server frame from its JSON (text, UTF-8 bytes or a parsed object); raises DecodeError.

    A frame of a \`type\` this version does not know is an UnknownFrame, not an error.
    """
    frame = parse_json(data)
    kind = _frame_type(frame)
    decoder = _SERVER_FRAMES.get(kind)
    if decoder is None:
        return _unknown_frame(kind, frame)
    return decoder(frame, "")


def decode_item(data: Mapping[str, Any] | str | bytes) -> Item:
    """An item (the \`item\` of an item frame) from its JSON; an unknown \`type\` gives an UnknownItem."""
    return ${itemDecoder}(parse_json(data), "")
`;
    const [head, body] = contents.split("@@RUNTIME_IMPORTS@@") as [string, string];
    const used = RUNTIME_IMPORTS.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
    const imports = used.map((name) => `    ${name},`).join("\n");
    return { contents: `${head}${imports}${body}`.replace(/\n{4,}/g, "\n\n\n"), exports };
  }

  // ---------------------------------------------------------------- frames

  #documentFrame(frame: FrameInfo): void {
    const arrow = frame.direction === "client" ? "client → server" : "server → client";
    const text = `${frame.summary}\n\n${frame.description}`.trim();
    const schema = this.#defs[frame.schemaName]!;
    const discriminator = this.#model.discriminators[frame.schemaName];
    if (discriminator === undefined) {
      this.#frameDocs.set(frame.schemaName, `${text}\n\nWire type \`${frame.frameType}\` (${arrow}).`);
      return;
    }
    for (const name of branchNames(schema)) {
      const value = constOf(this.#defs[name]!, discriminator, name);
      this.#frameDocs.set(name, `${text}\n\nWire type \`${frame.frameType}\` (${arrow}), the \`${discriminator}: ${value}\` shape.`);
    }
  }

  /** A frame's classes (the item frame has three) and the decoder its wire type dispatches to. */
  #frameType(frame: FrameInfo): { type: string; decoder: string; classes: string[] } {
    const type = this.#typeOfRef(frame.schemaName);
    const schema = this.#defs[frame.schemaName]!;
    const classes = schema.oneOf === undefined ? [frame.schemaName] : branchNames(schema);
    return { type: frame.frameType, decoder: type.decoder, classes };
  }

  #unionDoc(name: string): string {
    if (name === "ClientFrame") return "Any frame a client sends.";
    if (name === "ServerFrame") return "Any frame the server sends; UnknownFrame for a type this version does not know.";
    return (this.#defs[name]?.description as string | undefined) ?? "";
  }

  // ---------------------------------------------------------------- schemas → types

  /** The type of a `$ref`'d schema, registering its class, alias or decoder on first use. */
  #typeOfRef(name: string): PyType {
    const schema = this.#defs[name];
    if (schema === undefined) throw new SpecError(`emit-python: schema ${name} is referenced but not defined`);
    if (isClass(schema)) {
      this.#addClass(name, schema, this.#frameDocs.get(name) ?? (schema.description as string | undefined) ?? `The ${name} object.`);
      return { hint: name, decoder: `${name}.from_dict`, plain: false };
    }
    if (Array.isArray(schema.type)) {
      this.#aliases.set(name, "Any");
      return { hint: name, decoder: "_json_value", plain: true };
    }
    if (schema.enum !== undefined) {
      this.#aliases.set(name, literal(schema.enum, name));
      return { hint: `${name} | str`, decoder: this.#typeOf(schema, name, "").decoder, plain: true };
    }
    const decoder = `_decode_${snake(name)}`;
    const discriminator = this.#model.discriminators[name];
    if (discriminator !== undefined) {
      const branches = branchNames(schema);
      const open = OPEN_UNIONS[name];
      const table = branches.map((branch) => {
        this.#typeOfRef(branch);
        return `${JSON.stringify(constOf(this.#defs[branch]!, discriminator, branch))}: ${branch}`;
      });
      this.#unions.set(name, `Union[${[...branches, ...(open ? [open.cls] : [])].join(", ")}]`);
      this.#decoders.set(decoder, `_tagged(${JSON.stringify(discriminator)}, {${table.join(", ")}}${open ? `, ${open.make}` : ""})`);
      return { hint: name, decoder, plain: false };
    }
    if (!this.#decoders.has(decoder)) {
      const type = this.#typeOf(schema, name, "");
      // Unions of classes are named after the classes; unions of plain values before them.
      if (schema.oneOf !== undefined) (type.plain ? this.#aliases : this.#unions).set(name, type.hint);
      this.#decoders.set(decoder, type.decoder);
      if (schema.oneOf !== undefined) return { hint: name, decoder, plain: type.plain };
      return { ...type, decoder };
    }
    const hint = this.#aliases.has(name) || this.#unions.has(name) ? name : this.#typeOf(schema, name, "").hint;
    return { hint, decoder, plain: !this.#unions.has(name) };
  }

  /** `owner`/`prop` name inline object schemas: SessionFrame.replay → SessionReplay. */
  #typeOf(schema: JsonSchema, owner: string, prop: string): PyType {
    const where = prop === "" ? owner : `${owner}.${prop}`;
    if (typeof schema.$ref === "string") return this.#typeOfRef(schema.$ref.replace("#/definitions/", ""));
    if (schema.oneOf !== undefined) return this.#typeOfOneOf(schema.oneOf as JsonSchema[], owner, prop);
    if (Array.isArray(schema.type)) return { hint: "JsonValue", decoder: "_json_value", plain: true };
    if (schema.enum !== undefined) {
      only(schema, ["type", "enum", "description"], where);
      return { hint: `${literal(schema.enum, where)} | str`, decoder: "_string()", plain: true };
    }
    switch (schema.type) {
      case "string": {
        only(schema, ["type", "minLength", "maxLength", "pattern", "format", "description"], where);
        if (schema.format !== undefined && schema.format !== "date-time") throw new SpecError(`emit-python: ${where}: format ${String(schema.format)} is not supported`);
        const args = kwargs({
          min_length: schema.minLength,
          max_length: schema.maxLength,
          pattern: schema.pattern === undefined ? undefined : pythonPattern(schema.pattern as string),
          date_time: schema.format === "date-time" ? "True" : undefined,
        });
        return { hint: "str", decoder: `_string(${args})`, plain: true };
      }
      case "integer":
        only(schema, ["type", "minimum", "maximum", "description"], where);
        return { hint: "int", decoder: `_integer(${kwargs({ minimum: schema.minimum, maximum: schema.maximum })})`, plain: true };
      case "number":
        only(schema, ["type", "description"], where);
        return { hint: "float", decoder: "_number", plain: true };
      case "boolean":
        only(schema, ["type", "description"], where);
        return { hint: "bool", decoder: "_boolean", plain: true };
      case "array": {
        only(schema, ["type", "items", "minItems", "maxItems", "uniqueItems", "description"], where);
        const item = this.#typeOf(schema.items as JsonSchema, owner, singular(prop));
        const args = kwargs({ min_items: schema.minItems, max_items: schema.maxItems, unique: schema.uniqueItems === true ? "True" : undefined });
        return { hint: `list[${item.hint}]`, decoder: `_array(${[item.decoder, args].filter(Boolean).join(", ")})`, plain: item.plain };
      }
      case "object": {
        if (schema.properties === undefined) {
          only(schema, ["type", "additionalProperties", "description"], where);
          return { hint: "dict[str, Any]", decoder: "_json_object", plain: true };
        }
        const name = `${baseName(owner)}${pascal(prop)}`;
        if (this.#defs[name] !== undefined) throw new SpecError(`emit-python: the class for ${where} would be named ${name}, like a schema of the spec`);
        this.#addClass(name, schema, (schema.description as string | undefined) ?? `The \`${prop}\` of ${owner}.`);
        return { hint: name, decoder: `${name}.from_dict`, plain: false };
      }
      default:
        throw new SpecError(`emit-python: ${where}: schema ${JSON.stringify(schema)} is not supported`);
    }
  }

  #typeOfOneOf(branches: JsonSchema[], owner: string, prop: string): PyType {
    const nonNull = branches.filter((b) => b.type !== "null");
    if (nonNull.length === 1 && branches.length === 2) {
      const inner = this.#typeOf(nonNull[0]!, owner, prop);
      return { hint: `${inner.hint} | None`, decoder: `_nullable(${inner.decoder})`, plain: inner.plain };
    }
    if (nonNull.length !== branches.length) throw new SpecError(`emit-python: ${owner}.${prop}: null in a oneOf of more than two branches is not supported`);
    if (branches.every((b) => b.type === "object" && b.properties !== undefined)) {
      // Object shapes told apart by their required fields: ImageInput → ImageInputDataUrl, ImageInputPath.
      const shapes = branches.map((branch) => {
        const required = (branch.required as string[] | undefined) ?? [];
        if (required.length === 0) throw new SpecError(`emit-python: ${owner}: a oneOf branch without required fields cannot be told apart`);
        const name = `${owner}${pascal(required[0]!)}`;
        if (this.#defs[name] !== undefined) throw new SpecError(`emit-python: the class for a shape of ${owner} would be named ${name}, like a schema of the spec`);
        const about = (this.#defs[owner]?.description as string | undefined) ?? `A ${owner}.`;
        this.#addClass(name, branch, `${about}\n\nThis is the shape with \`${required.join("`, `")}\`.`);
        return { required, type: { hint: name, decoder: `${name}.from_dict`, plain: false } };
      });
      return {
        hint: shapes.map((s) => s.type.hint).join(" | "),
        decoder: `_one_of_objects([${shapes.map((s) => `(${pythonTuple(s.required)}, ${s.type.decoder})`).join(", ")}])`,
        plain: false,
      };
    }
    const types = branches.map((b) => this.#typeOf(b, owner, prop));
    return { hint: types.map((t) => t.hint).join(" | "), decoder: `_union(${types.map((t) => t.decoder).join(", ")})`, plain: types.every((t) => t.plain) };
  }

  #addClass(name: string, schema: JsonSchema, doc: string): void {
    if (this.#classes.has(name)) return;
    const cls: PyClass = { name, doc, members: [] };
    this.#classes.set(name, cls);
    this.#classOrder.push(name);
    only(schema, ["type", "properties", "required", "additionalProperties", "description"], name);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const names = new Set<string>();
    for (const [key, prop] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
      const fieldName = pythonName(key);
      if (names.has(fieldName)) throw new SpecError(`emit-python: ${name}: two properties become the field ${fieldName}`);
      names.add(fieldName);
      if (prop.const !== undefined) {
        if (typeof prop.const !== "string" || !required.has(key)) throw new SpecError(`emit-python: ${name}.${key}: only required string consts are supported`);
        cls.members.push({ kind: "const", key, name: fieldName, value: prop.const });
        continue;
      }
      const type = this.#typeOf(prop, name, key);
      const doc = (prop.description as string | undefined) ?? this.#refDescription(prop);
      cls.members.push({ kind: "field", name: fieldName, key, required: required.has(key), type, doc });
    }
  }

  #refDescription(prop: JsonSchema): string | undefined {
    if (typeof prop.$ref !== "string") return undefined;
    return this.#defs[prop.$ref.replace("#/definitions/", "")]?.description as string | undefined;
  }

  // ---------------------------------------------------------------- code

  #classCode(cls: PyClass): string {
    const lines = ["@dataclass(frozen=True, kw_only=True)", `class ${cls.name}:`, docstring(cls.doc, "    "), ""];
    for (const member of cls.members) {
      if (member.kind === "const") {
        lines.push(`    ${member.name}: ClassVar[str] = ${JSON.stringify(member.value)}`);
        continue;
      }
      const hint = member.required ? member.type.hint : `${member.type.hint} | Absent`;
      lines.push(`    ${member.name}: ${hint}${member.required ? "" : " = ABSENT"}`);
      if (member.doc !== undefined) lines.push(docstring(member.doc, "    "));
    }
    // from_dict
    lines.push("", "    @classmethod", `    def from_dict(cls, data: Any, at: str = "") -> ${cls.name}:`);
    lines.push(`        """Decodes the JSON object at JSON Pointer \`at\`; ignores unknown fields, raises DecodeError."""`);
    lines.push("        d = _object(data, at)");
    for (const member of cls.members) {
      if (member.kind === "const") lines.push(`        _const(d, ${JSON.stringify(member.key)}, ${JSON.stringify(member.value)}, at)`);
    }
    const fields = cls.members.filter((m): m is { kind: "field" } & PyField => m.kind === "field");
    if (fields.length === 0) lines.push("        return cls()");
    else {
      lines.push("        return cls(");
      for (const f of fields) lines.push(`            ${f.name}=${f.required ? "_field" : "_optional_field"}(d, ${JSON.stringify(f.key)}, at, ${f.type.decoder}),`);
      lines.push("        )");
    }
    // to_dict: the spec's property order; the leading required run as one literal.
    lines.push("", "    def to_dict(self) -> dict[str, Any]:");
    lines.push(`        """The JSON object: ABSENT fields are left out, None is written as null."""`);
    const value = (m: PyClass["members"][number]) =>
      m.kind === "const" ? JSON.stringify(m.value) : m.type.plain ? `self.${m.name}` : `_encode(self.${m.name})`;
    let i = 0;
    const head: string[] = [];
    while (i < cls.members.length && (cls.members[i]!.kind === "const" || (cls.members[i] as PyField).required)) {
      head.push(`            ${JSON.stringify(cls.members[i]!.key)}: ${value(cls.members[i]!)},`);
      i++;
    }
    lines.push(head.length === 0 ? "        out: dict[str, Any] = {}" : `        out: dict[str, Any] = {\n${head.join("\n")}\n        }`);
    for (const member of cls.members.slice(i)) {
      if (member.kind === "const" || member.required) {
        lines.push(`        out[${JSON.stringify(member.key)}] = ${value(member)}`);
      } else {
        lines.push(`        if self.${member.name} is not ABSENT:`, `            out[${JSON.stringify(member.key)}] = ${value(member)}`);
      }
    }
    lines.push("        return out");
    return lines.join("\n");
  }
}

// ---------------------------------------------------------------- helpers

function isClass(schema: JsonSchema): boolean {
  return schema.type === "object" && schema.properties !== undefined;
}

function branchNames(schema: JsonSchema): string[] {
  return (schema.oneOf as JsonSchema[]).map((b) => {
    if (typeof b.$ref !== "string") throw new SpecError("emit-python: a discriminated oneOf must list $refs");
    return b.$ref.replace("#/definitions/", "");
  });
}

function constOf(schema: JsonSchema, property: string, name: string): string {
  const value = (schema.properties as Record<string, JsonSchema> | undefined)?.[property]?.const;
  if (typeof value !== "string") throw new SpecError(`emit-python: ${name} has no string const ${property}`);
  return value;
}

/** Fails on keywords this emitter does not translate, so a spec change cannot be silently dropped. */
function only(schema: JsonSchema, allowed: string[], where: string): void {
  const extra = Object.keys(schema).filter((k) => !allowed.includes(k) && k !== "title" && k !== "examples" && k !== "default");
  if (extra.length > 0) throw new SpecError(`emit-python: ${where}: keyword(s) ${extra.join(", ")} not supported; teach codegen/emit-python.ts`);
}

function literal(values: unknown, where: string): string {
  if (!Array.isArray(values) || !values.every((v) => typeof v === "string")) throw new SpecError(`emit-python: ${where}: only string enums are supported`);
  return `Literal[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}

function pythonTuple(values: string[]): string {
  return values.length === 1 ? `(${JSON.stringify(values[0])},)` : `(${values.map((v) => JSON.stringify(v)).join(", ")})`;
}

function kwargs(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "number" ? String(v) : (v as string)}`)
    .join(", ");
}

/**
 * A JSON Schema (ECMAScript) pattern as a Python string literal for `re`: the patterns of this
 * spec mean the same in both, except `$`, which in Python also matches before a final newline.
 */
function pythonPattern(pattern: string): string {
  const translated = /(^|[^\\])\$$/.test(pattern) ? `${pattern.slice(0, -1)}\\Z` : pattern;
  // A JSON string literal is a valid Python one with the same value (\uXXXX included).
  return JSON.stringify(translated);
}

function docstring(text: string | undefined, indent: string): string {
  if (text === undefined || text.trim() === "") return "";
  const escaped = text.trim().replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"');
  const lines = escaped.split("\n");
  if (lines.length === 1) return `${indent}"""${escaped.endsWith('"') ? `${escaped} ` : escaped}"""`;
  return `${indent}"""${lines.map((l, i) => (i === 0 || l === "" ? l : `${indent}${l}`)).join("\n")}\n${indent}"""`;
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

function pythonName(key: string): string {
  const name = snake(key);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new SpecError(`emit-python: property ${key} does not make a Python name`);
  return PYTHON_KEYWORDS.has(name) ? `${name}_` : name;
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** SessionFrame → Session, PlanItem → Plan: the prefix of the classes of its inline objects. */
function baseName(owner: string): string {
  return owner.replace(/(Frame|Item)$/, "");
}

function singular(name: string): string {
  return name.endsWith("s") ? name.slice(0, -1) : name;
}
