export { loadScript } from "./load-script.js";
export { catalogFromDebugModels } from "./model-catalog.js";
export {
  ScriptError,
  validateScript,
  type DelayEvent,
  type DisconnectEvent,
  type ExecEvent,
  type FailEvent,
  type HttpErrorEvent,
  type PatchEvent,
  type ReasoningEvent,
  type Script,
  type ScriptEvent,
  type ScriptResponse,
  type ScriptTurn,
  type ScriptUsage,
  type TextEvent,
} from "./script.js";
export { startScriptedModel, type RecordedRequest, type ScriptedModel, type ScriptedModelOptions } from "./server.js";
