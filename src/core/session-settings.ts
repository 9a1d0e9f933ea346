// A session's effective settings, and how a client's configOverrides change them within what the
// operator allows. Pure except for resolving paths on disk (realpath, to follow symlinks).
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { ApprovalPolicy, ConfigOverrides, ReasoningEffort, SandboxMode } from "../../generated/types.js";
import type { ThreadSettings, TurnSettings } from "./engine-port.js";
import { problem, type Problem } from "./error-frames.js";

type CodexPolicy = NonNullable<ThreadSettings["approvalPolicy"]>;

export interface SessionSettings {
  /**
   * The working directory as configured (absolute, not resolved): its real path is resolved and
   * checked again at every turn start (confinedDirectory), because an agent of this or another
   * session can swap a directory for a symlink between turns.
   */
  cwd: string;
  model?: string;
  approvalPolicy: CodexPolicy;
  sandbox: SandboxMode;
  reasoningEffort?: ReasoningEffort;
  instructions?: string;
  outputSchema?: Record<string, unknown>;
}

/** What the operator allows clients to ask for. */
export interface OperatorPolicy {
  /** Real paths of the directories a session may work in (cwd) or read images from. */
  allowedRoots: string[];
  /** Sandbox modes clients may choose. */
  allowedSandboxes: SandboxMode[];
  /** Approval policies clients may choose (aliases are checked after mapping). */
  allowedApprovalPolicies: CodexPolicy[];
}

export type SettingsResult = { ok: true; settings: SessionSettings } | Refusal;

/** The older approval names: a policy plus the sandbox it implied (spec: ApprovalPolicy). */
const ALIASES: Record<"suggest" | "auto-edit" | "full-auto", { policy: CodexPolicy; sandbox: SandboxMode }> = {
  suggest: { policy: "untrusted", sandbox: "read-only" },
  "auto-edit": { policy: "on-request", sandbox: "workspace-write" },
  "full-auto": { policy: "never", sandbox: "workspace-write" },
};

export async function applyOverrides(current: SessionSettings, overrides: ConfigOverrides | undefined, policy: OperatorPolicy): Promise<SettingsResult> {
  if (overrides === undefined) return { ok: true, settings: current };
  const next: SessionSettings = { ...current };
  if (overrides.approvalPolicy !== undefined) {
    const requested: ApprovalPolicy = overrides.approvalPolicy;
    const alias = requested in ALIASES ? ALIASES[requested as keyof typeof ALIASES] : undefined;
    next.approvalPolicy = alias?.policy ?? (requested as CodexPolicy);
    if (alias !== undefined && overrides.sandbox === undefined) next.sandbox = alias.sandbox;
    if (!policy.allowedApprovalPolicies.includes(next.approvalPolicy)) {
      const asked = `${requested}${alias ? ` (= ${alias.policy})` : ""}`;
      return refuse(problem("override_not_allowed", "approvalPolicy", { requested: asked, allowed: policy.allowedApprovalPolicies.join(", ") }));
    }
  }
  if (overrides.sandbox !== undefined) next.sandbox = overrides.sandbox;
  if (!policy.allowedSandboxes.includes(next.sandbox)) {
    return refuse(problem("override_not_allowed", "sandbox", { requested: next.sandbox, allowed: policy.allowedSandboxes.join(", ") }));
  }
  if (overrides.model !== undefined) next.model = overrides.model;
  if (overrides.reasoningEffort !== undefined) next.reasoningEffort = overrides.reasoningEffort;
  if (overrides.instructions !== undefined) next.instructions = overrides.instructions;
  if (overrides.outputSchema !== undefined) {
    if (overrides.outputSchema === null) delete next.outputSchema;
    else next.outputSchema = overrides.outputSchema as Record<string, unknown>;
  }
  if (overrides.cwd !== undefined) {
    // Checked now so a bad cwd is refused at once; kept as given, and checked again at each turn.
    const cwd = await confinedPath(current.cwd, overrides.cwd, policy.allowedRoots, "cwd", "directory");
    if (!cwd.ok) return cwd;
    next.cwd = isAbsolute(overrides.cwd) ? overrides.cwd : resolve(current.cwd, overrides.cwd);
  }
  return { ok: true, settings: next };
}

export type Confined = { ok: true; path: string } | Refusal;

/**
 * Resolves `path` (relative to `base`) with symlinks followed and checks it lies inside one of
 * the allowed roots: `..` and symlink escapes are refused. The refusal reads the same whether the
 * path is missing, escapes, or is the wrong kind of file: it must not tell a client what exists
 * or where a symlink points.
 */
export async function confinedPath(base: string, path: string, allowedRoots: string[], what: string, kind: "file" | "directory" = "file"): Promise<Confined> {
  const absolute = isAbsolute(path) ? path : resolve(base, path);
  const refusal = refuse(
    problem("path_not_allowed", "outside", { what, path, kind: kind === "directory" ? "a directory" : "a file", roots: allowedRoots.join(", ") }),
  );
  let real: string;
  try {
    real = await realpath(absolute);
    const info = await stat(real);
    if (kind === "directory" ? !info.isDirectory() : !info.isFile()) return refusal;
  } catch {
    return refusal;
  }
  return allowedRoots.some((root) => isInside(real, root)) ? { ok: true, path: real } : refusal;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

export type Refusal = { ok: false } & Problem;

function refuse(found: Problem): Refusal {
  return { ok: false, ...found };
}

export function threadSettingsOf(s: SessionSettings): ThreadSettings {
  return { cwd: s.cwd, model: s.model, approvalPolicy: s.approvalPolicy, sandbox: s.sandbox, instructions: s.instructions };
}

export function turnSettingsOf(s: SessionSettings): TurnSettings {
  return { ...threadSettingsOf(s), reasoningEffort: s.reasoningEffort, outputSchema: s.outputSchema };
}
