// The spec's schemas as one self-contained draft-07 JSON Schema document: the input of every
// other emitter, and a file that non-TypeScript clients can validate against directly.
import type { GeneratedFile } from "./generated-file.js";
import type { FrameInfo, JsonSchema, SpecModel } from "./spec-model.js";

export const SCHEMA_FILE = "schema/codex-api.schema.json";

export function bundleSchema(model: SpecModel): JsonSchema {
  const union = (frames: FrameInfo[], description: string): JsonSchema => ({
    description,
    oneOf: frames.map((f) => ({ $ref: `#/definitions/${f.schemaName}` })),
  });
  return {
    $comment: `generated from ${model.specPath} — do not edit. Run \`npm run codegen\` to regenerate.`,
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `${model.title} ${model.protocolVersion}`,
    definitions: {
      ...model.definitions,
      ClientFrame: union(model.clientFrames, "Any frame a client sends."),
      ServerFrame: union(model.serverFrames, "Any frame the server sends."),
    },
  };
}

export function emitSchema(model: SpecModel): GeneratedFile[] {
  return [{ path: SCHEMA_FILE, contents: `${JSON.stringify(bundleSchema(model), null, 2)}\n` }];
}
