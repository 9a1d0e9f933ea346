import { builtinVerdict, type Action } from "./builtin-standard.js";
import { verdictOf, type Judgement, type Verdict } from "./direction-verdict.js";
import { splitPointer, valueAt } from "./json-pointer.js";
import { locate, type Locus, type Pair, type Row } from "./locate.js";
import {
  frameName,
  indexUsers,
  operationDirection,
  operationMessagePointers,
  type Direction,
  type Users,
  type UsersIndex,
} from "./reachability.js";
import { judgeSchema } from "./schema-rules.js";

export interface Classified extends Verdict {
  row: Row;
  /** The schema or message the row is about, and the frames that use it. */
  subject: string;
  users: Users;
}

const docFields = new Set(["title", "summary", "description", "examples", "externalDocs", "tags"]);
const noUsers: Users = new Map();

/** Classifies changes at paths of the dereferenced documents, one path at a time. */
export class ChangeClassifier {
  private readonly users: UsersIndex;
  private readonly cache = new Map<string, Classified>();

  constructor(
    private readonly raws: Pair<unknown>,
    private readonly dereferenced: Pair<unknown>,
  ) {
    this.users = indexUsers([raws.old, raws.new]);
  }

  /** The one action fast-json-patch can report at `path`, given what each document holds there. */
  actionAt(path: string): Action {
    if (valueAt(this.dereferenced.old, path) === undefined) return "add";
    if (valueAt(this.dereferenced.new, path) === undefined) return "remove";
    return "edit";
  }

  classify(path: string): Classified {
    const cached = this.cache.get(path);
    if (cached !== undefined) return cached;
    const locus = locate(path, this.raws, this.dereferenced);
    const judged = this.judge(locus, this.actionAt(path));
    const classified: Classified = {
      ...verdictOf(judged),
      row: locus.row,
      ...this.subjectOf(locus),
    };
    this.cache.set(path, classified);
    return classified;
  }

  /**
   * Whether the schema holding this `enum` declares `x-open-enum: true` (clients must accept
   * values they do not know), in the old or the new spec. Adding the marker is itself an
   * unclassified change, so a reviewer sees it.
   */
  private isOpenEnum(locus: Extract<Locus, { kind: "schema" }>): boolean {
    if (locus.keyword !== "enum") return false;
    const parent = locus.row.path.slice(0, locus.row.path.lastIndexOf("/"));
    const marked = (spec: unknown) => (valueAt(spec, parent) as Record<string, unknown> | undefined)?.["x-open-enum"] === true;
    return marked(this.dereferenced.old) || marked(this.dereferenced.new);
  }

  private judge(locus: Locus, action: Action): Judgement {
    const values: Pair<unknown> = {
      old: valueAt(this.dereferenced.old, locus.row.path),
      new: valueAt(this.dereferenced.new, locus.row.path),
    };
    switch (locus.kind) {
      case "schema":
        return judgeSchema(locus, values, this.raws, this.users.get(locus.root) ?? noUsers, this.isOpenEnum(locus));
      case "message":
        return this.judgeMessage(locus.message, locus.field, action);
      case "channel-message":
        return {
          kind: "fixed",
          type: "non-breaking",
          why: `channel listing ${action === "add" ? "added" : "changed"}: the operations decide who sends it`,
        };
      case "operation":
        return this.judgeOperation(locus.operation, locus.field, action);
      case "other":
        if (locus.row.pointer === "/info/version") {
          return {
            kind: "fixed",
            type: "non-breaking",
            why: "the protocol version itself (`--check` compares its major)",
          };
        }
        return { kind: "fixed", ...builtinVerdict(locus.row.pointer, action) };
    }
  }

  private judgeMessage(message: string, field: string | undefined, action: Action): Judgement {
    if (field === undefined) {
      return action === "edit"
        ? { kind: "unknown", what: "message replaced" }
        : {
            kind: "fixed",
            type: "non-breaking",
            why: `component message ${action === "add" ? "added" : "removed"}: operations decide whether it is sent`,
          };
    }
    if (docFields.has(field)) return { kind: "docs", what: `message \`${field}\` changed` };
    if (field === "contentType")
      return { kind: "change", what: "message `contentType` changed", users: this.users.get(message) ?? noUsers };
    return { kind: "unknown", what: `message \`${field}\` changed` };
  }

  private judgeOperation(operation: string, field: string | undefined, action: Action): Judgement {
    const pointers: Pair<string[]> = {
      old: operationMessagePointers(this.raws.old, operation),
      new: operationMessagePointers(this.raws.new, operation),
    };
    if (field === undefined || field === "messages") {
      const plus = pointers.new.filter((p) => !pointers.old.includes(p));
      const minus = pointers.old.filter((p) => !pointers.new.includes(p));
      const users = this.operationUsers(operation, { old: minus, new: plus });
      const names = (side: "old" | "new", list: string[]) => list.map((p) => frameName(this.raws[side], p));
      const delta = [...names("new", plus).map((n) => `+${n}`), ...names("old", minus).map((n) => `−${n}`)].join(" ");
      const what =
        field === undefined
          ? `operation \`${operation}\` ${action === "add" ? "added" : "removed"} (${delta})`
          : `\`${operation}\` frames ${delta}`;
      if (plus.length > 0 && minus.length > 0) return { kind: "change", what, users };
      if (plus.length > 0 && (operationIsOpen(this.raws.old, operation) || operationIsOpen(this.raws.new, operation)))
        return {
          kind: "fixed",
          type: "non-breaking",
          why: `open operation widened (${delta}): \`x-open-messages\` tells clients to skip frames they do not know`,
        };
      if (plus.length > 0)
        return {
          kind: "widen",
          what,
          users,
          because: { server: "clients switching on the frame type meet one they do not know" },
        };
      if (minus.length > 0)
        return { kind: "narrow", what, users, because: { client: "backends sending that frame are rejected" } };
      return { kind: "docs", what: `\`${operation}\` message order changed` };
    }
    if (docFields.has(field)) return { kind: "docs", what: `operation \`${field}\` changed` };
    if (field === "action") {
      return {
        kind: "change",
        what: `\`${operation}\` action changed`,
        users: this.operationUsers(operation, pointers),
      };
    }
    return { kind: "unknown", what: `operation \`${field}\` changed` };
  }

  /** The frames (from each document) an operation change touches, by the operation's direction there. */
  private operationUsers(operation: string, messages: Pair<string[]>): Users {
    const users = new Map<Direction, Set<string>>();
    for (const side of ["old", "new"] as const) {
      const direction = operationDirection(this.raws[side], operation);
      if (direction === undefined) continue;
      const frames = users.get(direction) ?? new Set<string>();
      for (const pointer of messages[side]) frames.add(frameName(this.raws[side], pointer));
      users.set(direction, frames);
    }
    return users;
  }

  private subjectOf(locus: Locus): { subject: string; users: Users } {
    switch (locus.kind) {
      case "schema":
        return { subject: shortName(locus.root), users: this.users.get(locus.root) ?? noUsers };
      case "message":
        return { subject: shortName(locus.message), users: this.users.get(locus.message) ?? noUsers };
      case "operation":
        return { subject: locus.operation, users: noUsers };
      case "channel-message":
        return { subject: `channel ${splitPointer(locus.row.pointer)[1] ?? ""}`, users: noUsers };
      default:
        return { subject: "", users: noUsers };
    }
  }
}

/** `/components/schemas/Id` → `Id`; `/components/messages/approve/payload` → `approve payload`. */
function shortName(pointer: string): string {
  return splitPointer(pointer).slice(2).join(" ");
}

/**
 * Whether an operation declares `x-open-messages: true`: clients skip frames of a type they do
 * not know, so a frame added there reaches nobody unprepared. In the old or the new spec, as
 * `x-open-enum`: adding the marker is itself an unclassified change, so a reviewer sees it.
 */
function operationIsOpen(spec: unknown, operation: string): boolean {
  const operations = (spec as { operations?: Record<string, Record<string, unknown>> } | null)?.operations;
  return operations?.[operation]?.["x-open-messages"] === true;
}
