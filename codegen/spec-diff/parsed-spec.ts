import { DiagnosticSeverity, Parser } from "@asyncapi/parser";
import { parse as parseYaml } from "yaml";
import { isObject } from "./json-pointer.js";

/** One version of the spec, in the two shapes the comparison needs. */
export interface ParsedSpec {
  /** Where it came from, for messages: `HEAD:spec/…` or the working-tree path. */
  label: string;
  /** The document as written: `$ref`s intact, so reachability and canonical locations can be read. */
  raw: unknown;
  /** `@asyncapi/parser`'s dereferenced JSON without the parser's own `x-parser-*` annotations. */
  dereferenced: unknown;
  version: string;
}

export class SpecParseError extends Error {
  constructor(
    label: string,
    readonly problems: readonly string[],
  ) {
    super(`${label} is not a valid AsyncAPI document:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SpecParseError";
  }
}

const parser = new Parser();

export async function parseSpec(source: string, label: string): Promise<ParsedSpec> {
  const { document, diagnostics } = await parser.parse(source);
  const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
  if (document === undefined || errors.length > 0) {
    throw new SpecParseError(
      label,
      errors.map((d) => `${d.path.length > 0 ? "/" + d.path.join("/") : "(document)"}: ${d.message} [${d.code}]`),
    );
  }
  const raw: unknown = parseYaml(source);
  const info = isObject(raw) && isObject(raw.info) ? raw.info : {};
  return {
    label,
    raw,
    dereferenced: withoutParserAnnotations(document.json()),
    version: typeof info.version === "string" ? info.version : String(info.version ?? "?"),
  };
}

// The parser numbers inline schemas (`x-parser-schema-id: <anonymous-schema-18>`); one new inline
// schema renumbers every later one, which would flood the diff with changes nobody made.
function withoutParserAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutParserAnnotations);
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!key.startsWith("x-parser-")) copy[key] = withoutParserAnnotations(child);
  }
  return copy;
}
