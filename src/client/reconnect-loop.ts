// Retries an attempt on the reconnect policy's schedule until it succeeds, fails in a way retrying
// cannot fix (e.g. `unauthorized`, `session_expired`), the caller gives up (its signal; the reason
// is thrown), or the attempts run out (`giveUp` says what that means to the caller).
import { setTimeout as sleep } from "node:timers/promises";
import { CodexApiError } from "./codex-api-error.js";
import { backoffDelayMs, type ReconnectPolicy } from "./reconnect-policy.js";

export async function retryWithBackoff<T>(
  attempt: () => Promise<T>,
  policy: ReconnectPolicy,
  signal: AbortSignal,
  giveUp: (attempts: number, last: CodexApiError) => CodexApiError,
): Promise<T> {
  let last: CodexApiError | undefined;
  for (let n = 1; n <= policy.maxAttempts; n++) {
    try {
      await sleep(backoffDelayMs(policy, n), undefined, { signal });
      return await attempt();
    } catch (error) {
      signal.throwIfAborted();
      last = CodexApiError.from(error);
      if (!last.retryable) throw last;
    }
  }
  // The policy has at least one attempt, so `last` is set.
  throw giveUp(policy.maxAttempts, last!);
}
