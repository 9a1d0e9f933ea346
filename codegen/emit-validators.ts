// ajv standalone validators: compiled code checked in, so the server never compiles a schema at
// start-up. One validator per frame schema and per frame union; errors carry `instancePath`.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { bundleSchema } from "./emit-schema.js";
import { header, type GeneratedFile } from "./generated-file.js";
import { allFrames, type JsonSchema, type SpecModel } from "./spec-model.js";

export async function emitValidators(model: SpecModel): Promise<GeneratedFile[]> {
  // Annotations only bloat the compiled code; the validator needs none of them.
  const bundle = withoutAnnotations(bundleSchema(model)) as JsonSchema;
  const definitions = bundle.definitions as Record<string, JsonSchema>;
  // The spec's `discriminator: <prop>` (AsyncAPI form) becomes ajv's `{ propertyName }`, so a
  // oneOf reports the error inside the branch its tag picks, not "must match exactly one schema".
  for (const [name, propertyName] of Object.entries(model.discriminators)) {
    definitions[name] = { ...definitions[name], type: "object", discriminator: { propertyName } };
  }
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: true },
    strict: true,
    allErrors: false,
    discriminator: true,
    allowUnionTypes: true,
  });
  addFormats(ajv, ["date-time"]);
  ajv.addSchema(bundle, "codex-api");
  const names = [...new Set([...allFrames(model).map((f) => f.schemaName), "ClientFrame", "ServerFrame", "HttpError"])].sort();
  const exportsMap = Object.fromEntries(names.map((n) => [`raw${n}`, `codex-api#/definitions/${n}`]));
  let code = standaloneCode(ajv, exportsMap);
  // ajv checks maxLength/minLength by counting code points (ucs2length walks the whole string:
  // a third of the inbound time for 16 KB frames). A string never has more code points than
  // UTF-16 units, nor fewer than half of them, so the length alone settles most checks.
  code = code.replace(/func(\d+)\((\w+)\) > (\d+)/g, (all, f, x, n) => (isUcs2(code, f) ? `(${x}.length > ${n} && func${f}(${x}) > ${n})` : all));
  code = code.replace(/func(\d+)\((\w+)\) < (\d+)/g, (all, f, x, n) =>
    isUcs2(code, f) ? `(${x}.length < ${n} || (${x}.length < ${2 * Number(n)} && func${f}(${x}) < ${n}))` : all,
  );
  // Node's ESM loader needs file extensions on deep imports into CommonJS packages.
  code = code.replace(/require\("(ajv(?:-formats)?\/dist\/[^"]+?)(?:\.js)?"\)/g, 'require("$1.js")');
  const typed = names.map((n) => `export const validate${n} = raw${n} as unknown as FrameValidator<T.${n}>;`);
  const contents = [
    header("//", model.specPath).trimEnd(),
    "// @ts-nocheck — the compiled validator code below is ajv's output; the typed exports at the end are checked.",
    code.includes("require(") ? 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);' : "",
    code,
    "",
    'import type { ErrorObject } from "ajv";',
    'import type * as T from "./types.js";',
    "/** A compiled validator: a type guard; on failure `errors` holds the first error (with `instancePath`). */",
    "export interface FrameValidator<F> {\n  (data: unknown): data is F;\n  errors?: ErrorObject[] | null;\n}",
    ...typed,
    "",
  ].join("\n");
  return [{ path: "validators.ts", contents }];
}

/** Whether ajv's `funcN` in this code is its ucs2length helper. */
function isUcs2(code: string, n: string): boolean {
  return new RegExp(`const func${n} = require\\("ajv/dist/runtime/ucs2length(?:\\.js)?"\\)`).test(code);
}

function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !((k === "description" || k === "title" || k === "$comment") && typeof v === "string"))
      .map(([k, v]) => [k, k === "const" || k === "enum" ? v : withoutAnnotations(v)]),
  );
}
