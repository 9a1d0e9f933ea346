// The engine module: EnginePort over the pinned `codex app-server`. The composition root builds
// one CodexEngine, start()s it, hands it to the core as the port, and close()s it on shutdown.
export { CodexEngine, type CodexEngineOptions } from "./codex-engine.js";
export { EngineError, type EngineErrorCode } from "./engine-error.js";
export type { ConfigValue } from "./launch.js";
export type { Backoff } from "./supervisor.js";
