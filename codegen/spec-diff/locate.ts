import { child, finalTarget, joinPointer, localRef, maxRefHops, splitPointer, valueAt } from "./json-pointer.js";
import { schemaRootOf } from "./reachability.js";

export interface Pair<T> {
  old: T;
  new: T;
}

/**
 * Where a change is reported: `pointer` is its canonical place in the source (after `$ref`s),
 * `path` the same node in the dereferenced documents (any one of its copies).
 */
export interface Row {
  pointer: string;
  path: string;
  /** The raw nodes at `pointer`; undefined where the two documents' `$ref`s diverged. */
  raw: Pair<unknown>;
}

/**
 * What a path of the dereferenced document is, read from the source. The parser inlines every
 * `$ref`, so one change to `Id` appears under each frame that uses it; locating each path at its
 * canonical place lets the report show it once.
 */
export type Locus =
  /** In a schema: `keyword` there, `rest` the keys below it (`enum` + [`3`]); keyword `""` is the schema itself. */
  | { kind: "schema"; root: string; keyword: string; rest: string[]; row: Row }
  | { kind: "message"; message: string; field: string | undefined; row: Row }
  | { kind: "channel-message"; row: Row }
  | { kind: "operation"; operation: string; field: string | undefined; row: Row }
  | { kind: "other"; row: Row };

/** Their members form a set (see `memberIdentity`): a shifted list is one change, not one per index. */
const memberKeywords = new Set(["oneOf", "anyOf", "allOf"]);

export function locate(path: string, raws: Pair<unknown>, dereferenced: Pair<unknown>): Locus {
  const keys = splitPointer(path);
  const c = new Cursor(raws, dereferenced);
  const [section, name] = keys;
  if (section === "components" && (keys[1] === "schemas" || keys[1] === "messages") && keys[2] !== undefined) {
    c.enter("components", keys[1], keys[2]);
    if (keys[1] === "messages") return message(c, keys, 3);
    c.root = c.pointer;
    return schema(c, keys, 3, { keyword: "", rest: [] });
  }
  if (section === "channels" && name !== undefined) {
    c.enter("channels", name);
    return channel(c, keys, 2);
  }
  if (section === "operations" && name !== undefined) {
    c.enter("operations", name);
    return operation(c, keys, 2, name);
  }
  return other(c, keys, 0);
}

function schema(c: Cursor, keys: string[], i: number, at: { keyword: string; rest: string[] }): Locus {
  const key = keys[i];
  if (key === undefined) return { kind: "schema", root: c.root, ...at, row: c.row() };
  const next = keys[i + 1];
  if (next !== undefined) {
    if (key === "properties") {
      c.enter(key, next);
      return schema(c, keys, i + 2, { keyword: key, rest: [next] });
    }
    if ((key === "items" && !c.dereferencedIsArray(key)) || key === "additionalProperties") {
      c.enter(key);
      return schema(c, keys, i + 1, { keyword: key, rest: [] });
    }
    if (memberKeywords.has(key)) {
      c.enter(key);
      if (!c.sameMember(next)) return { kind: "schema", root: c.root, keyword: key, rest: [], row: c.row() };
      c.enter(next);
      return schema(c, keys, i + 2, { keyword: key, rest: [next] });
    }
  }
  // Any other keyword is reported as a whole: `enum`, `required` and `type` are compared as sets,
  // so the index-by-index edits fast-json-patch makes of a shifted array become one row.
  c.enter(key);
  return { kind: "schema", root: c.root, keyword: key, rest: keys.slice(i + 1), row: c.row() };
}

function message(c: Cursor, keys: string[], i: number): Locus {
  c.follow();
  const pointer = c.pointer;
  const key = keys[i];
  if (key === undefined) return { kind: "message", message: pointer, field: undefined, row: c.row() };
  c.enter(key);
  if (key === "payload" || key === "headers") {
    c.root = c.pointer;
    return schema(c, keys, i + 1, { keyword: "", rest: [] });
  }
  return { kind: "message", message: pointer, field: key, row: c.row() };
}

function channel(c: Cursor, keys: string[], i: number): Locus {
  const messageKey = keys[i + 1];
  if (keys[i] !== "messages" || messageKey === undefined) return other(c, keys, i);
  c.enter("messages", messageKey);
  if (keys[i + 2] === undefined) return { kind: "channel-message", row: c.row() };
  return message(c, keys, i + 2);
}

function operation(c: Cursor, keys: string[], i: number, name: string): Locus {
  const key = keys[i];
  if (key === undefined) return { kind: "operation", operation: name, field: undefined, row: c.row() };
  if (key === "channel") {
    c.enter(key);
    return channel(c, keys, i + 1);
  }
  c.enter(key);
  const index = keys[i + 1];
  if (key === "messages" && index !== undefined && keys[i + 2] !== undefined && c.sameMember(index)) {
    c.enter(index);
    return message(c, keys, i + 2);
  }
  return { kind: "operation", operation: name, field: key, row: c.row() };
}

function other(c: Cursor, keys: string[], i: number): Locus {
  c.enter(...keys.slice(i));
  return { kind: "other", row: c.row() };
}

/** Walks a dereferenced path through both raw documents at once, following `$ref`s both agree on. */
class Cursor {
  private keys: string[] = [];
  private readonly derefKeys: string[] = [];
  private raw: Pair<unknown>;
  private diverged = false;
  /** The schema the walk is in: a component schema, or an inline payload. */
  root = "";

  constructor(
    private readonly raws: Pair<unknown>,
    private readonly dereferenced: Pair<unknown>,
  ) {
    this.raw = { ...raws };
  }

  get pointer(): string {
    return joinPointer(this.keys);
  }

  enter(...keys: string[]): void {
    for (const key of keys) {
      this.follow();
      this.keys.push(key);
      this.derefKeys.push(key);
      this.raw = { old: child(this.raw.old, key), new: child(this.raw.new, key) };
    }
  }

  /**
   * Jumps to the target when the current node is the same `$ref` in both documents. When they
   * disagree (a `$ref` replaced by an inline schema, or a different target) the change belongs
   * here, at the referencing place, so the walk stays literal from now on.
   */
  follow(): void {
    for (let hop = 0; hop < maxRefHops && !this.diverged; hop++) {
      const oldRef = localRef(this.raw.old);
      const newRef = localRef(this.raw.new);
      if (newRef === undefined && oldRef === undefined) return;
      if (newRef === undefined || oldRef !== newRef) {
        this.diverged = true;
        this.raw = { old: undefined, new: undefined };
        return;
      }
      this.keys = splitPointer(newRef);
      this.raw = { old: valueAt(this.raws.old, newRef), new: valueAt(this.raws.new, newRef) };
      this.root = schemaRootOf(newRef);
    }
  }

  /** Whether index `key` of the current member list names the same member before and after. */
  sameMember(key: string): boolean {
    const old = memberIdentity(this.raws.old, this.raw.old, key);
    return old !== undefined && old === memberIdentity(this.raws.new, this.raw.new, key);
  }

  dereferencedIsArray(key: string): boolean {
    const at = joinPointer([...this.derefKeys, key]);
    return Array.isArray(valueAt(this.dereferenced.old, at)) || Array.isArray(valueAt(this.dereferenced.new, at));
  }

  row(): Row {
    return { pointer: this.pointer, path: joinPointer(this.derefKeys), raw: { ...this.raw } };
  }
}

/**
 * A `$ref` member is its final target; an inline member is its position among the inline ones,
 * so inserting a `$ref` branch does not make every later inline branch look replaced.
 */
export function memberIdentity(doc: unknown, list: unknown, key: string): string | undefined {
  if (!Array.isArray(list)) return `#${key}`;
  const index = Number(key);
  const member: unknown = list[index];
  if (member === undefined) return undefined;
  const ref = localRef(member);
  if (ref !== undefined) return finalTarget(doc, ref);
  return `inline#${list.slice(0, index).filter((m) => localRef(m) === undefined).length}`;
}

/** Members named for people by identity: `FileChangeItem`, `inline #1`; positions when `$ref`s diverged. */
export function memberLabels(doc: unknown, rawList: unknown, dereferenced: unknown): string[] {
  const list = Array.isArray(rawList) ? rawList : Array.isArray(dereferenced) ? dereferenced : [];
  return list.map((member: unknown, i) => {
    const identity = memberIdentity(doc, rawList, String(i)) ?? "";
    return localRef(member) === undefined
      ? identity.replace("inline#", "inline #")
      : (splitPointer(identity).at(-1) ?? identity);
  });
}
