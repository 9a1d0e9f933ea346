// The protocol reference for people: generated/reference/protocol.md, rendered from the spec —
// its prose, every frame with its fields and examples, the types they use, the error codes and
// the HTTP answers. Checked by codegen:check like everything else generated.
import { header, type GeneratedFile } from "./generated-file.js";
import type { FrameInfo, JsonSchema, SpecModel } from "./spec-model.js";

export function emitReference(model: SpecModel): GeneratedFile[] {
  const frameSchemas = new Set([...model.clientFrames, ...model.serverFrames].map((f) => f.schemaName));
  const out: string[] = [
    `<!-- ${header("//", model.specPath).trim().replace(/^\/\/ /, "")} -->`,
    "",
    `# ${model.title} — protocol ${model.protocolVersion}`,
    "",
    "Rendered from `spec/codex-api.asyncapi.yaml`, the single source of truth. Contents: [the protocol](#the-protocol),",
    "[client frames](#client-frames), [server frames](#server-frames), [types](#types), [error codes](#error-codes),",
    "[HTTP answers](#http-answers).",
    "",
    "## The protocol",
    "",
    demoteHeadings(model.description.trim()),
    "",
    "## Client frames",
    "",
    "Sent by a backend in the request body of `POST /agent/stream`. Client frame schemas are closed: an unknown field is an error.",
    "",
    ...model.clientFrames.flatMap((frame) => frameSection(model, frame)),
    "## Server frames",
    "",
    "Sent by codex-api in the response body. A client ignores what it does not know (see Versioning above).",
    "",
    ...model.serverFrames.flatMap((frame) => frameSection(model, frame)),
    "## Types",
    "",
    ...Object.keys(model.definitions)
      .filter((name) => !frameSchemas.has(name) && !isFrameBranch(model, name))
      .flatMap((name) => typeSection(model, name)),
    "## Error codes",
    "",
    "| code | retryable | meaning |",
    "|---|---|---|",
    ...model.errorCodes.map((c) => `| \`${c.code}\` | ${c.retryable ? "yes" : "no"} | ${cell(c.description)} |`),
    "",
    "## HTTP answers",
    "",
    "Answers that are not an agent stream carry an `HttpError` body with one of these codes.",
    "",
    "| code | HTTP status |",
    "|---|---|",
    ...model.httpErrors.map((e) => `| \`${e.code}\` | ${e.status} |`),
    "",
  ];
  return [{ path: "reference/protocol.md", contents: out.join("\n") }];
}

function frameSection(model: SpecModel, frame: FrameInfo): string[] {
  const schema = model.definitions[frame.schemaName]!;
  const lines = [`### \`${frame.frameType}\` (${frame.schemaName})`, ""];
  if (frame.summary) lines.push(frame.summary, "");
  if (frame.description) lines.push(frame.description.trim(), "");
  const branches = schema.oneOf as JsonSchema[] | undefined;
  if (branches === undefined) lines.push(...shapeOf(model, schema));
  else {
    // The item frame: one shape per event, each with its fields.
    for (const branch of branches) {
      const name = String(branch.$ref).replace("#/definitions/", "");
      const branchSchema = model.definitions[name]!;
      lines.push(`**${name}**${typeof branchSchema.description === "string" ? `: ${cell(branchSchema.description)}` : ""}`, "", ...shapeOf(model, branchSchema));
    }
  }
  for (const example of frame.examples) {
    lines.push(`Example \`${example.name}\`:`, "", "```json", JSON.stringify(example.payload), "```", "");
  }
  return lines;
}

function typeSection(model: SpecModel, name: string): string[] {
  const schema = model.definitions[name]!;
  const lines = [`### ${name}`, ""];
  if (typeof schema.description === "string") lines.push(schema.description.trim(), "");
  lines.push(...shapeOf(model, schema));
  return lines;
}

/** A schema's fields as a table, or its alternatives, or its values. */
function shapeOf(model: SpecModel, schema: JsonSchema): string[] {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties !== undefined) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    return [
      "| field | type | required | description |",
      "|---|---|---|---|",
      ...Object.entries(properties).map(([field, child]) => `| \`${field}\` | ${cell(typeOf(model, child))} | ${required.has(field) ? "yes" : ""} | ${cell(String(child.description ?? ""))} |`),
      "",
    ];
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives !== undefined) return [`One of: ${alternatives.map((a) => typeOf(model, a)).join(", ")}.`, ""];
  return [`Type: ${typeOf(model, schema)}.`, ""];
}

/** A short type expression with links to the types section. */
function typeOf(model: SpecModel, schema: JsonSchema): string {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/definitions/", "");
    return `[${name}](#${name.toLowerCase()})`;
  }
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives !== undefined) return alternatives.map((a) => typeOf(model, a)).join(" \\| ");
  const fields = schema.properties as Record<string, JsonSchema> | undefined;
  if (fields !== undefined) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    return `{ ${Object.entries(fields).map(([name, child]) => `${name}${required.has(name) ? "" : "?"}: ${typeOf(model, child)}`).join(", ")} }`;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  const named = types.map((t) => (t === "array" ? `${schema.items === undefined ? "any" : typeOf(model, schema.items as JsonSchema)}[]` : t));
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : "",
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : "",
    schema.minLength !== undefined ? `length ≥ ${schema.minLength}` : "",
    schema.maxLength !== undefined ? `length ≤ ${schema.maxLength}` : "",
    typeof schema.pattern === "string" ? `pattern \`${schema.pattern}\`` : "",
    typeof schema.format === "string" ? `format ${schema.format}` : "",
  ].filter(Boolean);
  return `${named.length > 0 ? named.join(" \\| ") : "any JSON"}${bounds.length > 0 ? ` (${bounds.join(", ")})` : ""}`;
}

/** The item frame's three shapes are documented with it, not again as types. */
function isFrameBranch(model: SpecModel, name: string): boolean {
  return [...model.clientFrames, ...model.serverFrames].some((frame) => {
    const alternatives = model.definitions[frame.schemaName]?.oneOf as JsonSchema[] | undefined;
    return alternatives?.some((a) => a.$ref === `#/definitions/${name}`) ?? false;
  });
}

/** The spec's prose uses `##` for its sections; inside "The protocol" they become `###`. */
function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,5}) /gm, "#$1 ");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").trim();
}
