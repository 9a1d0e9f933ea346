// The logging surface the core needs; pino's logger satisfies it. Objects first (sessionId,
// turnId, …), message second. Prompt text and secrets are never passed in.
export interface Logger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
