import type { Because, DirectedKind, Judgement } from "./direction-verdict.js";
import { listValues, shortValue } from "./format-value.js";
import { splitPointer } from "./json-pointer.js";
import { memberLabels, type Locus, type Pair } from "./locate.js";
import type { Users } from "./reachability.js";
import { describeDelta, setDelta } from "./set-delta.js";

type SchemaLocus = Extract<Locus, { kind: "schema" }>;

const docKeywords = new Set([
  "description",
  "title",
  "summary",
  "examples",
  "example",
  "$comment",
  "externalDocs",
  "deprecated",
]);
const upperBounds = new Set(["maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties", "maxContains"]);
const lowerBounds = new Set(["minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties", "minContains"]);
/** Added: fewer values pass. Removed: more pass. Edited: neither contains the other in general. */
const restrictions = new Set([
  "pattern",
  "format",
  "multipleOf",
  "contentEncoding",
  "contentMediaType",
  "const",
  "items",
]);

/**
 * Classifies one change inside a schema by what it does to the set of valid values.
 * `values` are the dereferenced old and new values at the locus' row (the keyword, field or member list).
 */
export function judgeSchema(locus: SchemaLocus, values: Pair<unknown>, raws: Pair<unknown>, users: Users, openEnum = false): Judgement {
  const { keyword, rest } = locus;
  const directed: Directed = (kind, what, because) => ({ kind, what, users, ...(because && { because }) });
  const before = values.old;
  const after = values.new;
  const added = before === undefined;
  const removed = after === undefined;

  if (keyword === "") return judgeRoot(locus, added, removed, users);
  if (keyword === "properties" && rest.length === 1) {
    const field = `field \`${rest[0]}\``;
    if (added) return directed("field-added", `${field} added`);
    if (removed) return directed("field-removed", `${field} removed`);
    return directed("change", `${field} replaced`);
  }
  if (keyword === "properties") {
    const names = (v: unknown) => listValues(Object.keys(v ?? {}));
    if (added) return directed("field-added", `fields added (${names(after)})`);
    if (removed) return directed("field-removed", `fields removed (${names(before)})`);
    return directed("change", "`properties` replaced");
  }
  if (docKeywords.has(keyword)) return { kind: "docs", what: `\`${keyword}\` changed` };
  if (keyword.startsWith("x-")) {
    const leaf = rest.at(-1) ?? keyword;
    return docKeywords.has(leaf) || leaf.endsWith("description")
      ? { kind: "docs", what: `\`${keyword}\` text changed` }
      : { kind: "unknown", what: `extension \`${keyword}\` changed` };
  }
  if (keyword === "enum") return judgeEnum(before, after, directed, openEnum);
  if (keyword === "required") return judgeRequired(before, after, directed);
  if (keyword === "type") return judgeType(before, after, directed);
  if (keyword === "oneOf" || keyword === "anyOf" || keyword === "allOf") {
    return judgeMembers(locus, before, after, raws, directed);
  }
  if (keyword === "additionalProperties") return judgeAdditionalProperties(before, after, directed);
  if (keyword === "uniqueItems") {
    if (Boolean(before) === Boolean(after)) return { kind: "docs", what: "`uniqueItems` restated" };
    return after === true
      ? directed("narrow", "items must now be unique")
      : directed("widen", "items no longer need to be unique");
  }
  if (upperBounds.has(keyword) || lowerBounds.has(keyword)) return judgeBound(keyword, before, after, directed);
  if (restrictions.has(keyword)) {
    const what = `\`${keyword}\` ${shortValue(before)} → ${shortValue(after)}`;
    if (added) return directed("narrow", `\`${keyword}\` added (${shortValue(after)})`);
    if (removed) return directed("widen", `\`${keyword}\` removed`);
    return directed("change", what);
  }
  if (keyword === "default") return { kind: "unknown", what: "`default` changed (behaviour for frames that omit it)" };
  return { kind: "unknown", what: `\`${keyword}\` changed` };
}

function judgeRoot(locus: SchemaLocus, added: boolean, removed: boolean, users: Users): Judgement {
  const component = splitPointer(locus.root)[1] === "schemas";
  if (component && (added || removed)) {
    return {
      kind: "fixed",
      type: "non-breaking",
      why: `component schema ${added ? "added" : "removed"}: frames that use it are classified where they refer to it`,
    };
  }
  return { kind: "change", what: added ? "schema added" : removed ? "schema removed" : "schema replaced", users };
}

type Directed = (kind: DirectedKind, what: string, because?: Because) => Judgement;

function judgeEnum(before: unknown, after: unknown, directed: Directed, open: boolean): Judgement {
  if (before === undefined) return directed("narrow", `enum added (${listValues(asArray(after))})`);
  if (after === undefined) return directed("widen", "enum removed");
  const { plus, minus } = setDelta(asArray(before), asArray(after));
  const delta = describeDelta(plus, minus);
  if (plus.length > 0 && minus.length > 0) return directed("change", `enum values replaced (${delta})`);
  if (plus.length > 0 && minus.length === 0 && open) {
    return { kind: "fixed", type: "non-breaking", why: `open enum widened (${delta}): \`x-open-enum\` tells clients to accept values they do not know` };
  }
  if (plus.length > 0)
    return directed("widen", `enum widened (${delta})`, {
      server: "clients switching on it meet values they do not know",
    });
  if (minus.length > 0)
    return directed("narrow", `enum narrowed (${delta})`, { client: "backends sending a removed value are rejected" });
  return { kind: "docs", what: "enum order changed" };
}

function judgeRequired(before: unknown, after: unknown, directed: Directed): Judgement {
  const { plus, minus } = setDelta(asArray(before), asArray(after));
  if (plus.length > 0 && minus.length > 0)
    return directed("change", `required fields changed (${describeDelta(plus, minus)})`);
  if (plus.length > 0)
    return directed("narrow", `now required: ${listValues(plus)}`, { client: "backends that omit it are rejected" });
  if (minus.length > 0) {
    return directed("widen", `no longer required: ${listValues(minus)}`, {
      server: "clients relying on it being present break",
    });
  }
  return { kind: "docs", what: "`required` order changed" };
}

/** An absent `type` allows every type; `number` includes `integer`. */
function judgeType(before: unknown, after: unknown, directed: Directed): Judgement {
  const all = ["array", "boolean", "integer", "null", "number", "object", "string"];
  const expand = (t: unknown) => {
    const types = new Set(t === undefined ? all : asArray(t).map(String));
    if (types.has("number")) types.add("integer");
    return types;
  };
  const oldTypes = expand(before);
  const newTypes = expand(after);
  const within = (a: Set<string>, b: Set<string>) => [...a].every((t) => b.has(t));
  const what = `type ${shortValue(before ?? "any")} → ${shortValue(after ?? "any")}`;
  if (within(oldTypes, newTypes) && within(newTypes, oldTypes)) return { kind: "docs", what: "`type` restated" };
  if (within(newTypes, oldTypes)) return directed("narrow", `${what} (narrowed)`);
  if (within(oldTypes, newTypes)) return directed("widen", `${what} (widened)`);
  return directed("change", what);
}

function judgeMembers(
  locus: SchemaLocus,
  before: unknown,
  after: unknown,
  raws: Pair<unknown>,
  directed: Directed,
): Judgement {
  const keyword = locus.keyword;
  // `allOf` intersects, so more members accept less; `oneOf`/`anyOf` unite, so more accept more.
  const more: DirectedKind = keyword === "allOf" ? "narrow" : "widen";
  const fewer: DirectedKind = keyword === "allOf" ? "widen" : "narrow";
  if (locus.rest.length > 0) return directed("change", `\`${keyword}\` member ${locus.rest[0]} replaced`);
  if (before === undefined) return directed("narrow", `\`${keyword}\` added`);
  if (after === undefined) return directed("widen", `\`${keyword}\` removed`);
  const { plus, minus } = setDelta(
    memberLabels(raws.old, locus.row.raw.old, before),
    memberLabels(raws.new, locus.row.raw.new, after),
  );
  const delta = describeDelta(plus, minus);
  if (plus.length > 0 && minus.length > 0) return directed("change", `\`${keyword}\` members replaced (${delta})`);
  if (plus.length > 0) {
    return directed(more, `\`${keyword}\` member added (${delta})`, {
      server: "clients switching on the shape meet one they do not know",
    });
  }
  if (minus.length > 0) return directed(fewer, `\`${keyword}\` member removed (${delta})`);
  return { kind: "docs", what: `\`${keyword}\` order changed` };
}

function judgeAdditionalProperties(before: unknown, after: unknown, directed: Directed): Judgement {
  const closed = (v: unknown) => v === false;
  const open = (v: unknown) => v === undefined || v === true;
  if (open(before) && open(after)) return { kind: "docs", what: "`additionalProperties: true` restated (the default)" };
  if (closed(before) && !closed(after)) return directed("field-added", "schema opened to unknown fields");
  if (!closed(before) && closed(after)) return directed("narrow", "schema closed (`additionalProperties: false`)");
  if (open(before) && !open(after)) return directed("narrow", "`additionalProperties` constrained");
  if (!open(before) && open(after)) return directed("widen", "`additionalProperties` unconstrained");
  return directed("change", "`additionalProperties` replaced");
}

function judgeBound(keyword: string, before: unknown, after: unknown, directed: Directed): Judgement {
  const what = `\`${keyword}\` ${shortValue(before)} → ${shortValue(after)}`;
  if (before === undefined) return directed("narrow", `\`${keyword}\` added (${shortValue(after)})`);
  if (after === undefined) return directed("widen", `\`${keyword}\` removed`);
  if (typeof before !== "number" || typeof after !== "number") return { kind: "unknown", what };
  const tighter = upperBounds.has(keyword) ? after < before : after > before;
  return directed(tighter ? "narrow" : "widen", `${what} (${tighter ? "tightened" : "loosened"})`);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
