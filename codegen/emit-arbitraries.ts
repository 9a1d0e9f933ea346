// fast-check arbitraries for every schema, derived from the schemas themselves, so property tests
// cover every frame the spec allows and grow with it. Each definition becomes a function (hoisted,
// so definitions may refer to each other in any order).
import { bundleSchema } from "./emit-schema.js";
import { header, type GeneratedFile } from "./generated-file.js";
import type { JsonSchema, SpecModel } from "./spec-model.js";

/** Generated strings and arrays stay short: shrinking and failure output stay readable. */
const MAX_GENERATED_STRING = 24;
const MAX_GENERATED_ITEMS = 3;

export function emitArbitraries(model: SpecModel): GeneratedFile[] {
  const definitions = bundleSchema(model).definitions as Record<string, JsonSchema>;
  const fns = Object.entries(definitions).map(
    ([name, schema]) =>
      `/** Any value valid against \`#/definitions/${name}\`. */\nexport function ${name}(): fc.Arbitrary<T.${name}> {\n  return ${arb(schema)} as fc.Arbitrary<never>;\n}`,
  );
  const contents = `${header("//", model.specPath)}
import fc from "fast-check";
import type * as T from "./types.js";

/** Length in code points, as JSON Schema counts it. */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: "grapheme", minLength, maxLength: Math.max(minLength, Math.min(maxLength, ${MAX_GENERATED_STRING})) })
    .filter((s) => codePoints(s) >= minLength && codePoints(s) <= maxLength);
}

function matching(pattern: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.stringMatching(new RegExp(pattern, "u")).filter((s) => codePoints(s) >= minLength && codePoints(s) <= maxLength);
}

/** JSON numbers that survive a JSON round trip unchanged (no -0). */
function jsonNumber(): fc.Arbitrary<number> {
  return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
}

function jsonObject(): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(text(0, 8), fc.jsonValue({ maxDepth: 2 }), { maxKeys: ${MAX_GENERATED_ITEMS} }) as fc.Arbitrary<Record<string, unknown>>;
}

${fns.join("\n\n")}
`;
  return [{ path: "arbitraries.ts", contents }];
}

function arb(schema: JsonSchema): string {
  if (typeof schema.$ref === "string") return `${schema.$ref.split("/").pop()}()`;
  if ("const" in schema) return `fc.constant(${JSON.stringify(schema.const)})`;
  if (Array.isArray(schema.enum)) return `fc.constantFrom(${schema.enum.map((v) => JSON.stringify(v)).join(", ")})`;
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (branches !== undefined) return `fc.oneof(${branches.map(arb).join(", ")})`;
  if (Array.isArray(schema.type)) {
    return `fc.oneof(${(schema.type as string[]).map((t) => arb({ ...schema, type: t })).join(", ")})`;
  }
  switch (schema.type) {
    case "string":
      return stringArb(schema);
    case "integer":
      return `fc.integer({ min: ${num(schema.minimum, -(2 ** 31))}, max: ${num(schema.maximum, 2 ** 31 - 1)} })`;
    case "number":
      return "jsonNumber()";
    case "boolean":
      return "fc.boolean()";
    case "null":
      return "fc.constant(null)";
    case "array":
      return arrayArb(schema);
    case "object":
      return objectArb(schema);
    case undefined:
      return "fc.jsonValue({ maxDepth: 2 })";
    default:
      throw new Error(`arbitraries: unsupported type ${JSON.stringify(schema.type)}`);
  }
}

function num(value: unknown, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

function stringArb(schema: JsonSchema): string {
  const min = num(schema.minLength, 0);
  const max = num(schema.maxLength, 1 << 30);
  if (schema.format === "date-time") {
    return 'fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString())';
  }
  if (schema.format !== undefined) throw new Error(`arbitraries: unsupported format ${String(schema.format)}`);
  if (typeof schema.pattern === "string") return `matching(${JSON.stringify(schema.pattern)}, ${min}, ${max})`;
  return `text(${min}, ${max})`;
}

function arrayArb(schema: JsonSchema): string {
  const min = num(schema.minItems, 0);
  const max = Math.max(min, Math.min(num(schema.maxItems, MAX_GENERATED_ITEMS), MAX_GENERATED_ITEMS));
  const items = schema.items === undefined ? "fc.jsonValue({ maxDepth: 2 })" : arb(schema.items as JsonSchema);
  return schema.uniqueItems === true
    ? `fc.uniqueArray(${items}, { minLength: ${min}, maxLength: ${max}, selector: (v) => JSON.stringify(v) })`
    : `fc.array(${items}, { minLength: ${min}, maxLength: ${max} })`;
}

function objectArb(schema: JsonSchema): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const values = schema.additionalProperties;
  // A map: any keys, each value of one schema (AnswerFrame.answers).
  if (Object.keys(properties).length === 0 && typeof values === "object" && values !== null) {
    return `fc.dictionary(text(0, 64), ${arb(values as JsonSchema)}, { maxKeys: ${MAX_GENERATED_ITEMS} })`;
  }
  if (Object.keys(properties).length === 0 && values !== false) return "jsonObject()";
  if (schema.additionalProperties !== false) throw new Error("arbitraries: open objects with properties are not supported");
  const fields = Object.entries(properties).map(([key, value]) => `${JSON.stringify(key)}: ${arb(value)}`);
  const required = JSON.stringify(schema.required ?? []);
  return `fc.record({ ${fields.join(", ")} }, { requiredKeys: ${required} as never[] })`;
}
