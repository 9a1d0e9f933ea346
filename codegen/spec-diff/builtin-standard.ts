// The only module that calls @asyncapi/diff, and the only one that touches its internals: the v3
// standard object and the lookup the library uses to match a change's path against it.
import { generateClassifierPath } from "@asyncapi/diff/lib/helpers/ClassifierHelpers.js";
import { standard as v3Standard } from "@asyncapi/diff/lib/standards/v3.js";
import {
  diff,
  type Classifier,
  type DiffOutputItem,
  type JSONOutput,
  type OverrideObject,
  type OverrideStandard,
} from "@asyncapi/diff";
import type { Verdict } from "./direction-verdict.js";

const standard = v3Standard as unknown as OverrideStandard;

export type Action = keyof Classifier;

/** The built-in v3 standard's verdict for a change at `pointer`. */
export function builtinVerdict(pointer: string, action: Action): Verdict {
  const key = generateClassifierPath(standard, pointer);
  const type = key === undefined ? undefined : standard[key]?.[action];
  if (type === undefined)
    return { type: "unclassified", why: "not covered by the @asyncapi/diff v3 standard; review by hand" };
  return { type, why: `@asyncapi/diff v3 standard (\`${key}\`)` };
}

/**
 * `diff(old, new, { override })`, then the standard as it was. `diff()` merges the override into
 * the module-level standard object with `Object.assign`, so without the restore every later
 * comparison in the process (the tests run many) would inherit this one's concrete paths.
 */
export function diffWithOverride(before: unknown, after: unknown, override: OverrideObject): DiffOutputItem[] {
  const saved = { ...standard };
  try {
    return (diff(before, after, { override, outputType: "json" }).getOutput() as JSONOutput).changes;
  } finally {
    for (const key of Object.keys(standard)) if (!Object.hasOwn(saved, key)) delete standard[key];
    Object.assign(standard, saved);
  }
}
