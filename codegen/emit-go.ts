// Go types of the protocol, written into clients/go/protocol (package protocol): one struct per
// frame and per item kind, named after the spec's schemas; string-based enum types that keep
// values they do not know; decoders that dispatch on `type` and follow the spec's forward-
// compatibility rule (unknown fields ignored, an unknown item kind → UnknownItem, an unknown
// server frame type → UnknownFrame); encoders that write exactly what the spec allows (absent
// optional fields left out, required nullable fields as null, required arrays never null).
// The output is gofmt-clean as written: nothing here runs Go (test/clients/go.e2e.test.ts checks
// it with `gofmt -l`).
//
// The emitter knows the constructs the spec uses and refuses any other with a SpecError, so a
// spec change it cannot express fails codegen instead of producing wrong Go.
import { GO_DOC, GO_RUNTIME } from "./emit-go-runtime.js";
import { header, type GeneratedFile } from "./generated-file.js";
import { type FrameInfo, type JsonSchema, type SpecModel, SpecError } from "./spec-model.js";

const ROOT = "clients/go/protocol";

/**
 * Names of types declared in place (an enum or object inside a property) are the parent's name
 * without Frame/Item plus the property's (`CommandPromptFrame.kind` → CommandPromptKind; array
 * items singular: `PlanItem.steps[]` → PlanStep), except where that reads badly. Keyed by the Go
 * parent name and the wire name.
 */
const TYPE_NAMES: Record<string, string> = {
  "StatusFrame.state": "TurnState",
  "ItemDeltaFrame.itemType": "DeltaItemType",
  "ItemDeltaFrame.field": "DeltaField",
  "HTTPError.error": "HTTPErrorBody",
};

/** Field names other than the wire name's Go form. */
const FIELD_NAMES: Record<string, string> = {
  // `frameType` would collide with the FrameType() method every frame has.
  "ErrorFrame.frameType": "OffendingFrameType",
};

/** Unions a later minor version may widen (spec "Versioning"): an unknown member is kept, not refused. */
const OPEN_UNIONS: Record<string, { fallback: string; idField: string }> = {
  Item: { fallback: "UnknownItem", idField: "id" },
};

const INITIALISMS = new Set(["id", "ids", "url", "json", "http", "api", "mcp", "tls", "uri"]);

type GoType =
  | { kind: "builtin"; go: "string" | "int64" | "bool" | "float64" }
  | { kind: "raw" }
  | { kind: "enum" | "struct" | "union" | "strint"; name: string }
  | { kind: "list"; of: GoType };

interface Field {
  wire: string;
  name: string;
  type: GoType;
  required: boolean;
  nullable: boolean;
  doc: string[];
}
interface Constant {
  wire: string;
  value: string;
}
type Member = Field | Constant;
const isConstant = (m: Member): m is Constant => "value" in m;

type Role =
  | { kind: "frame"; direction: "client" | "server"; frameType: string; union?: string }
  | { kind: "item"; itemType: string; union: string }
  /** A member of a closed union that is neither a frame nor an open union (e.g. ResponsesApiItem). */
  | { kind: "member"; union: string };

interface StructDecl {
  kind: "struct";
  name: string;
  doc: string[];
  members: Member[];
  /** A oneOf of objects merged into one struct: exactly one of these sets of fields is present. */
  oneOfRequired?: string[][];
  role?: Role;
}
interface EnumDecl {
  kind: "enum";
  name: string;
  doc: string[];
  values: { name: string; value: string; doc: string[] }[];
}
interface UnionDecl {
  kind: "union";
  name: string;
  doc: string[];
  discriminator: string;
  members: { value: string; struct: string }[];
  frame?: { direction: "client" | "server"; frameType: string };
}
interface StrIntDecl {
  kind: "strint";
  name: string;
  doc: string[];
}
type Decl = StructDecl | EnumDecl | UnionDecl | StrIntDecl;

// ---------------------------------------------------------------- names

function words(text: string): string[] {
  return text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [];
}

/** A Go identifier from a schema, property or enum value name: `sessionId` → SessionID. */
export function goName(text: string): string {
  const name = words(text)
    .map((w) => {
      const lower = w.toLowerCase();
      if (INITIALISMS.has(lower)) return lower === "ids" ? "IDs" : lower.toUpperCase();
      return w[0]!.toUpperCase() + w.slice(1);
    })
    .join("");
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new SpecError(`emit-go: cannot make a Go name from ${JSON.stringify(text)}`);
  return name;
}

function singular(name: string): string {
  return name.endsWith("s") ? name.slice(0, -1) : name;
}

// ---------------------------------------------------------------- docs

function lines(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .trim()
    .split("\n")
    .map((l) => l.trimEnd());
}

/** `Name is a …` when the description starts with an article, else `Name: …`. */
function introduce(name: string, description: string | undefined): string[] {
  const [first, ...rest] = lines(description);
  if (first === undefined) return [];
  const article = /^(A|An|The|Any) /.exec(first);
  const head = article ? `${name} is ${first[0]!.toLowerCase()}${first.slice(1)}` : `${name}: ${first}`;
  return [head, ...rest];
}

/** Generated prose (not the spec's own lines, which keep their breaks) wrapped at 100 columns. */
function wrap(text: string, width = 97): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...out, line];
}

function comment(doc: string[], indent = ""): string {
  return doc.map((l) => (l === "" ? `${indent}//\n` : `${indent}// ${l}\n`)).join("");
}

// ---------------------------------------------------------------- the model of the Go package

class GoPackage {
  readonly decls = new Map<string, Decl>();
  readonly #named = new Map<string, GoType>();
  readonly #definitions: Record<string, JsonSchema>;

  constructor(readonly model: SpecModel) {
    this.#definitions = model.definitions;
  }

  #declare(decl: Decl): void {
    const existing = this.decls.get(decl.name);
    if (existing !== undefined && existing !== decl) throw new SpecError(`emit-go: two Go types named ${decl.name}`);
    this.decls.set(decl.name, decl);
  }

  /** A schema of components/schemas, by name. */
  named(schemaName: string): GoType {
    const known = this.#named.get(schemaName);
    if (known !== undefined) return known;
    const schema = this.#definitions[schemaName];
    if (schema === undefined) throw new SpecError(`emit-go: schema ${schemaName} is referenced but not defined`);
    const name = goName(schemaName);
    const description = schema.description as string | undefined;
    let type: GoType;
    const discriminator = this.model.discriminators[schemaName];
    if (discriminator !== undefined) {
      type = { kind: "union", name };
      this.#named.set(schemaName, type);
      this.#union(name, schema, discriminator, description);
    } else if (Array.isArray(schema.oneOf)) {
      const branches = schema.oneOf as JsonSchema[];
      if (branches.every((b) => b.type === "object" && b.$ref === undefined)) {
        type = { kind: "struct", name };
        this.#named.set(schemaName, type);
        this.#mergedStruct(name, branches, description);
      } else if (branches.length === 2 && branches.some((b) => b.type === "integer") && branches.some((b) => this.#isString(b))) {
        type = { kind: "strint", name };
        this.#named.set(schemaName, type);
        if ([...this.decls.values()].some((d) => d.kind === "strint")) throw new SpecError(`emit-go: a second string-or-integer type (${schemaName}) needs its own constructor names`);
        this.#declare({ kind: "strint", name, doc: introduce(name, description) });
      } else {
        throw new SpecError(`emit-go: schema ${schemaName}: unsupported oneOf`);
      }
    } else {
      type = this.#inline(schema, { name, override: name }).type;
      this.#named.set(schemaName, type);
    }
    return type;
  }

  #isString(schema: JsonSchema): boolean {
    if (schema.type === "string") return true;
    const ref = schema.$ref as string | undefined;
    return ref !== undefined && this.#definitions[refName(ref)]?.type === "string" && this.#definitions[refName(ref)]?.enum === undefined;
  }

  /** Whether a named schema admits null by itself (JsonValue does). */
  #namedNullable(schemaName: string): boolean {
    const type = this.#definitions[schemaName]?.type;
    return Array.isArray(type) && type.includes("null");
  }

  /**
   * A schema in place: a $ref, a primitive, an enum or object of its own (declared under
   * `naming.name`), an array, or one of these or null.
   */
  #inline(schema: JsonSchema, naming: { name: string; override: string; description?: string }): { type: GoType; nullable: boolean } {
    if (typeof schema.$ref === "string") {
      const target = refName(schema.$ref);
      return { type: this.named(target), nullable: this.#namedNullable(target) };
    }
    if (Array.isArray(schema.oneOf)) {
      const branches = schema.oneOf as JsonSchema[];
      const others = branches.filter((b) => b.type !== "null");
      if (branches.length === 2 && others.length === 1) return { type: this.#inline(others[0]!, naming).type, nullable: true };
      throw new SpecError(`emit-go: ${naming.override}: only "X or null" unions are supported in place`);
    }
    const description = naming.description ?? (schema.description as string | undefined);
    if (Array.isArray(schema.type)) {
      const all = ["object", "array", "string", "number", "boolean", "null"];
      if (all.every((t) => (schema.type as string[]).includes(t))) return { type: { kind: "raw" }, nullable: true };
      throw new SpecError(`emit-go: ${naming.override}: unsupported type list ${JSON.stringify(schema.type)}`);
    }
    switch (schema.type) {
      case "string":
        if (Array.isArray(schema.enum)) return { type: this.#enum(naming.name, schema.enum as string[], description), nullable: false };
        return { type: { kind: "builtin", go: "string" }, nullable: false };
      case "integer":
        return { type: { kind: "builtin", go: "int64" }, nullable: false };
      case "number":
        return { type: { kind: "builtin", go: "float64" }, nullable: false };
      case "boolean":
        return { type: { kind: "builtin", go: "bool" }, nullable: false };
      case "array": {
        const items = schema.items as JsonSchema | undefined;
        if (items === undefined || Array.isArray(items)) throw new SpecError(`emit-go: ${naming.override}: an array needs one items schema`);
        const name = TYPE_NAMES[`${naming.override}[]`] ?? singular(naming.name);
        const element = this.#inline(items, { name, override: `${naming.override}[]` });
        if (element.nullable && element.type.kind !== "raw") throw new SpecError(`emit-go: ${naming.override}: arrays of nullable values are not supported`);
        return { type: { kind: "list", of: element.type }, nullable: false };
      }
      case "object":
        // Free-form JSON, or a map keyed by the client's own ids (AnswerFrame.answers): raw JSON, the
        // client's methods build it (codexapi.Session.Answer).
        if (schema.properties === undefined && (schema.additionalProperties === true || typeof schema.additionalProperties === "object")) {
          return { type: { kind: "raw" }, nullable: false };
        }
        return { type: this.#struct(naming.name, schema, description), nullable: false };
      default:
        throw new SpecError(`emit-go: ${naming.override}: unsupported schema ${JSON.stringify(schema).slice(0, 120)}`);
    }
  }

  #enum(name: string, values: string[], description: string | undefined): GoType {
    const codes = name === "ErrorCode" ? new Map(this.model.errorCodes.map((c) => [c.code, c])) : undefined;
    this.#declare({
      kind: "enum",
      name,
      doc: [...introduce(name, description), ...(description === undefined ? [] : [""]), "Values this version does not know are kept as they are."],
      values: values.map((value) => {
        const code = codes?.get(value);
        const constName = `${name}${goName(value)}`;
        return { name: constName, value, doc: code === undefined ? [] : [`${constName} (${code.retryable ? "retryable" : "not retryable"}): ${code.description}`] };
      }),
    });
    return { kind: "enum", name };
  }

  #struct(name: string, schema: JsonSchema, description: string | undefined): GoType {
    const decl: StructDecl = { kind: "struct", name, doc: introduce(name, description), members: [] };
    this.#declare(decl); // before its fields' types: a parent is emitted before what it holds
    decl.members = this.#members(name, schema, new Set((schema.required as string[] | undefined) ?? []));
    return { kind: "struct", name };
  }

  #mergedStruct(name: string, branches: JsonSchema[], description: string | undefined): void {
    const decl: StructDecl = { kind: "struct", name, doc: introduce(name, description), members: [], oneOfRequired: [] };
    this.#declare(decl);
    for (const branch of branches) {
      decl.oneOfRequired!.push((branch.required as string[] | undefined) ?? []);
      // Each branch's fields are optional in the merged struct; requireOne checks the branch.
      for (const member of this.#members(name, branch, new Set())) {
        if (decl.members.some((m) => m.wire === member.wire)) throw new SpecError(`emit-go: ${name}: branches share the field ${member.wire}`);
        decl.members.push(member);
      }
    }
  }

  #members(parent: string, schema: JsonSchema, required: Set<string>): Member[] {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    return Object.entries(properties).map(([wire, property]): Member => {
      if (property.const !== undefined) {
        if (typeof property.const !== "string") throw new SpecError(`emit-go: ${parent}.${wire}: only string consts are supported`);
        return { wire, value: property.const };
      }
      const key = `${parent}.${wire}`;
      const base = parent.replace(/(Frame|Item)$/, "");
      const { type, nullable } = this.#inline(property, { name: TYPE_NAMES[key] ?? `${base}${goName(wire)}`, override: key });
      const name = FIELD_NAMES[key] ?? goName(wire);
      // A $ref that becomes a Go builtin (Seq, Id, DurationMs) leaves no type to carry its description.
      const target = typeof property.$ref === "string" ? this.#definitions[refName(property.$ref)] : undefined;
      const description = (property.description ?? (type.kind === "builtin" ? target?.description : undefined)) as string | undefined;
      const doc = lines(description);
      if (FIELD_NAMES[key] !== undefined) doc.unshift(`${name} is \`${wire}\` on the wire.`);
      return { wire, name, type, required: required.has(wire), nullable, doc };
    });
  }

  #union(name: string, schema: JsonSchema, discriminator: string, description: string | undefined): void {
    const decl: UnionDecl = { kind: "union", name, doc: introduce(name, description), discriminator, members: [] };
    this.#declare(decl);
    for (const branch of schema.oneOf as JsonSchema[]) {
      if (typeof branch.$ref !== "string") throw new SpecError(`emit-go: union ${name}: every branch must be a $ref`);
      const member = this.named(refName(branch.$ref));
      const struct = member.kind === "struct" ? this.decls.get(member.name) : undefined;
      if (struct?.kind !== "struct") throw new SpecError(`emit-go: union ${name}: ${branch.$ref} is not an object`);
      const tag = struct.members.find((m): m is Constant => isConstant(m) && m.wire === discriminator);
      if (tag === undefined) throw new SpecError(`emit-go: union ${name}: ${struct.name} has no const ${discriminator}`);
      decl.members.push({ value: tag.value, struct: struct.name });
    }
  }

  struct(name: string): StructDecl {
    const decl = this.decls.get(name);
    if (decl?.kind !== "struct") throw new SpecError(`emit-go: ${name} is not a struct`);
    return decl;
  }
}

function refName(ref: string): string {
  const prefix = "#/definitions/";
  if (!ref.startsWith(prefix)) throw new SpecError(`emit-go: unexpected reference ${ref}`);
  return ref.slice(prefix.length);
}

// ---------------------------------------------------------------- Go source

function typeExpr(type: GoType): string {
  switch (type.kind) {
    case "builtin":
      return type.go;
    case "raw":
      return "json.RawMessage";
    case "list":
      return `[]${typeExpr(type.of)}`;
    default:
      return type.name;
  }
}

/** The Go type of a field: see the package documentation for the mapping. */
function fieldType(field: Field, where: string): string {
  const base = typeExpr(field.type);
  const { kind } = field.type;
  if (kind === "raw" || kind === "list") return base;
  if (field.required && !field.nullable) return base;
  if (kind === "union") {
    if (field.nullable) throw new SpecError(`emit-go: ${where}: a nullable union is not supported`);
    return base;
  }
  if (field.required || !field.nullable) return `*${base}`;
  return `*Nullable[${base}]`;
}

/** Lines of `cells`, aligned the way gofmt aligns consecutive lines (comment lines break a run). */
function aligned(rows: ({ comment: string[] } | { cells: string[] })[], indent: string): string {
  let out = "";
  let i = 0;
  while (i < rows.length) {
    const row = rows[i]!;
    if ("comment" in row) {
      out += comment(row.comment, indent);
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && "cells" in rows[end]!) end++;
    const run = rows.slice(i, end) as { cells: string[] }[];
    const widths: number[] = [];
    for (const r of run) r.cells.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, [...c].length)));
    for (const r of run) {
      const padded = r.cells.map((c, k) => (k === r.cells.length - 1 ? c : c + " ".repeat(widths[k]! - [...c].length + 1)));
      out += `${indent}${padded.join("")}\n`;
    }
    i = end;
  }
  return out;
}

function receiverOf(decl: StructDecl): string {
  if (decl.role?.kind === "frame") return "f";
  if (decl.role?.kind === "item") return "i";
  const letter = decl.name[0]!.toLowerCase();
  return letter === "o" || letter === "w" ? "v" : letter;
}

function emitEnum(decl: EnumDecl): string {
  let out = `${comment(decl.doc)}type ${decl.name} string\n\nconst (\n`;
  out += aligned(
    decl.values.flatMap((v) => [...(v.doc.length > 0 ? [{ comment: v.doc }] : []), { cells: [v.name, decl.name, `= ${JSON.stringify(v.value)}`] }]),
    "\t",
  );
  return `${out})\n`;
}

function emitStrInt(decl: StrIntDecl): string {
  const n = decl.name;
  return `${comment([...decl.doc, "", `It is a string or an integer: make one with StringID or IntID.`])}type ${n} struct {
	text   string
	number int64
	isInt  bool
}

// StringID is a ${n} that is a string.
func StringID(id string) *${n} { return &${n}{text: id} }

// IntID is a ${n} that is an integer.
func IntID(id int64) *${n} { return &${n}{number: id, isInt: true} }

// IsInt says whether the id is an integer.
func (id ${n}) IsInt() bool { return id.isInt }

// Int is the integer id (0 for a string id).
func (id ${n}) Int() int64 { return id.number }

// String is the string id, or the integer id in decimal.
func (id ${n}) String() string {
	if id.isInt {
		return strconv.FormatInt(id.number, 10)
	}
	return id.text
}

// MarshalJSON writes the id as a JSON string or number.
func (id ${n}) MarshalJSON() ([]byte, error) {
	if id.isInt {
		return []byte(strconv.FormatInt(id.number, 10)), nil
	}
	return marshal(id.text)
}

// UnmarshalJSON reads a JSON string or integer.
func (id *${n}) UnmarshalJSON(data []byte) error {
	var text string
	if json.Unmarshal(data, &text) == nil {
		*id = ${n}{text: text}
		return nil
	}
	var number int64
	if isNull(data) || json.Unmarshal(data, &number) != nil {
		return errors.New("expected a string or an integer, got " + jsonKind(data))
	}
	*id = ${n}{number: number, isInt: true}
	return nil
}
`;
}

function structDoc(decl: StructDecl, frames: Map<string, FrameInfo>): string[] {
  const role = decl.role;
  if (role?.kind === "frame" && role.union === undefined) {
    const info = frames.get(decl.name)!;
    return [`${decl.name} is the ${role.direction} frame "${role.frameType}": ${info.title ?? info.frameType}.`, ...messageDoc(info)];
  }
  if (role?.kind === "frame") {
    const event = decl.members.find((m): m is Constant => isConstant(m) && m.wire !== "type");
    return [`${decl.name} is the ${role.direction} frame "${role.frameType}"${event ? ` with ${event.wire} "${event.value}"` : ""}.`];
  }
  if (role?.kind === "item") {
    const [first, ...rest] = decl.doc;
    const description = first?.replace(new RegExp(`^${decl.name}(: | is )`), "");
    return [`${decl.name} is the item "${role.itemType}"${description ? `: ${description[0]!.toUpperCase()}${description.slice(1)}` : "."}`, ...rest];
  }
  return decl.doc;
}

function messageDoc(info: FrameInfo): string[] {
  const out: string[] = [];
  if (info.summary !== undefined) out.push("", ...lines(info.summary));
  if (info.description !== undefined) out.push("", ...lines(info.description));
  return out;
}

function emitStruct(decl: StructDecl, frames: Map<string, FrameInfo>): string {
  const r = receiverOf(decl);
  const fields = decl.members.filter((m): m is Field => !isConstant(m));
  const rows = fields.flatMap((f) => [
    ...(f.doc.length > 0 ? [{ comment: f.doc }] : []),
    { cells: [f.name, fieldType(f, `${decl.name}.${f.wire}`), `\`json:"${f.wire}${f.required ? "" : ",omitempty"}"\``] },
  ]);
  let out = `${comment(structDoc(decl, frames))}type ${decl.name} struct {\n${aligned(rows, "\t")}}\n`;
  const role = decl.role;
  const what = role?.kind === "frame" ? `${role.frameType} frame` : role?.kind === "item" ? `${role.itemType} item` : decl.name;

  if (role?.kind === "frame") {
    out += `\n// FrameType is "${role.frameType}".\nfunc (${r} *${decl.name}) FrameType() string { return ${JSON.stringify(role.frameType)} }\n`;
    if (role.direction === "server") {
      const seq = fields.find((f) => f.wire === "seq" && f.required && !f.nullable);
      if (seq === undefined) throw new SpecError(`emit-go: server frame ${decl.name} has no required seq`);
      out += `\n// FrameSeq is the frame's seq.\nfunc (${r} *${decl.name}) FrameSeq() (int64, bool) { return ${r}.Seq, true }\n`;
    }
    out += `\nfunc (${r} *${decl.name}) is${role.direction === "client" ? "Client" : "Server"}Frame() {}\n`;
    if (role.union !== undefined) out += `\nfunc (${r} *${decl.name}) is${role.union}() {}\n`;
  } else if (role?.kind === "item") {
    const open = OPEN_UNIONS[role.union]!;
    const id = fields.find((f) => f.wire === open.idField && f.required && f.type.kind === "builtin" && f.type.go === "string");
    if (id === undefined) throw new SpecError(`emit-go: item ${decl.name} has no required string ${open.idField}`);
    out += `\n// ItemType is "${role.itemType}".\nfunc (${r} *${decl.name}) ItemType() string { return ${JSON.stringify(role.itemType)} }\n`;
    out += `\n// ItemID is the item's id.\nfunc (${r} *${decl.name}) ItemID() string { return ${r}.${id.name} }\n`;
    out += `\nfunc (${r} *${decl.name}) is${role.union}() {}\n`;
  } else if (role?.kind === "member") {
    out += `\nfunc (${r} *${decl.name}) is${role.union}() {}\n`;
  }

  // Encoding: the spec's field order, consts included; absent optional fields left out.
  out += `\n// MarshalJSON writes the fields the spec allows: absent optional fields are left out.\nfunc (${r} ${decl.name}) MarshalJSON() ([]byte, error) {\n\tvar w objectWriter\n`;
  for (const m of decl.members) {
    if (isConstant(m)) {
      out += `\tw.field(${JSON.stringify(m.wire)}, ${JSON.stringify(m.value)})\n`;
      continue;
    }
    const value = `${r}.${m.name}`;
    const write = (expr: string) => `w.field(${JSON.stringify(m.wire)}, ${expr})`;
    const { kind } = m.type;
    if (m.required && kind === "union") {
      out += `\tif ${value} == nil {\n\t\treturn nil, missing(${JSON.stringify(what)}, ${JSON.stringify(m.wire)})\n\t}\n\t${write(value)}\n`;
    } else if (m.required && kind === "list") {
      out += `\t${write(`orEmpty(${value})`)}\n`;
    } else if (m.required && kind === "raw") {
      out += `\t${write(`orNull(${value})`)}\n`;
    } else if (m.required) {
      out += `\t${write(value)}\n`;
    } else {
      out += `\tif ${value} != nil {\n\t\t${write(value)}\n\t}\n`;
    }
  }
  out += `\treturn w.finish()\n}\n`;

  // Decoding: consts and required fields checked, every known field read, unknown ones ignored.
  out += `\n// UnmarshalJSON reads the fields this version knows (others are ignored) and checks the required ones.\nfunc (${r} *${decl.name}) UnmarshalJSON(data []byte) error {\n\to, err := parseObject(data, "")\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn ${r}.decodeFields(o)\n}\n`;
  const checks: string[] = [];
  for (const m of decl.members) if (isConstant(m)) checks.push(`o.constant(${JSON.stringify(m.wire)}, ${JSON.stringify(m.value)})`);
  const required = fields.filter((f) => f.required).map((f) => JSON.stringify(f.wire));
  if (required.length > 0) checks.push(`o.require(${required.join(", ")})`);
  if (decl.oneOfRequired !== undefined) checks.push(`o.requireOne(${decl.oneOfRequired.map((set) => `[]string{${set.map((s) => JSON.stringify(s)).join(", ")}}`).join(", ")})`);
  for (const f of fields) checks.push(decodeCall(f, r, `${decl.name}.${f.wire}`));
  out += `\nfunc (${r} *${decl.name}) decodeFields(o object) error {\n\t*${r} = ${decl.name}{}\n\treturn firstError(\n${checks.map((c) => `\t\t${c},\n`).join("")}\t)\n}\n`;
  return out;
}

function decodeCall(f: Field, r: string, where: string): string {
  const target = `&${r}.${f.name}`;
  const wire = JSON.stringify(f.wire);
  const { type } = f;
  switch (type.kind) {
    case "raw":
      return `o.rawField(${wire}, ${target}, ${f.nullable})`;
    case "union":
      return `unionField(o, ${wire}, ${target}, decode${type.name})`;
    case "struct":
      if (f.required && !f.nullable) return `objectField(o, ${wire}, ${target})`;
      if (f.required || !f.nullable) return `objectPointer(o, ${wire}, ${target}, ${f.nullable})`;
      throw new SpecError(`emit-go: ${where}: an optional nullable object is not supported`);
    case "list":
      if (type.of.kind === "struct") return `objectList(o, ${wire}, ${target})`;
      if (type.of.kind === "union" || type.of.kind === "list") throw new SpecError(`emit-go: ${where}: arrays of ${type.of.kind}s are not supported`);
      return `o.value(${wire}, ${target}, false)`;
    default:
      if (!f.required && f.nullable) return `nullableField(o, ${wire}, ${target})`;
      return `o.value(${wire}, ${target}, ${f.nullable})`;
  }
}

function emitUnion(decl: UnionDecl, frames: Map<string, FrameInfo>): string {
  const open = OPEN_UNIONS[decl.name];
  const list = (names: string[]) => (names.length <= 2 ? names.join(" or ") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);
  const members = decl.members.map((m) => `*${m.struct}`);
  let doc: string[];
  let body: string;
  if (decl.frame !== undefined) {
    const info = frames.get(decl.name)!;
    doc = [...wrap(`${decl.name} is the ${decl.frame.direction} frame "${decl.frame.frameType}": ${info.title ?? decl.name}. It is one of ${list(members)}, told apart by "${decl.discriminator}".`), ...messageDoc(info)];
    body = `\t${decl.frame.direction === "client" ? "Client" : "Server"}Frame\n\tis${decl.name}()\n`;
  } else {
    doc = [...decl.doc, "", ...wrap(`It is one of ${list([...members, ...(open ? [`*${open.fallback}`] : [])])}, told apart by "${decl.discriminator}"${open ? ` (*${open.fallback}: a kind this version does not know)` : ""}.`)];
    body = open
      ? `\t// ItemType is the wire type.\n\tItemType() string\n\t// ItemID is the id.\n\tItemID() string\n\tis${decl.name}()\n`
      : `\tis${decl.name}()\n`;
  }
  let out = `${comment(doc)}type ${decl.name} interface {\n${body}}\n`;

  const variable = decl.name === "Item" ? "item" : "frame";
  out += `\nfunc decode${decl.name}(o object) (${decl.name}, error) {\n\tkind, err := o.discriminator(${JSON.stringify(decl.discriminator)})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tswitch kind {\n`;
  for (const m of decl.members) {
    out += `\tcase ${JSON.stringify(m.value)}:\n\t\t${variable} := new(${m.struct})\n\t\tif err := ${variable}.decodeFields(o); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\treturn ${variable}, nil\n`;
  }
  out += open
    ? `\tdefault:\n\t\treturn unknownItem(kind, o), nil\n\t}\n}\n`
    : `\tdefault:\n\t\treturn nil, o.fail(${JSON.stringify(decl.discriminator)}, unknownValue(kind, ${decl.members.map((m) => JSON.stringify(m.value)).join(", ")}))\n\t}\n}\n`;
  if (open) {
    out += `\n// Decode${decl.name} decodes one item, dispatching on its type; an item of a type this version\n// does not know decodes to *${open.fallback}, not an error.\nfunc Decode${decl.name}(data []byte) (${decl.name}, error) {\n\to, err := parseObject(data, "")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn decode${decl.name}(o)\n}\n`;
  }
  return out;
}

function emitFrameDecoder(pkg: GoPackage, direction: "client" | "server", frames: FrameInfo[]): string {
  const Dir = direction === "client" ? "Client" : "Server";
  const names = frames.flatMap((f) => {
    const decl = pkg.decls.get(goName(f.schemaName))!;
    return decl.kind === "union" ? decl.members.map((m) => `*${m.struct}`) : [`*${decl.name}`];
  });
  const docLines =
    direction === "client"
      ? wrap(`ClientFrame is a frame a client sends: ${names.join(", ")}. Encode one with json.Marshal.`)
      : wrap(`ServerFrame is a frame codex-api sends: ${names.join(", ")}, or *UnknownFrame for a type this version does not know.`);
  const methods =
    direction === "client"
      ? "\t// FrameType is the frame's wire type.\n\tFrameType() string\n\tisClientFrame()\n"
      : "\t// FrameType is the frame's wire type.\n\tFrameType() string\n\t// FrameSeq is the frame's seq, and false when it has none (only an *UnknownFrame may lack one).\n\tFrameSeq() (int64, bool)\n\tisServerFrame()\n";
  let out = `${comment(docLines)}type ${Dir}Frame interface {\n${methods}}\n`;
  const decodeDoc =
    direction === "client"
      ? [
          "DecodeClientFrame decodes one client frame, dispatching on its type. It checks the type, the",
          "required fields and the JSON types of the fields; unknown fields are ignored (the server",
          "refuses them, and checks lengths, patterns and enum values too).",
        ]
      : [
          "DecodeServerFrame decodes one server frame, dispatching on its type (and an item frame's event),",
          "as the spec's forward-compatibility rule says: unknown fields are ignored everywhere, an item",
          "of an unknown type is an *UnknownItem, a frame of an unknown type an *UnknownFrame, and enum",
          "values this version does not know are kept. A missing required field or a field of the wrong",
          "JSON type is an error (*DecodeError).",
        ];
  out += `\n${comment(decodeDoc)}func Decode${Dir}Frame(data []byte) (${Dir}Frame, error) {\n\to, err := parseObject(data, "")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tframeType, err := o.discriminator("type")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tswitch frameType {\n`;
  for (const f of frames) {
    const decl = pkg.decls.get(goName(f.schemaName))!;
    if (decl.kind === "union") {
      out += `\tcase ${JSON.stringify(f.frameType)}:\n\t\tframe, err := decode${decl.name}(o)\n\t\tif err != nil {\n\t\t\treturn nil, inFrame(err, frameType)\n\t\t}\n\t\treturn frame, nil\n`;
    } else {
      out += `\tcase ${JSON.stringify(f.frameType)}:\n\t\tframe := new(${decl.name})\n\t\tif err := frame.decodeFields(o); err != nil {\n\t\t\treturn nil, inFrame(err, frameType)\n\t\t}\n\t\treturn frame, nil\n`;
    }
  }
  out +=
    direction === "client"
      ? `\tdefault:\n\t\treturn nil, o.fail("type", "not a client frame type: "+strconv.Quote(frameType))\n\t}\n}\n`
      : `\tdefault:\n\t\treturn unknownFrame(frameType, o, data), nil\n\t}\n}\n`;
  return out;
}

export function emitGo(model: SpecModel): GeneratedFile[] {
  const pkg = new GoPackage(model);
  const frameInfo = new Map<string, FrameInfo>();
  // Frames first, client then server in spec order; what they hold follows each; then the rest.
  for (const frame of [...model.clientFrames, ...model.serverFrames]) {
    const type = pkg.named(frame.schemaName);
    const decl = pkg.decls.get(goName(frame.schemaName));
    if (decl === undefined || (decl.kind !== "struct" && decl.kind !== "union")) throw new SpecError(`emit-go: frame ${frame.schemaName} is not an object or a union (${type.kind})`);
    frameInfo.set(decl.name, frame);
    if (decl.kind === "struct") {
      decl.role = { kind: "frame", direction: frame.direction, frameType: frame.frameType };
    } else {
      decl.frame = { direction: frame.direction, frameType: frame.frameType };
      for (const m of decl.members) pkg.struct(m.struct).role = { kind: "frame", direction: frame.direction, frameType: frame.frameType, union: decl.name };
    }
  }
  for (const name of Object.keys(model.definitions)) pkg.named(name);
  for (const [union, { fallback }] of Object.entries(OPEN_UNIONS)) {
    const decl = pkg.decls.get(union);
    if (decl?.kind !== "union") throw new SpecError(`emit-go: ${union} should be a union with a discriminator`);
    if (pkg.decls.has(fallback)) throw new SpecError(`emit-go: ${fallback} is reserved`);
    for (const m of decl.members) pkg.struct(m.struct).role = { kind: "item", itemType: m.value, union };
  }
  // Every other union's members get its marker method too.
  for (const decl of pkg.decls.values()) {
    if (decl.kind !== "union" || decl.frame !== undefined || OPEN_UNIONS[decl.name] !== undefined) continue;
    for (const m of decl.members) {
      const member = pkg.struct(m.struct);
      if (member.role !== undefined) throw new SpecError(`emit-go: ${m.struct} is in union ${decl.name} and is also a ${member.role.kind}`);
      member.role = { kind: "member", union: decl.name };
    }
  }
  for (const reserved of ["UnknownFrame", "UnknownItem", "Nullable", "DecodeError", "ClientFrame", "ServerFrame"]) {
    if (pkg.decls.has(reserved)) throw new SpecError(`emit-go: the spec's ${reserved} collides with a name of the runtime`);
  }

  const parts: string[] = [emitFrameDecoder(pkg, "client", model.clientFrames), emitFrameDecoder(pkg, "server", model.serverFrames)];
  for (const decl of pkg.decls.values()) {
    if (decl.kind === "enum") parts.push(emitEnum(decl));
    else if (decl.kind === "struct") parts.push(emitStruct(decl, frameInfo));
    else if (decl.kind === "union") parts.push(emitUnion(decl, frameInfo));
    else parts.push(emitStrInt(decl));
  }
  const body = parts.join("\n");
  const imports = ["encoding/json", "errors", "strconv"].filter((path) => body.includes(`${path.split("/").pop()}.`));
  const importBlock = imports.length === 1 ? `import "${imports[0]}"\n` : `import (\n${imports.map((p) => `\t"${p}"\n`).join("")})\n`;
  const top = (file: string) =>
    `// Code generated by codegen/emit-go.ts from ${model.specPath}. DO NOT EDIT.\n${header("//", model.specPath)}\n${file}`;
  return [
    { root: ROOT, path: "doc.go", contents: top(GO_DOC.replace("{{VERSION}}", JSON.stringify(model.protocolVersion))) },
    { root: ROOT, path: "frames.go", contents: top(`package protocol\n\n${importBlock}\n${body}`) },
    { root: ROOT, path: "runtime.go", contents: top(GO_RUNTIME) },
  ];
}
