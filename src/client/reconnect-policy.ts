// When and how fast a session stream reconnects on its own (spec: "Sequence numbers and resume").
// Pure: the option check, the backoff schedule and which stream endings call for a reconnect. The
// loop that waits and retries is reconnect-loop.ts.
import type { ReaderStop } from "./frame-reader.js";

export interface ReconnectOptions {
  /** Attempts after a drop before the iterable gives up with `unavailable`; default 8. */
  maxAttempts?: number;
  /** The longest wait before the first attempt; it doubles with each attempt. Default 100. */
  initialDelayMs?: number;
  /** No wait is longer than this; default 5000. */
  maxDelayMs?: number;
}

export type ReconnectPolicy = Required<ReconnectOptions>;

export const DEFAULT_RECONNECT_POLICY: ReconnectPolicy = { maxAttempts: 8, initialDelayMs: 100, maxDelayMs: 5000 };

/** Checks the option once, when the session is opened; `false` turns reconnecting off. */
export function reconnectPolicyOf(option: ReconnectOptions | false | undefined): ReconnectPolicy | undefined {
  if (option === false) return undefined;
  const policy: ReconnectPolicy = {
    maxAttempts: option?.maxAttempts ?? DEFAULT_RECONNECT_POLICY.maxAttempts,
    initialDelayMs: option?.initialDelayMs ?? DEFAULT_RECONNECT_POLICY.initialDelayMs,
    maxDelayMs: option?.maxDelayMs ?? DEFAULT_RECONNECT_POLICY.maxDelayMs,
  };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`reconnect.${name} must be a positive integer, got ${String(value)}`);
  }
  if (policy.maxDelayMs < policy.initialDelayMs) {
    throw new TypeError(`reconnect.maxDelayMs (${policy.maxDelayMs}) must be at least reconnect.initialDelayMs (${policy.initialDelayMs})`);
  }
  return policy;
}

/**
 * The wait before attempt `attempt` (1-based): "equal jitter" — half of the exponential ceiling,
 * plus a random part of the other half. Unlike full jitter it never drops near zero, so clients
 * dropped together by one server restart neither hammer it nor retry in lockstep.
 */
export function backoffDelayMs(policy: ReconnectPolicy, attempt: number, random: () => number = Math.random): number {
  const ceilingMs = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return ceilingMs / 2 + (random() * ceilingMs) / 2;
}

/** Whether the way a stream ended calls for a reconnect; close() and abort are ruled out before. */
export function reconnectWanted(stop: ReaderStop): boolean {
  // Network errors and resets are retryable; a frame that breaks the spec or the framing is not.
  if (stop.state === "failed") return stop.error.retryable;
  // A response that ends without terminate ended abnormally (spec: terminate is always last).
  if (stop.terminate === undefined) return true;
  // superseded: another stream owns the session now. client_closed: we ended the request body.
  const { reason, reconnect } = stop.terminate;
  return reconnect && reason !== "superseded" && reason !== "client_closed";
}
