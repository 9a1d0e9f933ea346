import { child, finalTarget, isObject, joinPointer, localRef, splitPointer, valueAt } from "./json-pointer.js";

/**
 * `client`: frames a backend sends (messages of `action: receive` operations; the server receives them).
 * `server`: frames the server sends (messages of `action: send` operations).
 */
export type Direction = "client" | "server";

/** Which frames, per direction, use a schema or message: frame names (`approve`, `session`). */
export type Users = ReadonlyMap<Direction, ReadonlySet<string>>;

export type UsersIndex = ReadonlyMap<string, Users>;

/**
 * Who uses each schema root (`/components/schemas/X`, or an inline `…/payload`) and each message,
 * read from the raw documents by following `$ref`s from the operations' messages. Old and new are
 * merged, so a schema that served client frames before and server frames now counts as both.
 */
export function indexUsers(raws: readonly unknown[]): UsersIndex {
  const index = new Map<string, Map<Direction, Set<string>>>();
  const add = (pointer: string, direction: Direction, frame: string) => {
    const byDirection = index.get(pointer) ?? new Map<Direction, Set<string>>();
    const frames = byDirection.get(direction) ?? new Set<string>();
    frames.add(frame);
    byDirection.set(direction, frames);
    index.set(pointer, byDirection);
  };
  for (const raw of raws) {
    for (const { message, direction } of operationMessages(raw)) {
      const frame = frameName(raw, message);
      add(message, direction, frame);
      for (const part of ["payload", "headers"]) {
        const start = joinPointer([...splitPointer(message), part]);
        for (const root of schemaRootsFrom(raw, start)) add(root, direction, frame);
      }
    }
  }
  return index;
}

export function operationDirection(raw: unknown, operation: string): Direction | undefined {
  const action = child(child(child(raw, "operations"), operation), "action");
  if (action === "receive") return "client";
  if (action === "send") return "server";
  return undefined;
}

/** The pointer of each message an operation lists, after its chain of `$ref`s. */
export function operationMessagePointers(raw: unknown, operation: string): string[] {
  const list = child(child(child(raw, "operations"), operation), "messages");
  if (!Array.isArray(list)) return [];
  const base = joinPointer(["operations", operation, "messages"]);
  return list.map((_, i) => finalTarget(raw, `${base}/${i}`));
}

/** A frame's name on the wire (message `name`), else its key. */
export function frameName(raw: unknown, message: string): string {
  const name = child(valueAt(raw, message), "name");
  return typeof name === "string" ? name : (splitPointer(message).at(-1) ?? message);
}

/** `/components/schemas/X/properties/y` → `/components/schemas/X`; other targets are their own root. */
export function schemaRootOf(pointer: string): string {
  const keys = splitPointer(pointer);
  return keys[0] === "components" && keys[1] === "schemas" && keys.length > 3 ? joinPointer(keys.slice(0, 3)) : pointer;
}

function* operationMessages(raw: unknown): Generator<{ message: string; direction: Direction }> {
  const operations = child(raw, "operations");
  if (!isObject(operations)) return;
  for (const operation of Object.keys(operations)) {
    const direction = operationDirection(raw, operation);
    if (direction === undefined) continue;
    for (const message of operationMessagePointers(raw, operation)) yield { message, direction };
  }
}

/** Every schema root reachable from `start` (itself included) through local `$ref`s. */
function schemaRootsFrom(raw: unknown, start: string): Set<string> {
  const roots = new Set<string>();
  const visited = new Set<string>();
  const visitPointer = (pointer: string) => {
    if (visited.has(pointer)) return;
    visited.add(pointer);
    roots.add(schemaRootOf(pointer));
    visitNode(valueAt(raw, pointer));
  };
  const visitNode = (node: unknown): void => {
    const ref = localRef(node);
    if (ref !== undefined) return visitPointer(ref);
    if (Array.isArray(node)) node.forEach(visitNode);
    else if (isObject(node)) Object.values(node).forEach(visitNode);
  };
  if (valueAt(raw, start) !== undefined) visitPointer(start);
  return roots;
}
