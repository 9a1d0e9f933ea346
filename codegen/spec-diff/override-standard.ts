import type { OverrideObject } from "@asyncapi/diff";
import type { ChangeClassifier } from "./classify.js";
import { child, deepEqual, isObject, joinPointer } from "./json-pointer.js";
import type { Pair } from "./locate.js";

/**
 * Our override standard for `diff()`, built from the two documents. The library looks a change's
 * path up segment by segment and gives up (unclassified) at the first segment it has no key for,
 * concrete or `*`; its v3 standard stops at `…/payload` and has nothing under `/components`. So
 * we give a concrete key to every path where the documents differ: every change and every prefix
 * of it, each with the verdict of our rules (which fall back to the built-in standard where they
 * have none, see `ChangeClassifier`).
 */
export function buildOverride(classifier: ChangeClassifier, dereferenced: Pair<unknown>): OverrideObject {
  const override: OverrideObject = {};
  for (const path of differingPaths(dereferenced.old, dereferenced.new, [])) {
    // Only one action can happen at a path (see `ChangeClassifier.actionAt`); the verdict is for that one.
    const { type } = classifier.classify(path);
    override[path] = { add: type, remove: type, edit: type };
  }
  return override;
}

function* differingPaths(before: unknown, after: unknown, keys: string[]): Generator<string> {
  if (deepEqual(before, after)) return;
  if (keys.length > 0) yield joinPointer(keys);
  const containers = (isObject(before) && isObject(after)) || (Array.isArray(before) && Array.isArray(after));
  if (!containers) return;
  const all = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  for (const key of all) yield* differingPaths(child(before, key), child(after, key), [...keys, key]);
}
