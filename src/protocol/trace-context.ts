// W3C Trace Context (https://www.w3.org/TR/trace-context/) as the spec's "Trace context" section
// accepts it: from the request headers of an agent stream, or a user_message's `trace`. Pure.

/** Version 00 only: a later version's format is not known to us, so it is refused, not guessed. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;
const ALL_ZEROS = /^0+$/;
const MAX_TRACESTATE_CHARS = 512;

/** Why `value` is not a traceparent we accept, or undefined when it is one. */
export function traceparentProblem(value: string): string | undefined {
  const match = TRACEPARENT.exec(value);
  if (match === null) return "is not of the form 00-<32 lowercase hex>-<16 lowercase hex>-<2 lowercase hex>";
  if (ALL_ZEROS.test(match[1]!)) return "has a trace id of all zeros";
  if (ALL_ZEROS.test(match[2]!)) return "has a parent id of all zeros";
  return undefined;
}

/** Why `value` is not a tracestate we pass on, or undefined when it is one. */
export function tracestateProblem(value: string): string | undefined {
  if (value.length > MAX_TRACESTATE_CHARS) return `is ${value.length} characters long`;
  if (!/^[\x20-\x7e]*$/.test(value)) return "holds a character that is not printable ASCII";
  return undefined;
}

/** The trace id (32 hex digits) of a checked traceparent, for log lines. */
export function traceIdOf(traceparent: string): string {
  return traceparent.slice(3, 35);
}

/** Log fields of a trace context: its trace id, the part a log search needs. */
export function traceFields(trace: { traceparent: string } | undefined): { traceId?: string } {
  return trace === undefined ? {} : { traceId: traceIdOf(trace.traceparent) };
}
