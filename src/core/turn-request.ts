// What a user_message asks for, checked before anything reaches the engine, and what a client is
// told when starting a turn fails. Only local work (resolving paths on disk); no engine, no state.
import type { UserMessageFrame } from "../../generated/types.js";
import { engineFailureCode, type TurnInput } from "./engine-port.js";
import { problem, type Problem } from "./error-frames.js";
import { applyOverrides, confinedPath, type OperatorPolicy, type SessionSettings } from "./session-settings.js";

/**
 * The turn's settings (the session's, with the frame's overrides) and its input, checked now.
 * The working directory is resolved again for every turn (an agent may have swapped it for a
 * symlink since the last one) and image paths at use: the engine only ever gets checked real
 * paths. `settings` are the session's new settings; `engineSettings` the same with the real cwd.
 */
export async function checkTurnRequest(
  current: SessionSettings,
  frame: UserMessageFrame,
  policy: OperatorPolicy,
): Promise<{ input: TurnInput[]; settings: SessionSettings; engineSettings: SessionSettings } | Problem> {
  const settings = await applyOverrides(current, frame.configOverrides, policy);
  if (!settings.ok) return settings;
  const checked = await checkInput(settings.settings, frame, policy);
  if ("code" in checked) return checked;
  return { input: checked.input, settings: settings.settings, engineSettings: { ...settings.settings, cwd: checked.cwd } };
}

/**
 * A message's text and images as engine input, under the session's settings as they are (a
 * steering message, which changes no setting). The cwd is checked again, as for a turn.
 */
export async function checkInput(settings: SessionSettings, frame: UserMessageFrame, policy: OperatorPolicy): Promise<{ input: TurnInput[]; cwd: string } | Problem> {
  const cwd = await confinedPath(settings.cwd, settings.cwd, policy.allowedRoots, "the session's cwd", "directory");
  if (!cwd.ok) return cwd;
  const input: TurnInput[] = [{ type: "text", text: frame.content }];
  const paths = [...(frame.imagePaths ?? []), ...(frame.images ?? []).flatMap((i) => ("path" in i ? [i.path] : []))];
  for (const path of paths) {
    const resolved = await confinedPath(cwd.path, path, policy.allowedRoots, "image path");
    if (!resolved.ok) return resolved;
    input.push({ type: "localImage", path: resolved.path });
  }
  for (const image of frame.images ?? []) if ("dataUrl" in image) input.push({ type: "image", dataUrl: image.dataUrl });
  return { input, cwd: cwd.path };
}

/**
 * The session's settings with its working directory checked again, for a turn that brings no
 * overrides or input of its own (a review, a compaction, a fork).
 */
export async function checkSessionCwd(current: SessionSettings, policy: OperatorPolicy): Promise<{ engineSettings: SessionSettings } | Problem> {
  const cwd = await confinedPath(current.cwd, current.cwd, policy.allowedRoots, "the session's cwd", "directory");
  if (!cwd.ok) return cwd;
  return { engineSettings: { ...current, cwd: cwd.path } };
}

/** What a client is told when a turn could not start. Faults of our own (no port failure code) are `internal`. */
export function startFailure(error: unknown): Problem {
  switch (engineFailureCode(error)) {
    case "timeout":
      return problem("engine_unavailable", "startTimeout", { reason: messageOf(error) });
    case "exited":
    case "unavailable":
      return problem("engine_unavailable", "stoppedWhileStarting");
    case "rpc_error":
      return problem("engine_error", "refusedTurn", { reason: messageOf(error) });
    case undefined:
      return problem("internal", "turnStart");
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
