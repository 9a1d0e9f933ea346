// The port's thread and turn settings → the engine's request params. Pure.
import type { SandboxMode } from "../../generated/types.js";
import type { SandboxPolicy, ThreadStartParams, TurnStartParams, UserInput } from "../../generated/engine/v2/index.js";
import type { ThreadSettings, TurnInput, TurnSettings } from "../core/engine-port.js";

export function userInput(input: TurnInput): UserInput {
  switch (input.type) {
    case "text":
      return { type: "text", text: input.text, text_elements: [] };
    case "image":
      // Only data: URLs: the engine rejects remote image URLs (docs/engine-notes.md §1).
      return { type: "image", url: input.dataUrl };
    case "localImage":
      return { type: "localImage", path: input.path };
  }
}

/** The engine's policy for a sandbox mode, with its defaults: no network, no extra writable roots. */
export function sandboxPolicy(mode: SandboxMode): SandboxPolicy {
  switch (mode) {
    case "read-only":
      return { type: "readOnly", networkAccess: false };
    case "workspace-write":
      return { type: "workspaceWrite", writableRoots: [], networkAccess: false, excludeTmpdirEnvVar: false, excludeSlashTmp: false };
    case "danger-full-access":
      return { type: "dangerFullAccess" };
  }
}

export function threadParams(settings: ThreadSettings): ThreadStartParams {
  const params: ThreadStartParams = { cwd: settings.cwd };
  if (settings.model !== undefined) params.model = settings.model;
  if (settings.approvalPolicy !== undefined) params.approvalPolicy = settings.approvalPolicy;
  if (settings.sandbox !== undefined) params.sandbox = settings.sandbox;
  if (settings.instructions !== undefined) params.developerInstructions = settings.instructions;
  return params;
}

/** The sticky settings the engine holds for a thread, as we last set them. */
export type AppliedSettings = Pick<TurnSettings, "cwd" | "model" | "approvalPolicy" | "sandbox" | "reasoningEffort">;

/**
 * turn/start overrides are sticky (docs/engine-notes.md §1), so only what differs from the thread's current
 * settings is sent: an unchanged sandbox is not re-sent, which keeps the operator's own
 * sandbox details (writable roots, network) from config.toml. outputSchema is per turn.
 */
export function turnParams(threadId: string, input: TurnInput[], settings: TurnSettings, applied: AppliedSettings): TurnStartParams {
  const params: TurnStartParams = { threadId, input: input.map(userInput) };
  if (settings.cwd !== applied.cwd) params.cwd = settings.cwd;
  if (settings.model !== undefined && settings.model !== applied.model) params.model = settings.model;
  if (settings.approvalPolicy !== undefined && settings.approvalPolicy !== applied.approvalPolicy) params.approvalPolicy = settings.approvalPolicy;
  if (settings.sandbox !== undefined && settings.sandbox !== applied.sandbox) params.sandboxPolicy = sandboxPolicy(settings.sandbox);
  if (settings.reasoningEffort !== undefined && settings.reasoningEffort !== applied.reasoningEffort) params.effort = settings.reasoningEffort;
  if (settings.outputSchema !== undefined) params.outputSchema = settings.outputSchema as TurnStartParams["outputSchema"];
  return params;
}

export function applySettings(applied: AppliedSettings, settings: TurnSettings): AppliedSettings {
  return {
    cwd: settings.cwd,
    model: settings.model ?? applied.model,
    approvalPolicy: settings.approvalPolicy ?? applied.approvalPolicy,
    sandbox: settings.sandbox ?? applied.sandbox,
    reasoningEffort: settings.reasoningEffort ?? applied.reasoningEffort,
  };
}
