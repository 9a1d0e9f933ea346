// generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.

import fc from "fast-check";
import type * as T from "./types.js";

/** Length in code points, as JSON Schema counts it. */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: "grapheme", minLength, maxLength: Math.max(minLength, Math.min(maxLength, 24)) })
    .filter((s) => codePoints(s) >= minLength && codePoints(s) <= maxLength);
}

function matching(pattern: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.stringMatching(new RegExp(pattern, "u")).filter((s) => codePoints(s) >= minLength && codePoints(s) <= maxLength);
}

/** JSON numbers that survive a JSON round trip unchanged (no -0). */
function jsonNumber(): fc.Arbitrary<number> {
  return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
}

function jsonObject(): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(text(0, 8), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Any value valid against `#/definitions/AgentMessageItem`. */
export function AgentMessageItem(): fc.Arbitrary<T.AgentMessageItem> {
  return fc.record({ "type": fc.constant("agent_message"), "id": text(0, 1073741824), "text": text(0, 1073741824) }, { requiredKeys: ["type","id","text"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/AnswerFrame`. */
export function AnswerFrame(): fc.Arbitrary<T.AnswerFrame> {
  return fc.record({ "type": fc.constant("answer"), "id": ClientFrameId(), "sessionId": Id(), "promptId": Id(), "action": fc.constantFrom("accept", "decline", "cancel"), "answers": fc.dictionary(text(0, 64), fc.array(text(0, 4096), { minLength: 0, maxLength: 3 }), { maxKeys: 3 }), "content": jsonObject() }, { requiredKeys: ["type","promptId"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ApprovalPolicy`. */
export function ApprovalPolicy(): fc.Arbitrary<T.ApprovalPolicy> {
  return fc.constantFrom("untrusted", "on-request", "never", "suggest", "auto-edit", "full-auto") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ApproveFrame`. */
export function ApproveFrame(): fc.Arbitrary<T.ApproveFrame> {
  return fc.record({ "type": fc.constant("approve"), "id": ClientFrameId(), "sessionId": Id(), "commandId": Id(), "decision": Decision(), "explanation": text(0, 65536) }, { requiredKeys: ["type","commandId","decision"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/BaseBranchTarget`. */
export function BaseBranchTarget(): fc.Arbitrary<T.BaseBranchTarget> {
  return fc.record({ "type": fc.constant("base_branch"), "branch": matching("^[A-Za-z0-9_./][A-Za-z0-9_./+@-]*$", 1, 256) }, { requiredKeys: ["type","branch"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/CancelFrame`. */
export function CancelFrame(): fc.Arbitrary<T.CancelFrame> {
  return fc.record({ "type": fc.constant("cancel"), "id": ClientFrameId(), "sessionId": Id(), "turnId": text(0, 1073741824) }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ClientFrameId`. */
export function ClientFrameId(): fc.Arbitrary<T.ClientFrameId> {
  return fc.oneof(Id(), fc.integer({ min: -2147483648, max: 2147483647 })) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ClientHeartbeatFrame`. */
export function ClientHeartbeatFrame(): fc.Arbitrary<T.ClientHeartbeatFrame> {
  return fc.record({ "type": fc.constant("heartbeat"), "id": ClientFrameId(), "sessionId": Id(), "sentAtMs": fc.integer({ min: 0, max: 2147483647 }) }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/CommandExecutionItem`. */
export function CommandExecutionItem(): fc.Arbitrary<T.CommandExecutionItem> {
  return fc.record({ "type": fc.constant("command_execution"), "id": text(0, 1073741824), "command": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }), "commandLine": text(0, 1073741824), "cwd": text(0, 1073741824), "status": ItemStatus(), "exitCode": fc.oneof(fc.integer({ min: -2147483648, max: 2147483647 }), fc.constant(null)), "output": text(0, 1073741824), "durationMs": fc.oneof(DurationMs(), fc.constant(null)), "processId": fc.oneof(text(0, 1073741824), fc.constant(null)) }, { requiredKeys: ["type","id","command","commandLine","cwd","status","exitCode","output","durationMs"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/CommandPromptFrame`. */
export function CommandPromptFrame(): fc.Arbitrary<T.CommandPromptFrame> {
  return fc.record({ "type": fc.constant("command_prompt"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "commandId": Id(), "kind": fc.constantFrom("command", "file_change", "permissions"), "itemId": text(0, 1073741824), "command": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }), "commandLine": text(0, 1073741824), "cwd": text(0, 1073741824), "explanation": text(0, 1073741824), "changes": fc.array(FileChange(), { minLength: 0, maxLength: 3 }), "permissions": fc.record({ "network": fc.boolean(), "readPaths": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }), "writePaths": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }) }, { requiredKeys: [] as never[] }), "decisions": fc.uniqueArray(Decision(), { minLength: 1, maxLength: 3, selector: (v) => JSON.stringify(v) }), "timeoutMs": DurationMs(), "expiresAt": fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString()) }, { requiredKeys: ["type","seq","sessionId","turnId","commandId","kind","itemId","command","explanation","decisions","timeoutMs","expiresAt"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/CommitTarget`. */
export function CommitTarget(): fc.Arbitrary<T.CommitTarget> {
  return fc.record({ "type": fc.constant("commit"), "sha": matching("^[0-9a-fA-F]{4,64}$", 0, 1073741824), "title": text(0, 1000) }, { requiredKeys: ["type","sha"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/CompactFrame`. */
export function CompactFrame(): fc.Arbitrary<T.CompactFrame> {
  return fc.record({ "type": fc.constant("compact"), "id": ClientFrameId(), "sessionId": Id() }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ConfigOverrides`. */
export function ConfigOverrides(): fc.Arbitrary<T.ConfigOverrides> {
  return fc.record({ "model": text(1, 200), "approvalPolicy": ApprovalPolicy(), "reasoningEffort": ReasoningEffort(), "sandbox": SandboxMode(), "cwd": text(1, 4096), "instructions": text(0, 65536), "outputSchema": fc.oneof(jsonObject(), fc.constant(null)) }, { requiredKeys: [] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/CustomReviewTarget`. */
export function CustomReviewTarget(): fc.Arbitrary<T.CustomReviewTarget> {
  return fc.record({ "type": fc.constant("custom"), "instructions": text(1, 65536) }, { requiredKeys: ["type","instructions"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/Decision`. */
export function Decision(): fc.Arbitrary<T.Decision> {
  return fc.constantFrom("allow", "allow_for_session", "deny", "deny_and_stop") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/DurationMs`. */
export function DurationMs(): fc.Arbitrary<T.DurationMs> {
  return fc.integer({ min: 0, max: 2147483647 }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ErrorCode`. */
export function ErrorCode(): fc.Arbitrary<T.ErrorCode> {
  return fc.constantFrom("invalid_json", "invalid_frame", "unknown_frame_type", "frame_too_large", "truncated", "unsupported_media_type", "unsupported_protocol_version", "no_session", "session_mismatch", "session_expired", "turn_in_progress", "turn_not_steerable", "command_not_found", "command_already_resolved", "decision_not_offered", "approval_timeout", "question_not_found", "question_already_resolved", "question_timeout", "invalid_answer", "path_not_allowed", "override_not_allowed", "engine_unavailable", "engine_error", "model_error", "model_unavailable", "overloaded", "rate_limited", "unauthorized", "shutting_down", "internal", "turn_not_found", "session_exists") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ErrorFrame`. */
export function ErrorFrame(): fc.Arbitrary<T.ErrorFrame> {
  return fc.record({ "type": fc.constant("error"), "seq": Seq(), "sessionId": Id(), "code": ErrorCode(), "message": text(0, 1073741824), "retryable": fc.boolean(), "path": text(0, 1073741824), "inReplyTo": ClientFrameId(), "frameType": text(0, 1073741824), "commandId": Id(), "promptId": Id(), "turnId": text(0, 1073741824), "retryAfterMs": DurationMs(), "attempt": fc.integer({ min: 1, max: 2147483647 }) }, { requiredKeys: ["type","seq","code","message","retryable"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/FileChange`. */
export function FileChange(): fc.Arbitrary<T.FileChange> {
  return fc.record({ "path": text(0, 1073741824), "kind": fc.constantFrom("add", "delete", "update"), "movePath": fc.oneof(text(0, 1073741824), fc.constant(null)), "diff": text(0, 1073741824) }, { requiredKeys: ["path","kind","diff"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/FileChangeItem`. */
export function FileChangeItem(): fc.Arbitrary<T.FileChangeItem> {
  return fc.record({ "type": fc.constant("file_change"), "id": text(0, 1073741824), "status": ItemStatus(), "changes": fc.array(FileChange(), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","id","status","changes"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ForkSessionFrame`. */
export function ForkSessionFrame(): fc.Arbitrary<T.ForkSessionFrame> {
  return fc.record({ "type": fc.constant("fork_session"), "id": ClientFrameId(), "sessionId": Id(), "atTurnId": text(1, 256), "newSessionId": Id() }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/HttpError`. */
export function HttpError(): fc.Arbitrary<T.HttpError> {
  return fc.record({ "error": fc.record({ "code": HttpErrorCode(), "message": text(0, 1073741824), "retryAfterMs": DurationMs(), "supported": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["code","message"] as never[] }) }, { requiredKeys: ["error"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/HttpErrorCode`. */
export function HttpErrorCode(): fc.Arbitrary<T.HttpErrorCode> {
  return fc.constantFrom("unauthorized", "not_found", "method_not_allowed", "invalid_header", "unsupported_media_type", "overloaded", "shutting_down", "internal") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/Id`. */
export function Id(): fc.Arbitrary<T.Id> {
  return matching("^[^\\u0000-\\u001f\\u007f]+$", 1, 256) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ImageInput`. */
export function ImageInput(): fc.Arbitrary<T.ImageInput> {
  return fc.oneof(fc.record({ "dataUrl": matching("^data:image/[a-zA-Z0-9.+-]+;base64,", 0, 1073741824) }, { requiredKeys: ["dataUrl"] as never[] }), fc.record({ "path": text(1, 4096) }, { requiredKeys: ["path"] as never[] })) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/Item`. */
export function Item(): fc.Arbitrary<T.Item> {
  return fc.oneof(AgentMessageItem(), ReasoningItem(), CommandExecutionItem(), FileChangeItem(), ToolCallItem(), WebSearchItem(), PlanItem(), UserMessageItem(), OtherItem()) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ItemCompletedFrame`. */
export function ItemCompletedFrame(): fc.Arbitrary<T.ItemCompletedFrame> {
  return fc.record({ "type": fc.constant("item"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "event": fc.constant("completed"), "item": Item(), "responseItem": ResponsesApiItem() }, { requiredKeys: ["type","seq","sessionId","turnId","event","item"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ItemDeltaFrame`. */
export function ItemDeltaFrame(): fc.Arbitrary<T.ItemDeltaFrame> {
  return fc.record({ "type": fc.constant("item"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "event": fc.constant("delta"), "itemId": text(0, 1073741824), "itemType": fc.constantFrom("agent_message", "reasoning", "command_execution", "plan"), "field": fc.constantFrom("text", "summary", "content", "output"), "index": fc.integer({ min: 0, max: 2147483647 }), "delta": text(0, 1073741824) }, { requiredKeys: ["type","seq","sessionId","turnId","event","itemId","itemType","field","delta"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ItemFrame`. */
export function ItemFrame(): fc.Arbitrary<T.ItemFrame> {
  return fc.oneof(ItemStartedFrame(), ItemDeltaFrame(), ItemCompletedFrame()) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ItemStartedFrame`. */
export function ItemStartedFrame(): fc.Arbitrary<T.ItemStartedFrame> {
  return fc.record({ "type": fc.constant("item"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "event": fc.constant("started"), "item": Item(), "responseItem": ResponsesApiItem() }, { requiredKeys: ["type","seq","sessionId","turnId","event","item"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ItemStatus`. */
export function ItemStatus(): fc.Arbitrary<T.ItemStatus> {
  return fc.constantFrom("in_progress", "completed", "failed", "declined") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/JsonValue`. */
export function JsonValue(): fc.Arbitrary<T.JsonValue> {
  return fc.oneof(jsonObject(), fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 0, maxLength: 3 }), text(0, 1073741824), jsonNumber(), fc.integer({ min: -2147483648, max: 2147483647 }), fc.boolean(), fc.constant(null)) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/OpenSessionFrame`. */
export function OpenSessionFrame(): fc.Arbitrary<T.OpenSessionFrame> {
  return fc.record({ "type": fc.constant("open_session"), "id": ClientFrameId(), "sessionId": Id(), "lastSeq": Seq(), "protocolVersion": ProtocolVersion(), "configOverrides": ConfigOverrides() }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/OtherItem`. */
export function OtherItem(): fc.Arbitrary<T.OtherItem> {
  return fc.record({ "type": fc.constant("other"), "id": text(0, 1073741824), "engineType": text(0, 1073741824), "summary": text(0, 1073741824) }, { requiredKeys: ["type","id","engineType"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/PlanItem`. */
export function PlanItem(): fc.Arbitrary<T.PlanItem> {
  return fc.record({ "type": fc.constant("plan"), "id": text(0, 1073741824), "text": text(0, 1073741824), "steps": fc.array(fc.record({ "step": text(0, 1073741824), "status": fc.constantFrom("pending", "in_progress", "completed") }, { requiredKeys: ["step","status"] as never[] }), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","id","text","steps"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ProtocolVersion`. */
export function ProtocolVersion(): fc.Arbitrary<T.ProtocolVersion> {
  return matching("^[0-9]+(\\.[0-9]+){0,2}$", 0, 1073741824) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/Question`. */
export function Question(): fc.Arbitrary<T.Question> {
  return fc.record({ "id": text(0, 1073741824), "header": text(0, 1073741824), "question": text(0, 1073741824), "options": fc.array(fc.record({ "label": text(0, 1073741824), "description": text(0, 1073741824) }, { requiredKeys: ["label","description"] as never[] }), { minLength: 0, maxLength: 3 }), "allowOther": fc.boolean(), "secret": fc.boolean() }, { requiredKeys: ["id","header","question","options","allowOther","secret"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/QuestionPromptFrame`. */
export function QuestionPromptFrame(): fc.Arbitrary<T.QuestionPromptFrame> {
  return fc.record({ "type": fc.constant("question_prompt"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "promptId": Id(), "kind": fc.constantFrom("questions", "form", "url"), "itemId": text(0, 1073741824), "serverName": text(0, 1073741824), "message": text(0, 1073741824), "questions": fc.array(Question(), { minLength: 0, maxLength: 3 }), "schema": jsonObject(), "url": text(0, 1073741824), "timeoutMs": DurationMs(), "expiresAt": fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString()) }, { requiredKeys: ["type","seq","sessionId","turnId","promptId","kind","message","timeoutMs","expiresAt"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/RateLimitWindow`. */
export function RateLimitWindow(): fc.Arbitrary<T.RateLimitWindow> {
  return fc.record({ "usedPercent": fc.integer({ min: 0, max: 2147483647 }), "windowMinutes": fc.oneof(fc.integer({ min: 0, max: 2147483647 }), fc.constant(null)), "resetsAt": fc.oneof(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString()), fc.constant(null)) }, { requiredKeys: ["usedPercent","windowMinutes","resetsAt"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/RateLimits`. */
export function RateLimits(): fc.Arbitrary<T.RateLimits> {
  return fc.record({ "primary": RateLimitWindow(), "secondary": RateLimitWindow() }, { requiredKeys: [] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ReasoningEffort`. */
export function ReasoningEffort(): fc.Arbitrary<T.ReasoningEffort> {
  return fc.constantFrom("none", "minimal", "low", "medium", "high", "xhigh") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ReasoningItem`. */
export function ReasoningItem(): fc.Arbitrary<T.ReasoningItem> {
  return fc.record({ "type": fc.constant("reasoning"), "id": text(0, 1073741824), "summary": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }), "content": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","id","summary","content"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ResponsesApiItem`. */
export function ResponsesApiItem(): fc.Arbitrary<T.ResponsesApiItem> {
  return fc.oneof(ResponsesMessage(), ResponsesReasoning(), ResponsesFunctionCall(), ResponsesFunctionCallOutput()) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ResponsesFunctionCall`. */
export function ResponsesFunctionCall(): fc.Arbitrary<T.ResponsesFunctionCall> {
  return fc.record({ "type": fc.constant("function_call"), "call_id": text(0, 1073741824), "name": fc.constantFrom("shell", "apply_patch"), "arguments": text(0, 1073741824), "status": fc.constant("in_progress") }, { requiredKeys: ["type","call_id","name","arguments","status"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ResponsesFunctionCallOutput`. */
export function ResponsesFunctionCallOutput(): fc.Arbitrary<T.ResponsesFunctionCallOutput> {
  return fc.record({ "type": fc.constant("function_call_output"), "call_id": text(0, 1073741824), "output": text(0, 1073741824) }, { requiredKeys: ["type","call_id","output"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ResponsesMessage`. */
export function ResponsesMessage(): fc.Arbitrary<T.ResponsesMessage> {
  return fc.record({ "type": fc.constant("message"), "id": text(0, 1073741824), "role": fc.constant("assistant"), "status": fc.constant("completed"), "content": fc.array(fc.record({ "type": fc.constant("output_text"), "text": text(0, 1073741824), "annotations": fc.array(JsonValue(), { minLength: 0, maxLength: 0 }) }, { requiredKeys: ["type","text","annotations"] as never[] }), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","id","role","status","content"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ResponsesReasoning`. */
export function ResponsesReasoning(): fc.Arbitrary<T.ResponsesReasoning> {
  return fc.record({ "type": fc.constant("reasoning"), "id": text(0, 1073741824), "summary": fc.array(fc.record({ "type": fc.constant("summary_text"), "text": text(0, 1073741824) }, { requiredKeys: ["type","text"] as never[] }), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","id","summary"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ReviewFrame`. */
export function ReviewFrame(): fc.Arbitrary<T.ReviewFrame> {
  return fc.record({ "type": fc.constant("review"), "id": ClientFrameId(), "sessionId": Id(), "target": ReviewTarget() }, { requiredKeys: ["type","target"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ReviewTarget`. */
export function ReviewTarget(): fc.Arbitrary<T.ReviewTarget> {
  return fc.oneof(UncommittedChangesTarget(), BaseBranchTarget(), CommitTarget(), CustomReviewTarget()) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/RollbackFrame`. */
export function RollbackFrame(): fc.Arbitrary<T.RollbackFrame> {
  return fc.record({ "type": fc.constant("rollback"), "id": ClientFrameId(), "sessionId": Id(), "beforeTurnId": text(1, 256), "turns": fc.integer({ min: 1, max: 10000 }) }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/RolledBackFrame`. */
export function RolledBackFrame(): fc.Arbitrary<T.RolledBackFrame> {
  return fc.record({ "type": fc.constant("rolled_back"), "seq": Seq(), "sessionId": Id(), "inReplyTo": ClientFrameId(), "beforeTurnId": text(0, 1073741824), "removedTurnIds": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","seq","sessionId","beforeTurnId","removedTurnIds"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/SandboxMode`. */
export function SandboxMode(): fc.Arbitrary<T.SandboxMode> {
  return fc.constantFrom("read-only", "workspace-write", "danger-full-access") as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/Seq`. */
export function Seq(): fc.Arbitrary<T.Seq> {
  return fc.integer({ min: 0, max: 2147483647 }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ServerHeartbeatFrame`. */
export function ServerHeartbeatFrame(): fc.Arbitrary<T.ServerHeartbeatFrame> {
  return fc.record({ "type": fc.constant("heartbeat"), "seq": Seq(), "sessionId": Id(), "sentAtMs": fc.integer({ min: 0, max: 2147483647 }), "timestamp": fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString()), "inReplyTo": ClientFrameId() }, { requiredKeys: ["type","seq","sentAtMs","timestamp"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/SessionForkedFrame`. */
export function SessionForkedFrame(): fc.Arbitrary<T.SessionForkedFrame> {
  return fc.record({ "type": fc.constant("session_forked"), "seq": Seq(), "sessionId": Id(), "inReplyTo": ClientFrameId(), "newSessionId": Id(), "atTurnId": text(0, 1073741824), "turnIds": fc.array(text(0, 1073741824), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["type","seq","sessionId","newSessionId","atTurnId","turnIds"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/SessionFrame`. */
export function SessionFrame(): fc.Arbitrary<T.SessionFrame> {
  return fc.record({ "type": fc.constant("session"), "seq": Seq(), "sessionId": Id(), "inReplyTo": ClientFrameId(), "protocolVersion": ProtocolVersion(), "resumed": fc.boolean(), "replay": fc.oneof(fc.constant(null), fc.record({ "fromSeq": Seq(), "toSeq": Seq(), "count": fc.integer({ min: 0, max: 2147483647 }), "lost": fc.integer({ min: 0, max: 2147483647 }) }, { requiredKeys: ["fromSeq","toSeq","count","lost"] as never[] })), "turn": fc.oneof(fc.constant(null), fc.record({ "turnId": text(0, 1073741824), "pendingCommandIds": fc.array(Id(), { minLength: 0, maxLength: 3 }), "pendingPromptIds": fc.array(Id(), { minLength: 0, maxLength: 3 }) }, { requiredKeys: ["turnId","pendingCommandIds"] as never[] })), "heartbeatIntervalMs": DurationMs(), "maxFrameBytes": fc.integer({ min: 1, max: 2147483647 }) }, { requiredKeys: ["type","seq","sessionId","protocolVersion","resumed","replay","turn","heartbeatIntervalMs","maxFrameBytes"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/StatusFrame`. */
export function StatusFrame(): fc.Arbitrary<T.StatusFrame> {
  return fc.record({ "type": fc.constant("status"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "state": fc.constantFrom("started", "completed", "interrupted", "failed"), "inReplyTo": ClientFrameId(), "reason": fc.constantFrom("cancelled", "denied", "shutdown", "model_error", "engine_error", "engine_exited", "watchdog", "internal"), "message": text(0, 1073741824), "retryable": fc.boolean(), "usage": TokenUsage(), "durationMs": DurationMs(), "finalMessage": fc.oneof(text(0, 1073741824), fc.constant(null)), "structuredOutput": JsonValue() }, { requiredKeys: ["type","seq","sessionId","turnId","state","message"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/TerminateFrame`. */
export function TerminateFrame(): fc.Arbitrary<T.TerminateFrame> {
  return fc.record({ "type": fc.constant("terminate"), "seq": Seq(), "sessionId": Id(), "reason": fc.constantFrom("superseded", "shutdown", "heartbeat_timeout", "protocol_error", "slow_consumer", "session_expired", "client_closed"), "message": text(0, 1073741824), "reconnect": fc.boolean(), "retryAfterMs": DurationMs() }, { requiredKeys: ["type","seq","reason","message","reconnect"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/TokenUsage`. */
export function TokenUsage(): fc.Arbitrary<T.TokenUsage> {
  return fc.record({ "inputTokens": fc.integer({ min: 0, max: 2147483647 }), "cachedInputTokens": fc.integer({ min: 0, max: 2147483647 }), "outputTokens": fc.integer({ min: 0, max: 2147483647 }), "reasoningOutputTokens": fc.integer({ min: 0, max: 2147483647 }), "totalTokens": fc.integer({ min: 0, max: 2147483647 }) }, { requiredKeys: ["inputTokens","cachedInputTokens","outputTokens","reasoningOutputTokens","totalTokens"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ToolCallItem`. */
export function ToolCallItem(): fc.Arbitrary<T.ToolCallItem> {
  return fc.record({ "type": fc.constant("tool_call"), "id": text(0, 1073741824), "server": fc.oneof(text(0, 1073741824), fc.constant(null)), "tool": text(0, 1073741824), "arguments": JsonValue(), "status": ItemStatus(), "result": JsonValue(), "error": fc.oneof(text(0, 1073741824), fc.constant(null)), "durationMs": fc.oneof(DurationMs(), fc.constant(null)) }, { requiredKeys: ["type","id","tool","arguments","status","result","error"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/TraceContext`. */
export function TraceContext(): fc.Arbitrary<T.TraceContext> {
  return fc.record({ "traceparent": matching("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$", 0, 1073741824), "tracestate": matching("^[\\x20-\\x7e]*$", 0, 512) }, { requiredKeys: ["traceparent"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/UncommittedChangesTarget`. */
export function UncommittedChangesTarget(): fc.Arbitrary<T.UncommittedChangesTarget> {
  return fc.record({ "type": fc.constant("uncommitted_changes") }, { requiredKeys: ["type"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/UsageFrame`. */
export function UsageFrame(): fc.Arbitrary<T.UsageFrame> {
  return fc.record({ "type": fc.constant("usage"), "seq": Seq(), "sessionId": Id(), "turnId": text(0, 1073741824), "last": TokenUsage(), "turn": TokenUsage(), "total": TokenUsage(), "contextWindow": fc.oneof(fc.integer({ min: 0, max: 2147483647 }), fc.constant(null)), "rateLimits": RateLimits() }, { requiredKeys: ["type","seq","sessionId","turnId","last","turn","total","contextWindow"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/UserMessageFrame`. */
export function UserMessageFrame(): fc.Arbitrary<T.UserMessageFrame> {
  return fc.record({ "type": fc.constant("user_message"), "id": ClientFrameId(), "sessionId": Id(), "content": text(0, 1073741824), "imagePaths": fc.array(text(1, 4096), { minLength: 0, maxLength: 3 }), "images": fc.array(ImageInput(), { minLength: 0, maxLength: 3 }), "configOverrides": ConfigOverrides(), "expectedTurnId": text(1, 256), "trace": TraceContext() }, { requiredKeys: ["type","content"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/UserMessageItem`. */
export function UserMessageItem(): fc.Arbitrary<T.UserMessageItem> {
  return fc.record({ "type": fc.constant("user_message"), "id": text(0, 1073741824), "text": text(0, 1073741824), "imageCount": fc.integer({ min: 0, max: 2147483647 }), "inReplyTo": ClientFrameId() }, { requiredKeys: ["type","id","text"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/WebSearchItem`. */
export function WebSearchItem(): fc.Arbitrary<T.WebSearchItem> {
  return fc.record({ "type": fc.constant("web_search"), "id": text(0, 1073741824), "query": fc.oneof(text(0, 1073741824), fc.constant(null)), "url": fc.oneof(text(0, 1073741824), fc.constant(null)) }, { requiredKeys: ["type","id","query"] as never[] }) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ClientFrame`. */
export function ClientFrame(): fc.Arbitrary<T.ClientFrame> {
  return fc.oneof(OpenSessionFrame(), UserMessageFrame(), ApproveFrame(), AnswerFrame(), CancelFrame(), ClientHeartbeatFrame(), ReviewFrame(), CompactFrame(), ForkSessionFrame(), RollbackFrame()) as fc.Arbitrary<never>;
}

/** Any value valid against `#/definitions/ServerFrame`. */
export function ServerFrame(): fc.Arbitrary<T.ServerFrame> {
  return fc.oneof(SessionFrame(), ItemFrame(), CommandPromptFrame(), QuestionPromptFrame(), StatusFrame(), UsageFrame(), ErrorFrame(), ServerHeartbeatFrame(), TerminateFrame(), SessionForkedFrame(), RolledBackFrame()) as fc.Arbitrary<never>;
}
