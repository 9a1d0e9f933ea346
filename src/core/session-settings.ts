// A session's effective settings, and how a client's configOverrides change them within what the
// operator allows. Pure except for resolving paths on disk (realpath, to follow symlinks).
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { ApprovalPolicy, ConfigOverrides, ErrorCode, ReasoningEffort, SandboxMode } from "../../generated/types.js";
import type { ThreadSettings, TurnSettings } from "./engine-port.js";

type CodexPolicy = NonNullable<ThreadSettings["approvalPolicy"]>;

export interface SessionSettings {
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

export type SettingsResult = { ok: true; settings: SessionSettings } | { ok: false; code: ErrorCode; message: string };

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
      return refuse("override_not_allowed", `approvalPolicy ${requested}${alias ? ` (= ${alias.policy})` : ""} is not allowed on this server; allowed: ${policy.allowedApprovalPolicies.join(", ")}`);
    }
  }
  if (overrides.sandbox !== undefined) next.sandbox = overrides.sandbox;
  if (!policy.allowedSandboxes.includes(next.sandbox)) {
    return refuse("override_not_allowed", `sandbox ${next.sandbox} is not allowed on this server; allowed: ${policy.allowedSandboxes.join(", ")}`);
  }
  if (overrides.model !== undefined) next.model = overrides.model;
  if (overrides.reasoningEffort !== undefined) next.reasoningEffort = overrides.reasoningEffort;
  if (overrides.instructions !== undefined) next.instructions = overrides.instructions;
  if (overrides.outputSchema !== undefined) {
    if (overrides.outputSchema === null) delete next.outputSchema;
    else next.outputSchema = overrides.outputSchema as Record<string, unknown>;
  }
  if (overrides.cwd !== undefined) {
    const cwd = await confinedPath(current.cwd, overrides.cwd, policy.allowedRoots, "cwd");
    if (!cwd.ok) return cwd;
    const info = await stat(cwd.path);
    if (!info.isDirectory()) return refuse("path_not_allowed", `cwd ${overrides.cwd} is not a directory`);
    next.cwd = cwd.path;
  }
  return { ok: true, settings: next };
}

/**
 * Resolves `path` (relative to `base`) with symlinks followed and checks it lies inside one of
 * the allowed roots: `..` and symlink escapes are refused.
 */
export async function confinedPath(
  base: string,
  path: string,
  allowedRoots: string[],
  what: string,
): Promise<{ ok: true; path: string } | { ok: false; code: ErrorCode; message: string }> {
  const absolute = isAbsolute(path) ? path : resolve(base, path);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return refuse("path_not_allowed", `${what} ${path} does not exist (resolved to ${absolute})`);
  }
  if (!allowedRoots.some((root) => isInside(real, root))) {
    return refuse("path_not_allowed", `${what} ${path} resolves to ${real}, outside the allowed directories (${allowedRoots.join(", ")})`);
  }
  return { ok: true, path: real };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function refuse(code: ErrorCode, message: string): { ok: false; code: ErrorCode; message: string } {
  return { ok: false, code, message };
}

export function threadSettingsOf(s: SessionSettings): ThreadSettings {
  return { cwd: s.cwd, model: s.model, approvalPolicy: s.approvalPolicy, sandbox: s.sandbox, instructions: s.instructions };
}

export function turnSettingsOf(s: SessionSettings): TurnSettings {
  return { ...threadSettingsOf(s), reasoningEffort: s.reasoningEffort, outputSchema: s.outputSchema };
}
