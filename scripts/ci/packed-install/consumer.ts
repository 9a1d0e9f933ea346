// Type-checked (not run) against the installed package: the exports' types resolve, with every
// .d.ts they import, under a consumer's own compiler settings.
import { CodexApiError, connect, foldTurn, PROTOCOL_VERSION, type ServerFrame, type TurnResult, type UserMessageFrame } from "codex-api-server/client";
import { loadScript, startScriptedModel, type Script } from "codex-api-server/scripted-model";

export const protocolVersion: string = PROTOCOL_VERSION;

export async function oneTurn(url: string): Promise<TurnResult> {
  const connection = await connect(url, { token: "t".repeat(32) });
  try {
    const session = await connection.openSession({ sessionId: "consumer" });
    return await session.run("hello", { onPrompt: (prompt) => (prompt.kind === "file_change" ? "allow" : "deny") });
  } catch (error) {
    throw error instanceof CodexApiError ? new Error(`${error.code}: ${error.message}`) : error;
  } finally {
    await connection.close();
  }
}

export function frameType(frame: ServerFrame): string {
  return frame.type;
}

export const message: UserMessageFrame = { type: "user_message", sessionId: "s1", content: "hi" };
export const fold: typeof foldTurn = foldTurn;

export async function model(path: string): Promise<string> {
  const script: Script = await loadScript(path);
  const scripted = await startScriptedModel(script, { modelSlug: "scripted" });
  await scripted.close();
  return scripted.url;
}
