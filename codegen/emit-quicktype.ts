// Client types for other languages with quicktype-core, from the same bundled schema: Python
// (dataclasses with from_dict/to_dict converters, standard library only). Go has its own emitter
// (emit-go.ts).
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktype } from "quicktype-core";
import { bundleSchema } from "./emit-schema.js";
import { header, type CommentStyle, type GeneratedFile } from "./generated-file.js";
import { allFrames, type JsonSchema, type SpecModel } from "./spec-model.js";

interface Target {
  lang: "python" | "go";
  path: string;
  comment: CommentStyle;
  rendererOptions: Record<string, string>;
}

const TARGETS: Target[] = [
  { lang: "python", path: "python/codex_api_frames.py", comment: "#", rendererOptions: { "python-version": "3.7", "just-types": "false" } },
];

export async function emitQuicktype(model: SpecModel): Promise<GeneratedFile[]> {
  // `format: date-time` makes quicktype's Python import dateutil (not in the standard library);
  // the timestamps stay RFC 3339 strings.
  const bundle = withoutFormats(bundleSchema(model)) as JsonSchema;
  const files: GeneratedFile[] = [];
  for (const target of TARGETS) {
    const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
    // One top-level type per frame (not the unions): quicktype merges object unions into one
    // class of optional fields, which would lose each frame's required fields.
    const names = [...new Set(allFrames(model).map((f) => f.schemaName))].sort();
    for (const name of names) {
      await input.addSource({ name, schema: JSON.stringify({ definitions: bundle.definitions, $ref: `#/definitions/${name}` }) });
    }
    const inputData = new InputData();
    inputData.addInput(input);
    const result = await quicktype({ inputData, lang: target.lang, rendererOptions: target.rendererOptions });
    files.push({ path: target.path, contents: `${header(target.comment, model.specPath)}\n${result.lines.join("\n")}\n` });
  }
  return files;
}

function withoutFormats(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFormats);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === "format" && typeof v === "string"))
      .map(([k, v]) => [k, k === "const" || k === "enum" ? v : withoutFormats(v)]),
  );
}
