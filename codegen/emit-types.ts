// TypeScript types for every schema of the spec, with json-schema-to-typescript.
import { compile } from "json-schema-to-typescript";
import { bundleSchema } from "./emit-schema.js";
import { header, type GeneratedFile } from "./generated-file.js";
import type { JsonSchema, SpecModel } from "./spec-model.js";

/** Schemas of the HTTP answers, which no frame refers to. */
const HTTP_SCHEMAS = ["HttpErrorCode", "HttpError"];

export async function emitTypes(model: SpecModel): Promise<GeneratedFile[]> {
  const bundle = bundleSchema(model);
  const definitions = bundle.definitions as Record<string, JsonSchema>;
  // Name every definition by its key (json-schema-to-typescript names by `title` first).
  const titled = Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [name, { ...(withoutRefSiblings(schema) as JsonSchema), title: name }]),
  );
  const root = { definitions: titled, title: "AnyFrame", oneOf: [{ $ref: "#/definitions/ClientFrame" }, { $ref: "#/definitions/ServerFrame" }] };
  const options = {
    bannerComment: "",
    additionalProperties: true,
    strictIndexSignatures: true,
    format: true,
    style: { printWidth: 120 },
  };
  const ts = await compile(root as never, "AnyFrame", options);
  // Schemas no frame reaches (the HTTP answers) are compiled on their own; the types they refer
  // to are declared above already.
  const unreached = HTTP_SCHEMAS.filter((name) => !new RegExp(`^export (type|interface) ${name}\\b`, "m").test(ts));
  const more = await Promise.all(unreached.map((name) => compile({ ...titled[name], definitions: titled } as never, name, { ...options, declareExternallyReferenced: false })));
  return [{ path: "types.ts", contents: `${header("//", model.specPath)}\n${[ts, ...more].join("\n")}` }];
}

/**
 * `{ $ref, description }` makes json-schema-to-typescript emit a numbered copy of the referenced
 * type (JsonValue1, JsonValue2…); draft-07 ignores siblings of `$ref` anyway, so drop them here.
 */
function withoutRefSiblings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRefSiblings);
  if (value === null || typeof value !== "object") return value;
  if ("$ref" in value) return { $ref: (value as { $ref: string }).$ref };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "const" || k === "enum" ? v : withoutRefSiblings(v)]));
}
