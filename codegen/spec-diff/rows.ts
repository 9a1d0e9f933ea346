import type { DiffOutputItem } from "@asyncapi/diff";
import type { Action } from "./builtin-standard.js";
import type { Classified, ChangeClassifier } from "./classify.js";
import { strictness, type ChangeType } from "./direction-verdict.js";
import { shortValue } from "./format-value.js";
import { localRef, readablePointer, valueAt } from "./json-pointer.js";
import { memberLabels, type Pair } from "./locate.js";
import type { Users } from "./reachability.js";
import { describeDelta, setDelta } from "./set-delta.js";

export interface ReportRow {
  type: ChangeType;
  action: Action;
  /** The schema or message, and the frames that use it: `Id · client: approve, cancel +3`. */
  affects: string;
  /** Canonical place in the source, unescaped: `/components/schemas/Id/maxLength`. */
  path: string;
  /** `256 → 128`, or for lists `+a −b`. */
  change: string;
  why: string;
  /** How many changes of the dereferenced documents this row stands for. */
  copies: number;
}

/**
 * One row per canonical place: the copies of a shared schema's change under every frame, channel
 * and operation collapse into the row at `/components/…`, and the index-by-index edits of a
 * shifted list (`enum`, `required`, `oneOf`, an operation's messages) into the row of the list.
 */
export function groupRows(
  changes: readonly DiffOutputItem[],
  classifier: ChangeClassifier,
  raws: Pair<unknown>,
  dereferenced: Pair<unknown>,
): ReportRow[] {
  const groups = new Map<string, { change: DiffOutputItem; classified: Classified }[]>();
  for (const change of changes) {
    const classified = classifier.classify(change.path);
    const group = groups.get(classified.row.pointer) ?? [];
    group.push({ change, classified });
    groups.set(classified.row.pointer, group);
  }
  const rows = [...groups.values()].map((group) => {
    // The library's verdict comes from our override, so it agrees with the rules; the strictest one
    // of the group is the row's, with that entry's reason.
    const worst = group.reduce((a, b) => (strictness[b.change.type] > strictness[a.change.type] ? b : a));
    const { row } = worst.classified;
    const actions = new Set(group.map((g) => g.change.action));
    const values = { old: valueAt(dereferenced.old, row.path), new: valueAt(dereferenced.new, row.path) };
    return {
      type: worst.change.type,
      action: actions.size === 1 ? worst.change.action : "edit",
      affects: describeAffects(worst.classified.subject, worst.classified.users),
      path: readablePointer(row.pointer),
      change:
        describeSet(values, row.raw, raws) ??
        describeNested(group) ??
        `${shortValue(values.old)} → ${shortValue(values.new)}`,
      why: worst.classified.why,
      copies: group.length,
    } satisfies ReportRow;
  });
  return rows.sort((a, b) => strictness[b.type] - strictness[a.type] || a.path.localeCompare(b.path));
}

const framesShown = 3;
const nestedShown = 3;

/** For a row that stands for edits below it (an extension map, examples): those edits, once each. */
function describeNested(group: readonly { change: DiffOutputItem; classified: Classified }[]): string | undefined {
  const nested = new Set<string>();
  for (const { change, classified } of group) {
    const below = change.path.slice(classified.row.path.length);
    if (below === "") return undefined;
    nested.add(`${readablePointer(below).slice(1)}: ${shortValue(change.before)} → ${shortValue(change.after)}`);
  }
  const shown = [...nested].slice(0, nestedShown);
  return shown.join("; ") + (nested.size > nestedShown ? `; +${nested.size - nestedShown} more` : "");
}

function describeAffects(subject: string, users: Users): string {
  const parts = [...users].map(([direction, frames]) => {
    const names = [...frames].sort();
    const more = names.length > framesShown ? ` +${names.length - framesShown}` : "";
    return `${direction}: ${names.slice(0, framesShown).join(", ")}${more}`;
  });
  return [subject, ...parts].filter((p) => p !== "").join(" · ");
}

/** Lists compared as sets (`enum`, `required`, `oneOf`, an operation's messages): what joined and left. */
function describeSet(values: Pair<unknown>, rawAtRow: Pair<unknown>, raws: Pair<unknown>): string | undefined {
  if (!Array.isArray(values.old) || !Array.isArray(values.new)) return undefined;
  const plain = [...values.old, ...values.new].every((v) => typeof v !== "object" || v === null);
  const byRef = [rawAtRow.old, rawAtRow.new].some(
    (list) => Array.isArray(list) && list.some((m) => localRef(m) !== undefined),
  );
  if (!plain && !byRef) return undefined;
  const { plus, minus } = plain
    ? setDelta(values.old, values.new)
    : setDelta(memberLabels(raws.old, rawAtRow.old, values.old), memberLabels(raws.new, rawAtRow.new, values.new));
  return plus.length + minus.length > 0 ? describeDelta(plus, minus) : "order only";
}
