// The protocol's approval decisions → the engine's answers, and the permissions an engine
// request asks for → the prompt's view of them. Pure.
import type { Decision } from "../../generated/types.js";
import type {
  CommandExecutionApprovalDecision,
  FileChangeApprovalDecision,
  FileSystemSandboxEntry,
  PermissionsRequestApprovalResponse,
  RequestPermissionProfile,
} from "../../generated/engine/v2/index.js";

/** Every prompt offers all four; deny_and_stop ends the turn `interrupted` (docs/engine-notes.md §2, `cancel`). */
export const APPROVAL_DECISIONS = ["allow", "allow_for_session", "deny", "deny_and_stop"] as const satisfies readonly Decision[];

const ENGINE_DECISION = {
  allow: "accept",
  allow_for_session: "acceptForSession",
  deny: "decline",
  deny_and_stop: "cancel",
} as const satisfies Record<Decision, CommandExecutionApprovalDecision & FileChangeApprovalDecision>;

export function commandDecision(decision: Decision): CommandExecutionApprovalDecision {
  return ENGINE_DECISION[decision];
}

export function fileChangeDecision(decision: Decision): FileChangeApprovalDecision {
  return ENGINE_DECISION[decision];
}

/**
 * A permissions answer has no decline: denying grants nothing. It has no cancel either, so
 * the caller interrupts the turn itself for deny_and_stop.
 */
export function permissionsResponse(requested: RequestPermissionProfile, decision: Decision): PermissionsRequestApprovalResponse {
  if (decision === "deny" || decision === "deny_and_stop") return { permissions: {}, scope: "turn" };
  const permissions: PermissionsRequestApprovalResponse["permissions"] = {};
  if (requested.network !== null) permissions.network = requested.network;
  if (requested.fileSystem !== null) permissions.fileSystem = requested.fileSystem;
  return { permissions, scope: decision === "allow_for_session" ? "session" : "turn" };
}

export function permissionsView(requested: RequestPermissionProfile): { network?: boolean; readPaths: string[]; writePaths: string[] } {
  const fileSystem = requested.fileSystem;
  const entries = fileSystem?.entries ?? [];
  const view: { network?: boolean; readPaths: string[]; writePaths: string[] } = {
    readPaths: [...(fileSystem?.read ?? []), ...entryPaths(entries, "read")],
    writePaths: [...(fileSystem?.write ?? []), ...entryPaths(entries, "write")],
  };
  if (requested.network?.enabled != null) view.network = requested.network.enabled;
  return view;
}

function entryPaths(entries: FileSystemSandboxEntry[], access: "read" | "write"): string[] {
  return entries
    .filter((entry) => entry.access === access)
    .map(({ path }) => (path.type === "path" ? path.path : path.type === "glob_pattern" ? path.pattern : `:${path.value.kind}`));
}
