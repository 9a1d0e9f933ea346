// Loads spec/codex-api.asyncapi.yaml, validates it with @asyncapi/parser and turns it into the
// one model every emitter works from: plain JSON Schema (draft-07) definitions, the client and
// server frame lists (from the receive/send operations) and the error-code table.
import { readFile } from "node:fs/promises";
import { Parser } from "@asyncapi/parser";
import { parse as parseYaml } from "yaml";

export const SPEC_PATH = "spec/codex-api.asyncapi.yaml";

export type JsonSchema = { [key: string]: unknown };

export type Direction = "client" | "server";

export interface FrameInfo {
  direction: Direction;
  /** Key of the message in components/messages, e.g. `clientHeartbeat`. */
  messageKey: string;
  /** The wire `type` value, e.g. `heartbeat`. */
  frameType: string;
  /** The payload schema's name in `definitions`, e.g. `ClientHeartbeatFrame`. */
  schemaName: string;
  examples: { name: string; payload: unknown }[];
  /** The message's title, summary and description, for documentation (generated code, the reference). */
  title?: string;
  summary?: string;
  description?: string;
}

export interface ErrorCodeInfo {
  code: string;
  retryable: boolean;
  description: string;
}

/** A field of a client frame that carries free-form JSON, with its `x-json-bounds`. */
export interface JsonBound {
  /** Property names from the frame down to the field, e.g. ["configOverrides", "outputSchema"]. */
  path: string[];
  maxDepth: number;
  maxBytes: number;
}

export interface SpecModel {
  specPath: string;
  protocolVersion: string;
  title: string;
  /** `info.description`: the protocol's prose (sessions, resume, versioning…), Markdown. */
  description: string;
  /** components/schemas as draft-07 definitions, `$ref`s pointing at `#/definitions/…`, no `x-*` keys. */
  definitions: Record<string, JsonSchema>;
  /** oneOf schemas whose branches are told apart by a property (the spec's `discriminator`). */
  discriminators: Record<string, string>;
  clientFrames: FrameInfo[];
  serverFrames: FrameInfo[];
  errorCodes: ErrorCodeInfo[];
  /** Client frame type → its bounded free-form JSON fields. */
  jsonBounds: Record<string, JsonBound[]>;
  /** HTTP answer code → its status (HttpErrorCode's `x-http-status`). */
  httpErrors: { code: string; status: number }[];
}

export class SpecError extends Error {}

const SCHEMA_REF = "#/components/schemas/";

export async function loadSpec(path = SPEC_PATH): Promise<SpecModel> {
  const text = await readFile(path, "utf8");
  await assertValidAsyncApi(text, path);
  const raw = parseYaml(text) as RawSpec;
  const discriminators: Record<string, string> = {};
  const definitions: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(raw.components.schemas)) {
    if (typeof schema.discriminator === "string") discriminators[name] = schema.discriminator;
    definitions[name] = toDraft07(schema) as JsonSchema;
  }
  const clientFrames = framesOf(raw, "receive", "client");
  return {
    specPath: path,
    protocolVersion: raw.info.version,
    title: raw.info.title,
    description: raw.info.description ?? "",
    definitions: sortKeys(definitions),
    discriminators,
    clientFrames,
    serverFrames: framesOf(raw, "send", "server"),
    errorCodes: errorCodesOf(raw),
    jsonBounds: Object.fromEntries(clientFrames.map((f) => [f.frameType, boundsIn(raw.components.schemas, f.schemaName, [], new Set())])),
    httpErrors: httpErrorsOf(raw),
  };
}

function httpErrorsOf(raw: RawSpec): { code: string; status: number }[] {
  const schema = raw.components.schemas.HttpErrorCode;
  const codes = schema?.enum as string[] | undefined;
  const statuses = schema?.["x-http-status"] as Record<string, unknown> | undefined;
  if (codes === undefined || statuses === undefined) throw new SpecError("components/schemas/HttpErrorCode needs `enum` and `x-http-status`");
  const bad = codes.filter((c) => !Number.isInteger(statuses[c]) || (statuses[c] as number) < 400 || (statuses[c] as number) > 599);
  const extra = Object.keys(statuses).filter((c) => !codes.includes(c));
  if (bad.length > 0 || extra.length > 0) {
    throw new SpecError(`HttpErrorCode: x-http-status needs a 4xx/5xx status for every code (missing or bad: [${bad.join(", ")}]) and no other (extra: [${extra.join(", ")}])`);
  }
  return codes.map((code) => ({ code, status: statuses[code] as number }));
}

/** Every property with `x-json-bounds` reachable from a schema through properties and `$ref`s. */
function boundsIn(schemas: Record<string, JsonSchema>, name: string, path: string[], seen: Set<string>): JsonBound[] {
  if (seen.has(name)) return [];
  const schema = schemas[name];
  if (schema === undefined) throw new SpecError(`schema ${name} is referenced but not defined`);
  const found: JsonBound[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [property, child] of Object.entries(properties)) {
    const bounds = child["x-json-bounds"] as { maxDepth?: unknown; maxBytes?: unknown } | undefined;
    if (bounds !== undefined) {
      const { maxDepth, maxBytes } = bounds;
      if (!Number.isInteger(maxDepth) || !Number.isInteger(maxBytes) || (maxDepth as number) < 1 || (maxBytes as number) < 2) {
        throw new SpecError(`${name}.${property}: x-json-bounds needs integer maxDepth ≥ 1 and maxBytes ≥ 2`);
      }
      found.push({ path: [...path, property], maxDepth: maxDepth as number, maxBytes: maxBytes as number });
    }
    if (typeof child.$ref === "string") found.push(...boundsIn(schemas, schemaNameOf(child.$ref), [...path, property], new Set([...seen, name])));
  }
  return found;
}

async function assertValidAsyncApi(text: string, path: string): Promise<void> {
  const { document, diagnostics } = await new Parser().parse(text, { source: path });
  // Severity 0 is "error" in the parser's (Spectral's) scale; warnings and hints do not fail.
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (errors.length > 0 || document === undefined) {
    const lines = errors.map((d) => `  ${d.code}: ${d.message} at /${d.path.join("/")}`);
    throw new SpecError(`${path} is not a valid AsyncAPI document:\n${lines.join("\n")}`);
  }
}

interface RawMessage {
  name: string;
  title?: string;
  summary?: string;
  description?: string;
  payload: { $ref: string };
  examples?: { name: string; payload: unknown }[];
}
interface RawSpec {
  info: { title: string; version: string; description?: string };
  channels: Record<string, { messages: Record<string, { $ref: string }> }>;
  operations: Record<string, { action: "send" | "receive"; messages: { $ref: string }[] }>;
  components: {
    messages: Record<string, RawMessage>;
    schemas: Record<string, JsonSchema>;
  };
}

function framesOf(raw: RawSpec, action: "send" | "receive", direction: Direction): FrameInfo[] {
  const frames: FrameInfo[] = [];
  for (const [opName, op] of Object.entries(raw.operations)) {
    if (op.action !== action) continue;
    for (const { $ref } of op.messages) {
      // '#/channels/<channel>/messages/<key>' → the channel's message → components/messages/<key>
      const [, , channel, , key] = $ref.split("/");
      const channelMessage = raw.channels[channel!]?.messages[key!];
      const messageKey = channelMessage?.$ref.split("/").pop();
      const message = messageKey === undefined ? undefined : raw.components.messages[messageKey];
      if (messageKey === undefined || message === undefined) {
        throw new SpecError(`operation ${opName} refers to ${$ref}, which does not resolve to a component message`);
      }
      const schemaName = schemaNameOf(message.payload.$ref);
      const typeConst = frameTypeOf(raw.components.schemas, schemaName);
      if (typeConst !== message.name) {
        throw new SpecError(`message ${messageKey} is named ${message.name} but its payload's type is ${typeConst}`);
      }
      const { title, summary, description } = message;
      frames.push({ direction, messageKey, frameType: message.name, schemaName, title, summary, description, examples: message.examples ?? [] });
    }
  }
  return frames;
}

/** The `type` const of a frame schema, following a top-level oneOf (the item frame's three shapes). */
function frameTypeOf(schemas: Record<string, JsonSchema>, name: string): string {
  const schema = schemas[name];
  const props = schema?.properties as Record<string, { const?: string }> | undefined;
  if (props?.type?.const !== undefined) return props.type.const;
  const branches = (schema?.oneOf as { $ref: string }[] | undefined)?.map((b) => frameTypeOf(schemas, schemaNameOf(b.$ref)));
  const types = [...new Set(branches)];
  if (types.length !== 1) throw new SpecError(`schema ${name} has no single \`type\` const (found ${types.join(", ") || "none"})`);
  return types[0]!;
}

function schemaNameOf(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF)) throw new SpecError(`expected a ${SCHEMA_REF}… reference, got ${ref}`);
  return ref.slice(SCHEMA_REF.length);
}

function errorCodesOf(raw: RawSpec): ErrorCodeInfo[] {
  const schema = raw.components.schemas.ErrorCode;
  const codes = schema?.enum as string[] | undefined;
  const details = schema?.["x-error-codes"] as Record<string, { retryable: boolean; description: string }> | undefined;
  if (codes === undefined || details === undefined) throw new SpecError("components/schemas/ErrorCode needs `enum` and `x-error-codes`");
  const missing = codes.filter((c) => details[c] === undefined);
  const extra = Object.keys(details).filter((c) => !codes.includes(c));
  if (missing.length > 0 || extra.length > 0) {
    throw new SpecError(`ErrorCode enum and x-error-codes disagree: missing details for [${missing.join(", ")}], details without a code [${extra.join(", ")}]`);
  }
  return codes.map((code) => ({ code, ...details[code]! }));
}

/** AsyncAPI schema → draft-07: refs into `definitions`, AsyncAPI-only keywords and `x-*` dropped. */
function toDraft07(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDraft07);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("x-") || key === "discriminator" || key === "externalDocs" || key === "deprecated") continue;
    if (key === "$ref" && typeof child === "string") {
      out.$ref = `#/definitions/${schemaNameOf(child)}`;
      continue;
    }
    if (key === "properties" && child !== null && typeof child === "object") {
      // Property names are data, not keywords: keep every name, convert each property's schema.
      out.properties = Object.fromEntries(Object.entries(child).map(([name, schema]) => [name, toDraft07(schema)]));
      continue;
    }
    // `const`, `enum` and `default` hold data, not schemas: copy them untouched.
    out[key] = key === "const" || key === "enum" || key === "default" ? child : toDraft07(child);
  }
  return out;
}

export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every frame, client then server, in spec order. */
export function allFrames(model: SpecModel): FrameInfo[] {
  return [...model.clientFrames, ...model.serverFrames];
}
