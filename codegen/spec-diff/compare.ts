import { diffWithOverride } from "./builtin-standard.js";
import { ChangeClassifier } from "./classify.js";
import type { Pair } from "./locate.js";
import { buildOverride } from "./override-standard.js";
import { parseSpec, type ParsedSpec } from "./parsed-spec.js";
import { groupRows, type ReportRow } from "./rows.js";

export interface SpecSource {
  source: string;
  /** Where it came from: `v1.0.0` or `working tree`. */
  label: string;
}

export interface SpecDiff {
  labels: Pair<string>;
  /** `info.version` of each side. */
  versions: Pair<string>;
  rows: ReportRow[];
}

/** Compares two versions of the spec and classifies every change (see codegen/SPEC-DIFF.md). */
export async function compareSpecs(before: SpecSource, after: SpecSource): Promise<SpecDiff> {
  const [old, next] = await Promise.all([parseSpec(before.source, before.label), parseSpec(after.source, after.label)]);
  return compareParsed(old, next);
}

/** `compareSpecs` for specs already parsed (parsing dominates the cost: about a second each). */
export function compareParsed(old: ParsedSpec, next: ParsedSpec): SpecDiff {
  const raws = { old: old.raw, new: next.raw };
  const dereferenced = { old: old.dereferenced, new: next.dereferenced };
  const classifier = new ChangeClassifier(raws, dereferenced);
  const changes = diffWithOverride(dereferenced.old, dereferenced.new, buildOverride(classifier, dereferenced));
  return {
    labels: { old: old.label, new: next.label },
    versions: { old: old.version, new: next.version },
    rows: groupRows(changes, classifier, raws, dereferenced),
  };
}
