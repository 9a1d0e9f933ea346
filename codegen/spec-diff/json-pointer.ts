// RFC 6901 JSON Pointers, as fast-json-patch (inside @asyncapi/diff) writes them.

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  return pointer
    .replace(/^#/, "")
    .slice(1)
    .split("/")
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(keys: readonly string[]): string {
  return keys.map((key) => "/" + key.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Unescaped, for people: `/components/schemas/Id/pattern`. */
export function readablePointer(pointer: string): string {
  return "/" + splitPointer(pointer).join("/");
}

export function child(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : undefined;
  if (isObject(node)) return Object.hasOwn(node, key) ? node[key] : undefined;
  return undefined;
}

export function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const key of splitPointer(pointer)) node = child(node, key);
  return node;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The local `$ref` of a reference object; other refs cannot be followed and count as none. */
export function localRef(node: unknown): string | undefined {
  if (!isObject(node) || typeof node.$ref !== "string" || !node.$ref.startsWith("#")) return undefined;
  return joinPointer(splitPointer(node.$ref));
}

/** Bounds `$ref` chains, so a reference cycle cannot hang the walk. */
export const maxRefHops = 32;

/** Where a chain of local `$ref`s ends (the node's own pointer when it is not a reference). */
export function finalTarget(doc: unknown, pointer: string): string {
  let current = pointer;
  for (let hop = 0; hop < maxRefHops; hop++) {
    const next = localRef(valueAt(doc, current));
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && deepEqual(child(a, key), child(b, key)));
}
