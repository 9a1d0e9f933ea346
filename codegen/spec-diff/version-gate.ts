import type { SpecDiff } from "./compare.js";

export interface GateResult {
  ok: boolean;
  message: string;
}

/**
 * `--check`: breaking changes need a new major `info.version` (spec "Versioning": the server
 * accepts any client version with the same major). Unclassified changes are reported, not failed.
 */
export function checkVersion(diff: SpecDiff): GateResult {
  const breaking = diff.rows.filter((r) => r.type === "breaking").length;
  const unclassified = diff.rows.filter((r) => r.type === "unclassified").length;
  const review = unclassified > 0 ? ` ${unclassified} unclassified change(s) need a human look.` : "";
  const oldMajor = majorOf(diff.versions.old);
  const newMajor = majorOf(diff.versions.new);
  const bumped = oldMajor !== undefined && newMajor !== undefined && newMajor > oldMajor;
  if (breaking === 0) return { ok: true, message: `spec:diff --check: no breaking changes.${review}` };
  if (bumped) {
    return {
      ok: true,
      message:
        `spec:diff --check: ${breaking} breaking change(s), and info.version goes to a new major ` +
        `(${diff.versions.old} → ${diff.versions.new}).${review}`,
    };
  }
  const next = oldMajor === undefined ? "a new major version" : `${oldMajor + 1}.0.0`;
  return {
    ok: false,
    message:
      `spec:diff --check: ${breaking} breaking change(s) against ${diff.labels.old}, but info.version ` +
      `${diff.versions.old} → ${diff.versions.new} keeps the major version. Servers accept every client of the same ` +
      `major (spec "Versioning"), so clients written for ${diff.versions.old} would break. Undo the breaking ` +
      `change(s), or set info.version to ${next} and add a spec/CHANGELOG.md entry that says what breaks and how ` +
      `clients migrate.${review}`,
  };
}

function majorOf(version: string): number | undefined {
  const match = /^v?(\d+)/.exec(version);
  return match ? Number(match[1]) : undefined;
}
