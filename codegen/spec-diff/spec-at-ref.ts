// The only module that runs git: finds the baseline to compare against and reads the spec there.
import { spawnSync } from "node:child_process";

export const specPath = "spec/codex-api.asyncapi.yaml";

export type Baseline =
  | { kind: "found"; root: string; label: string; source: string }
  /** Nothing to compare against; `reason` says why, for people. */
  | { kind: "none"; reason: string };

/** An explicit ref that is not there: the caller asked for something impossible. */
export class MissingRefError extends Error {
  override name = "MissingRefError";
}

/**
 * The spec at `ref`, or by default at the previous release: the newest `v*` / `spec-v*` tag
 * reachable from HEAD, else the commit that added the spec.
 */
export function readBaseline(cwd: string, ref?: string): Baseline {
  const top = git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!top.ok)
    return {
      kind: "none",
      reason: `${cwd} is not inside a git repository, so there is no earlier spec to compare with.`,
    };
  const root = top.out.trim();
  if (ref !== undefined) return atExplicitRef(root, ref);

  const tag = git(root, ["describe", "--tags", "--abbrev=0", "--match", "v*", "--match", "spec-v*"]);
  if (tag.ok && hasSpec(root, tag.out.trim())) return found(root, tag.out.trim(), tag.out.trim());
  if (git(root, ["rev-parse", "--is-shallow-repository"]).out.trim() === "true") {
    // In a shallow clone the oldest fetched commit looks like it added every file: not a baseline.
    return {
      kind: "none",
      reason:
        "this is a shallow clone without a release tag (v* or spec-v*); run `git fetch --tags --unshallow` " +
        "to compare against the previous release.",
    };
  }
  const added = git(root, ["log", "--diff-filter=A", "--format=%H", "--", specPath]);
  const first = added.out.trim().split("\n").at(-1) ?? "";
  if (!added.ok || first === "") {
    return { kind: "none", reason: `no commit contains ${specPath} yet, so there is no earlier spec to compare with.` };
  }
  return found(root, first, `${first.slice(0, 12)} (the commit that added the spec; no v* or spec-v* tag yet)`);
}

function atExplicitRef(root: string, ref: string): Baseline {
  if (!git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).ok) {
    throw new MissingRefError(
      `"${ref}" is not a commit in ${root}. Check the name (\`git tag --list 'v*'\`), or fetch it first ` +
        `(\`git fetch --tags\`; in a shallow clone \`git fetch --unshallow --tags\`).`,
    );
  }
  if (!hasSpec(root, ref)) {
    return {
      kind: "none",
      reason: `${specPath} does not exist at ${ref} (not committed there yet), so there is nothing to compare with.`,
    };
  }
  return found(root, ref, ref);
}

function hasSpec(root: string, ref: string): boolean {
  return git(root, ["cat-file", "-e", `${ref}:${specPath}`]).ok;
}

function found(root: string, ref: string, label: string): Baseline {
  const shown = git(root, ["show", `${ref}:${specPath}`]);
  if (!shown.ok) throw new Error(`git show ${ref}:${specPath} failed: ${shown.err.trim()}`);
  return { kind: "found", root, label, source: shown.out };
}

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, out: result.stdout ?? "", err: result.stderr ?? String(result.error ?? "") };
}
