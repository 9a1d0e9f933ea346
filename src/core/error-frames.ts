// An error frame into a session's history: the one place the core says a code to a client.
import type { ErrorCode, ErrorFrame } from "../../generated/types.js";
import { isRetryable, type Problem } from "../protocol/errors.js";
import type { Session } from "./session.js";

export { problem, type Problem } from "../protocol/errors.js";

/** An error frame's extra fields; `overloaded` and `rate_limited` must say when to retry (spec). */
export type ErrorExtra<C extends ErrorCode> = [C] extends ["overloaded" | "rate_limited"]
  ? [extra: Partial<ErrorFrame> & { retryAfterMs: number }]
  : [extra?: Partial<ErrorFrame>];

/** How long a client should wait before retrying after `overloaded`, when nothing better is known. */
export const OVERLOADED_RETRY_AFTER_MS = 1000;

export function emitError<C extends ErrorCode>(session: Session, onSent: ((code: ErrorCode) => void) | undefined, { code, message }: Problem<C>, ...[extra = {}]: ErrorExtra<C>): void {
  const fields = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
  onSent?.(code);
  session.outbox.emit({ type: "error", code, message, retryable: isRetryable(code), ...fields });
}
