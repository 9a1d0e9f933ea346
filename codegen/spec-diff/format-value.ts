import { isObject } from "./json-pointer.js";

const maxChars = 48;

/** A value in a few characters, for a table cell: `256`, `"^data:…"`, `{"type":"string",…}`. */
export function shortValue(value: unknown): string {
  if (value === undefined) return "—";
  const text = JSON.stringify(isObject(value) ? withoutProse(value) : value) ?? String(value);
  return text.length > maxChars ? text.slice(0, maxChars - 1) + "…" : text;
}

export function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

// A schema's prose would fill the cell before its type and constraints show.
function withoutProse(value: Record<string, unknown>): Record<string, unknown> {
  const { description: _description, examples: _examples, ...rest } = value;
  return rest;
}
