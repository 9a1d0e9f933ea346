# generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.
"""The frames of the codex-api protocol 1.1.0: one frozen dataclass per frame and per
item kind, with `from_dict` (checked decoding) and `to_dict` (the JSON object to send).

- A required field that may be null is a field that may be None; to_dict writes it as null.
- An optional field the frame does not carry is ABSENT (not None); to_dict leaves it out. For a
  field that is optional and nullable (`configOverrides.outputSchema`) None means null: "clear it".
- Forward compatibility (spec "Versioning"): fields this version does not know are ignored,
  enum values it does not know are kept as plain strings (the `Literal`s are type hints only),
  an item of an unknown `type` decodes to UnknownItem and a server frame of an unknown `type`
  to UnknownFrame. Anything else a frame breaks raises DecodeError with its JSON Pointer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Mapping, Union

from ._runtime import (
    ABSENT,
    Absent,
    DecodeError,
    Decoder,
    UnknownFrame,
    UnknownItem,
    _array,
    _boolean,
    _const,
    _encode,
    _field,
    _integer,
    _json_object,
    _json_value,
    _nullable,
    _object,
    _one_of_objects,
    _optional_field,
    _string,
    _tagged,
    _union,
    _unknown_frame,
    _unknown_item,
    parse_json,
)

__all__ = [
    "PROTOCOL_VERSION",
    "ERROR_CODES",
    "ClientFrameId",
    "ApprovalPolicy",
    "ReasoningEffort",
    "SandboxMode",
    "Decision",
    "ItemStatus",
    "JsonValue",
    "ErrorCode",
    "OpenSessionFrame",
    "ConfigOverrides",
    "UserMessageFrame",
    "ImageInputDataUrl",
    "ImageInputPath",
    "TraceContext",
    "ApproveFrame",
    "AnswerFrame",
    "CancelFrame",
    "ClientHeartbeatFrame",
    "ReviewFrame",
    "UncommittedChangesTarget",
    "BaseBranchTarget",
    "CommitTarget",
    "CustomReviewTarget",
    "CompactFrame",
    "ForkSessionFrame",
    "RollbackFrame",
    "SessionFrame",
    "SessionReplay",
    "SessionTurn",
    "ItemStartedFrame",
    "AgentMessageItem",
    "ReasoningItem",
    "CommandExecutionItem",
    "FileChangeItem",
    "FileChange",
    "ToolCallItem",
    "WebSearchItem",
    "PlanItem",
    "PlanStep",
    "UserMessageItem",
    "OtherItem",
    "ResponsesMessage",
    "ResponsesMessageContent",
    "ResponsesReasoning",
    "ResponsesReasoningSummary",
    "ResponsesFunctionCall",
    "ResponsesFunctionCallOutput",
    "ItemDeltaFrame",
    "ItemCompletedFrame",
    "CommandPromptFrame",
    "CommandPromptPermissions",
    "QuestionPromptFrame",
    "Question",
    "QuestionOption",
    "StatusFrame",
    "TokenUsage",
    "UsageFrame",
    "RateLimits",
    "RateLimitWindow",
    "ErrorFrame",
    "ServerHeartbeatFrame",
    "TerminateFrame",
    "SessionForkedFrame",
    "RolledBackFrame",
    "ImageInput",
    "ReviewTarget",
    "Item",
    "ResponsesApiItem",
    "ItemFrame",
    "ClientFrame",
    "ServerFrame",
    "decode_client_frame",
    "decode_server_frame",
    "decode_item",
]

PROTOCOL_VERSION = "1.1.0"
"""The protocol version these types were generated for (`info.version` of the spec)."""

ERROR_CODES: dict[str, bool] = {
    "invalid_json": False,
    "invalid_frame": False,
    "unknown_frame_type": False,
    "frame_too_large": False,
    "truncated": False,
    "unsupported_media_type": False,
    "unsupported_protocol_version": False,
    "no_session": False,
    "session_mismatch": False,
    "session_expired": False,
    "turn_in_progress": True,
    "turn_not_steerable": False,
    "command_not_found": False,
    "command_already_resolved": False,
    "decision_not_offered": False,
    "approval_timeout": False,
    "question_not_found": False,
    "question_already_resolved": False,
    "question_timeout": False,
    "invalid_answer": False,
    "path_not_allowed": False,
    "override_not_allowed": False,
    "engine_unavailable": True,
    "engine_error": False,
    "model_error": True,
    "model_unavailable": True,
    "overloaded": True,
    "rate_limited": True,
    "unauthorized": False,
    "shutting_down": True,
    "internal": True,
    "turn_not_found": False,
    "session_exists": False,
}
"""Every error code of this version, with whether retrying the same request later can succeed. The
list is open (a later version may add codes): treat a code that is not here by the frame's
`retryable`."""

ClientFrameId = str | int
"""Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""

ApprovalPolicy = Literal["untrusted", "on-request", "never", "suggest", "auto-edit", "full-auto"]
"""When the agent asks before acting. The Codex policies:
- `untrusted`: ask before every command and every file change;
- `on-request`: the agent runs commands and edits inside the sandbox and asks when it needs more;
- `never`: never ask; what the sandbox forbids fails.
Older names, kept as aliases:
- `suggest` = `untrusted` with sandbox `read-only`;
- `auto-edit` = `on-request` with sandbox `workspace-write`;
- `full-auto` = `never` with sandbox `workspace-write`.
An alias sets the sandbox too, unless `sandbox` is given in the same overrides.
"""

ReasoningEffort = Literal["none", "minimal", "low", "medium", "high", "xhigh"]
"""How hard the model thinks, for models that support it."""

SandboxMode = Literal["read-only", "workspace-write", "danger-full-access"]
"""What the agent's commands may touch: `read-only`, `workspace-write` (the working directory
and temp dirs), or `danger-full-access` (no sandbox; the operator must allow it).
"""

Decision = Literal["allow", "allow_for_session", "deny", "deny_and_stop"]
"""An answer to a `command_prompt`:
- `allow`: allow this once;
- `allow_for_session`: allow this and the same request again for the rest of the session;
- `deny`: refuse; the agent is told and continues the turn;
- `deny_and_stop`: refuse and stop the turn (it ends `interrupted`).
"""

ItemStatus = Literal["in_progress", "completed", "failed", "declined"]
"""`declined`: the backend (or the approval timeout) refused it."""

JsonValue = Any
"""Any JSON value."""

ErrorCode = Literal["invalid_json", "invalid_frame", "unknown_frame_type", "frame_too_large", "truncated", "unsupported_media_type", "unsupported_protocol_version", "no_session", "session_mismatch", "session_expired", "turn_in_progress", "turn_not_steerable", "command_not_found", "command_already_resolved", "decision_not_offered", "approval_timeout", "question_not_found", "question_already_resolved", "question_timeout", "invalid_answer", "path_not_allowed", "override_not_allowed", "engine_unavailable", "engine_error", "model_error", "model_unavailable", "overloaded", "rate_limited", "unauthorized", "shutting_down", "internal", "turn_not_found", "session_exists"]
"""The list of error codes. Codes are public API: they are only ever added, never renamed or
removed, and a minor version may add one (`x-open-enum`). A client meeting a code it does
not know treats it by the frame's `retryable`. `x-error-codes` gives each code's meaning
and whether retrying the same request later can succeed.
"""

@dataclass(frozen=True, kw_only=True)
class OpenSessionFrame:
    """Binds the stream to a session, new or existing; on reconnect, asks for what was missed.

    Optional first frame of a stream. Without `sessionId` the server creates a session and
    assigns its id. With the id of a session the server still holds, the stream takes that
    session over (any other stream of it gets `terminate`/`superseded`), and with `lastSeq` the
    server replays every history frame after it. With an unknown `sessionId`, a new session
    with that id is created. `configOverrides` apply to every later turn of the session.
    Answered by a `session` frame. Sent again on a bound stream, it is refused with
    `session_mismatch` (a stream serves one session).

    Wire type `open_session` (client → server).
    """

    type: ClassVar[str] = "open_session"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    last_seq: int | Absent = ABSENT
    """Per-session sequence number (see "Sequence numbers and resume")."""
    protocol_version: str | Absent = ABSENT
    """A protocol version, `MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`."""
    config_overrides: ConfigOverrides | Absent = ABSENT
    """Per-session settings. Each field given replaces the session's current value for this and
    every later turn; fields not given keep their value (initially the server's defaults).
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> OpenSessionFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "open_session", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            last_seq=_optional_field(d, "lastSeq", at, _decode_seq),
            protocol_version=_optional_field(d, "protocolVersion", at, _decode_protocol_version),
            config_overrides=_optional_field(d, "configOverrides", at, ConfigOverrides.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "open_session",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        if self.last_seq is not ABSENT:
            out["lastSeq"] = self.last_seq
        if self.protocol_version is not ABSENT:
            out["protocolVersion"] = self.protocol_version
        if self.config_overrides is not ABSENT:
            out["configOverrides"] = _encode(self.config_overrides)
        return out


@dataclass(frozen=True, kw_only=True)
class ConfigOverrides:
    """Per-session settings. Each field given replaces the session's current value for this and
    every later turn; fields not given keep their value (initially the server's defaults).
    """

    model: str | Absent = ABSENT
    """Model slug, e.g. `gpt-5.5`."""
    approval_policy: ApprovalPolicy | str | Absent = ABSENT
    """When the agent asks before acting. The Codex policies:
    - `untrusted`: ask before every command and every file change;
    - `on-request`: the agent runs commands and edits inside the sandbox and asks when it needs more;
    - `never`: never ask; what the sandbox forbids fails.
    Older names, kept as aliases:
    - `suggest` = `untrusted` with sandbox `read-only`;
    - `auto-edit` = `on-request` with sandbox `workspace-write`;
    - `full-auto` = `never` with sandbox `workspace-write`.
    An alias sets the sandbox too, unless `sandbox` is given in the same overrides.
    """
    reasoning_effort: ReasoningEffort | str | Absent = ABSENT
    """How hard the model thinks, for models that support it."""
    sandbox: SandboxMode | str | Absent = ABSENT
    """What the agent's commands may touch: `read-only`, `workspace-write` (the working directory
    and temp dirs), or `danger-full-access` (no sandbox; the operator must allow it).
    """
    cwd: str | Absent = ABSENT
    """Working directory of the session, absolute or relative to the server's default working
    directory. It must resolve inside the directories the operator allows (`path_not_allowed`).
    """
    instructions: str | Absent = ABSENT
    """Extra instructions for the agent, added to its developer instructions."""
    output_schema: dict[str, Any] | None | Absent = ABSENT
    """A JSON Schema the final answer of each turn must match; the terminal `status` then
    carries the parsed answer in `structuredOutput`. `null` clears it. At most 32 levels
    deep and 64 KiB as JSON (see "Bounded free-form JSON").
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ConfigOverrides:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            model=_optional_field(d, "model", at, _string(min_length=1, max_length=200)),
            approval_policy=_optional_field(d, "approvalPolicy", at, _string()),
            reasoning_effort=_optional_field(d, "reasoningEffort", at, _string()),
            sandbox=_optional_field(d, "sandbox", at, _string()),
            cwd=_optional_field(d, "cwd", at, _string(min_length=1, max_length=4096)),
            instructions=_optional_field(d, "instructions", at, _string(max_length=65536)),
            output_schema=_optional_field(d, "outputSchema", at, _nullable(_json_object)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.model is not ABSENT:
            out["model"] = self.model
        if self.approval_policy is not ABSENT:
            out["approvalPolicy"] = self.approval_policy
        if self.reasoning_effort is not ABSENT:
            out["reasoningEffort"] = self.reasoning_effort
        if self.sandbox is not ABSENT:
            out["sandbox"] = self.sandbox
        if self.cwd is not ABSENT:
            out["cwd"] = self.cwd
        if self.instructions is not ABSENT:
            out["instructions"] = self.instructions
        if self.output_schema is not ABSENT:
            out["outputSchema"] = self.output_schema
        return out


@dataclass(frozen=True, kw_only=True)
class UserMessageFrame:
    """Starts a turn of the agent with this prompt.

    Starts a new turn with the given text and images. As the first frame of a stream it also
    opens the session (as `open_session` would, without replay), so the simplest client needs
    one frame. `configOverrides` change the session's settings for this and every later turn.
    While a turn is running, a `user_message` is refused with `turn_in_progress`; send `cancel`
    first or wait for the terminal `status`.

    **Steering.** With `expectedTurnId`, the message does not start a turn: its text and
    images are added to the running turn with that id, which goes on with them (the engine
    cuts the model's current answer short and asks again with the new input; a message or
    reasoning that was streaming is completed at that moment with its text so far). It is accepted
    when an `item` `user_message` with `inReplyTo` = this frame's `id` arrives in that turn
    (no new `status started`). It is refused with `turn_not_steerable`, and the input is
    dropped, when that turn is not the running one (it ended, another one runs, or none does)
    or the engine does not let it be steered (a review or context compaction turn); the
    stream carries on. A steering message cannot carry `configOverrides`
    (`override_not_allowed`, with `path`).

    Wire type `user_message` (client → server).
    """

    type: ClassVar[str] = "user_message"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    content: str
    """The prompt text."""
    image_paths: list[str] | Absent = ABSENT
    """Paths of images on the server, absolute or relative to the session's working directory."""
    images: list[ImageInput] | Absent = ABSENT
    """Images as `data:` URLs or server paths."""
    config_overrides: ConfigOverrides | Absent = ABSENT
    """Per-session settings. Each field given replaces the session's current value for this and
    every later turn; fields not given keep their value (initially the server's defaults).
    """
    expected_turn_id: str | Absent = ABSENT
    """Steer: add this message to the running turn with this id instead of starting a turn
    (see the `user_message` message). Not allowed with `configOverrides`
    (`override_not_allowed`).
    """
    trace: TraceContext | Absent = ABSENT
    """W3C Trace Context for this message's turn (see "Trace context"); wins over the stream's headers."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> UserMessageFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "user_message", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            content=_field(d, "content", at, _string()),
            image_paths=_optional_field(d, "imagePaths", at, _array(_string(min_length=1, max_length=4096), max_items=32)),
            images=_optional_field(d, "images", at, _array(_decode_image_input, max_items=32)),
            config_overrides=_optional_field(d, "configOverrides", at, ConfigOverrides.from_dict),
            expected_turn_id=_optional_field(d, "expectedTurnId", at, _string(min_length=1, max_length=256)),
            trace=_optional_field(d, "trace", at, TraceContext.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "user_message",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["content"] = self.content
        if self.image_paths is not ABSENT:
            out["imagePaths"] = self.image_paths
        if self.images is not ABSENT:
            out["images"] = _encode(self.images)
        if self.config_overrides is not ABSENT:
            out["configOverrides"] = _encode(self.config_overrides)
        if self.expected_turn_id is not ABSENT:
            out["expectedTurnId"] = self.expected_turn_id
        if self.trace is not ABSENT:
            out["trace"] = _encode(self.trace)
        return out


@dataclass(frozen=True, kw_only=True)
class ImageInputDataUrl:
    """An image for the model, as a `data:` URL or a path on the server (inside the allowed directories).

    This is the shape with `dataUrl`.
    """

    data_url: str
    """A base64 `data:` URL (remote URLs are not supported by the engine)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ImageInputDataUrl:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            data_url=_field(d, "dataUrl", at, _string(pattern="^data:image/[a-zA-Z0-9.+-]+;base64,")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "dataUrl": self.data_url,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ImageInputPath:
    """An image for the model, as a `data:` URL or a path on the server (inside the allowed directories).

    This is the shape with `path`.
    """

    path: str
    """A path on the server, absolute or relative to the session's working directory."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ImageInputPath:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            path=_field(d, "path", at, _string(min_length=1, max_length=4096)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "path": self.path,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class TraceContext:
    """W3C Trace Context for this message's turn (see "Trace context"); wins over the stream's headers."""

    traceparent: str
    """A W3C `traceparent`, version `00`; the trace id and parent id must not be all zeros."""
    tracestate: str | Absent = ABSENT
    """A W3C `tracestate`, passed on as it is."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> TraceContext:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            traceparent=_field(d, "traceparent", at, _string(pattern="^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}\\Z")),
            tracestate=_optional_field(d, "tracestate", at, _string(max_length=512, pattern="^[\\x20-\\x7e]*\\Z")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "traceparent": self.traceparent,
        }
        if self.tracestate is not ABSENT:
            out["tracestate"] = self.tracestate
        return out


@dataclass(frozen=True, kw_only=True)
class ApproveFrame:
    """Resolves a pending `command_prompt` with a decision.

    Answers the `command_prompt` with the same `commandId`. The decision must be one of those the
    prompt offered. An unknown `commandId` gets `command_not_found`, one that was already
    answered (or timed out, or was resolved by `cancel`) gets `command_already_resolved`.
    As the first frame of a stream it makes a control stream (see "Control streams"): it
    answers the prompt of the session it names without taking that session over, gets its
    answer on its own stream, and the stream ends.

    Wire type `approve` (client → server).
    """

    type: ClassVar[str] = "approve"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    command_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    decision: Decision | str
    """An answer to a `command_prompt`:
    - `allow`: allow this once;
    - `allow_for_session`: allow this and the same request again for the rest of the session;
    - `deny`: refuse; the agent is told and continues the turn;
    - `deny_and_stop`: refuse and stop the turn (it ends `interrupted`).
    """
    explanation: str | Absent = ABSENT
    """Why; logged, and for a denial passed on to the agent where the engine allows."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ApproveFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "approve", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            command_id=_field(d, "commandId", at, _decode_id),
            decision=_field(d, "decision", at, _string()),
            explanation=_optional_field(d, "explanation", at, _string(max_length=65536)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "approve",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["commandId"] = self.command_id
        out["decision"] = self.decision
        if self.explanation is not ABSENT:
            out["explanation"] = self.explanation
        return out


@dataclass(frozen=True, kw_only=True)
class AnswerFrame:
    """Resolves a pending `question_prompt` with answers, form content, or a refusal.

    Answers the `question_prompt` with the same `promptId`. Its `action` is `accept` (the
    default), `decline` (refuse; the agent or MCP server is told and the turn continues) or
    `cancel` (refuse and stop the turn: it ends `interrupted`, reason `denied`).

    To accept kind `questions`, `answers` maps the id of every question to one or more
    answers (an option's `label`, or free text where the question `allowOther`s). To accept
    kind `form`, `content` holds the values, which must match the prompt's `schema`
    (property types, `required`, `enum` and option values, string lengths, number bounds).
    Accepting kind `url` carries nothing (the user did what the page asked).

    An unknown `promptId` gets `question_not_found`; one already answered (or timed out, or
    ended with its turn) gets `question_already_resolved`; answers that do not fit the
    prompt get `invalid_answer`, and the prompt stays pending, so a corrected answer can
    follow before `expiresAt`.
    As the first frame of a stream it makes a control stream (see "Control streams"): it
    answers the question of the session it names without taking that session over, gets its
    answer on its own stream, and the stream ends.

    Wire type `answer` (client → server).
    """

    type: ClassVar[str] = "answer"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    prompt_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    action: Literal["accept", "decline", "cancel"] | str | Absent = ABSENT
    """`accept` (the default), `decline`, or `cancel` (refuse and stop the turn)."""
    answers: dict[str, Any] | Absent = ABSENT
    """For kind `questions` with `accept`, the answers by question id: every question of the
    prompt, and no other key.
    """
    content: dict[str, Any] | Absent = ABSENT
    """For kind `form` with `accept`, the values by property name, matching the prompt's
    `schema`. At most 4 levels deep and 64 KiB as JSON (see "Bounded free-form JSON").
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> AnswerFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "answer", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            prompt_id=_field(d, "promptId", at, _decode_id),
            action=_optional_field(d, "action", at, _string()),
            answers=_optional_field(d, "answers", at, _json_object),
            content=_optional_field(d, "content", at, _json_object),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "answer",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["promptId"] = self.prompt_id
        if self.action is not ABSENT:
            out["action"] = self.action
        if self.answers is not ABSENT:
            out["answers"] = self.answers
        if self.content is not ABSENT:
            out["content"] = self.content
        return out


@dataclass(frozen=True, kw_only=True)
class CancelFrame:
    """Interrupts the session's running turn and resolves its pending prompts.

    Interrupts the running turn: its pending prompts are resolved as denied, commands it
    started are stopped, a message that was streaming is completed with the text so far, and
    exactly one terminal `status` with state `interrupted` follows. With no turn running (or
    when `turnId` names a turn that is not running) it is acknowledged and does nothing.
    As the first frame of a stream it makes a control stream (see "Control streams"): it acts
    on the session it names without taking it over, and the session's own stream sees the
    `interrupted` status.

    Wire type `cancel` (client → server).
    """

    type: ClassVar[str] = "cancel"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str | Absent = ABSENT
    """Cancel only if this is the running turn."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CancelFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "cancel", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            turn_id=_optional_field(d, "turnId", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "cancel",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        if self.turn_id is not ABSENT:
            out["turnId"] = self.turn_id
        return out


@dataclass(frozen=True, kw_only=True)
class ClientHeartbeatFrame:
    """Tells the server the client is alive; answered with a server heartbeat.

    Any frame counts as a sign of life; a client that has nothing else to send sends this at
    least every `heartbeatIntervalMs` (from the `session` frame). The server answers each one
    with a `heartbeat` carrying `inReplyTo` = this frame's `id`, if it had one.

    Wire type `heartbeat` (client → server).
    """

    type: ClassVar[str] = "heartbeat"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    sent_at_ms: int | Absent = ABSENT
    """Client clock, milliseconds since the epoch."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ClientHeartbeatFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "heartbeat", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            sent_at_ms=_optional_field(d, "sentAtMs", at, _integer(minimum=0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "heartbeat",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        if self.sent_at_ms is not ABSENT:
            out["sentAtMs"] = self.sent_at_ms
        return out


@dataclass(frozen=True, kw_only=True)
class ReviewFrame:
    """Starts a review turn of uncommitted changes, a base branch, a commit, or with custom instructions.

    Starts a turn in which the agent reviews code instead of changing it (the engine's
    `review/start`, run inline in the session's conversation). It is streamed and ended like
    any turn: `status started` (with `inReplyTo`), items, exactly one terminal status, and
    `cancel` stops it. The review shows as two `other` items, `engineType`
    `enteredReviewMode` (its `summary` says what is reviewed) and `exitedReviewMode` (its
    `summary` is the review as text); the terminal status carries the same text as
    `finalMessage`. The review and its result stay in the conversation, so a later
    `user_message` can refer to them. While a turn runs it is refused with
    `turn_in_progress`. As the first frame of a stream it opens the session, as
    `user_message` does.

    Wire type `review` (client → server).
    """

    type: ClassVar[str] = "review"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    target: ReviewTarget
    """What to review, in the session's working directory (a git repository):
    - `uncommitted_changes`: staged, unstaged and untracked changes;
    - `base_branch`: the changes of the current branch against `branch`;
    - `commit`: the changes of commit `sha` (`title`, e.g. its subject, is shown);
    - `custom`: whatever `instructions` ask for.
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ReviewFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "review", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            target=_field(d, "target", at, _decode_review_target),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "review",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["target"] = _encode(self.target)
        return out


@dataclass(frozen=True, kw_only=True)
class UncommittedChangesTarget:
    """The UncommittedChangesTarget object."""

    type: ClassVar[str] = "uncommitted_changes"

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> UncommittedChangesTarget:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "uncommitted_changes", at)
        return cls()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "uncommitted_changes",
        }
        return out


@dataclass(frozen=True, kw_only=True)
class BaseBranchTarget:
    """The BaseBranchTarget object."""

    type: ClassVar[str] = "base_branch"
    branch: str
    """A branch name; it may not start with `-`."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> BaseBranchTarget:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "base_branch", at)
        return cls(
            branch=_field(d, "branch", at, _string(min_length=1, max_length=256, pattern="^[A-Za-z0-9_./][A-Za-z0-9_./+@-]*\\Z")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "base_branch",
            "branch": self.branch,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class CommitTarget:
    """The CommitTarget object."""

    type: ClassVar[str] = "commit"
    sha: str
    """The commit's hash (abbreviated or full)."""
    title: str | Absent = ABSENT
    """A label for it, e.g. its subject."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CommitTarget:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "commit", at)
        return cls(
            sha=_field(d, "sha", at, _string(pattern="^[0-9a-fA-F]{4,64}\\Z")),
            title=_optional_field(d, "title", at, _string(max_length=1000)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "commit",
            "sha": self.sha,
        }
        if self.title is not ABSENT:
            out["title"] = self.title
        return out


@dataclass(frozen=True, kw_only=True)
class CustomReviewTarget:
    """The CustomReviewTarget object."""

    type: ClassVar[str] = "custom"
    instructions: str

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CustomReviewTarget:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "custom", at)
        return cls(
            instructions=_field(d, "instructions", at, _string(min_length=1, max_length=65536)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "custom",
            "instructions": self.instructions,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class CompactFrame:
    """Starts a turn that replaces the conversation so far with a summary, to free context.

    Asks the engine to compact the session's conversation (`thread/compact/start`): the model
    writes a summary, and later turns see that summary instead of the earlier messages. It
    runs as a turn: `status started` (with `inReplyTo`), an `other` item with `engineType`
    `contextCompaction`, then exactly one terminal status; `cancel` stops it. While a turn
    runs it is refused with `turn_in_progress`. Needs a session (like `approve`).

    Wire type `compact` (client → server).
    """

    type: ClassVar[str] = "compact"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CompactFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "compact", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "compact",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        return out


@dataclass(frozen=True, kw_only=True)
class ForkSessionFrame:
    """Copies the session's conversation, up to a turn, into a new session.

    Creates a new session whose conversation is this session's up to and including turn
    `atTurnId` (default: the last turn), on its own engine thread (`thread/fork`). Answered
    by a `session_forked` history frame naming the new session; the client then opens it
    with `open_session` on another stream, as any session (same token, same limits: it
    counts against the server's sessions and this connection's new-session rate). The new
    session has no history frames of its own yet (its `seq` starts at 0); its first turn
    sees the copied conversation. Files on disk are shared, not copied. Refused with
    `turn_in_progress` while a turn runs, `turn_not_found` when `atTurnId` is not a turn of
    this session (or it has none yet), `session_exists` when `newSessionId` is taken, and
    `engine_error` when the engine refuses.

    Wire type `fork_session` (client → server).
    """

    type: ClassVar[str] = "fork_session"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    at_turn_id: str | Absent = ABSENT
    """The last turn the new session keeps (default the session's last turn)."""
    new_session_id: str | Absent = ABSENT
    """The new session's id (default a server-assigned one)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ForkSessionFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "fork_session", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            at_turn_id=_optional_field(d, "atTurnId", at, _string(min_length=1, max_length=256)),
            new_session_id=_optional_field(d, "newSessionId", at, _decode_id),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "fork_session",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        if self.at_turn_id is not ABSENT:
            out["atTurnId"] = self.at_turn_id
        if self.new_session_id is not ABSENT:
            out["newSessionId"] = self.new_session_id
        return out


@dataclass(frozen=True, kw_only=True)
class RollbackFrame:
    """Removes turns from the end of the session's conversation.

    Removes turn `beforeTurnId` and every later turn from the conversation the agent sees
    (`thread/revert`), or the last `turns` turns; give exactly one of the two. It changes
    only the conversation history: **files the agent changed on disk are not reverted**. The
    session's own frame history is append-only: nothing already sent is withdrawn; the
    answer is a `rolled_back` history frame that lists the removed turns, and the next turn
    no longer sees them. Refused with `turn_in_progress` while a turn runs, `turn_not_found`
    when the turn is not one of the session's (or `turns` is more than it has),
    `invalid_frame` when both or neither field is given, and `engine_error` when the engine
    refuses.

    Wire type `rollback` (client → server).
    """

    type: ClassVar[str] = "rollback"
    id: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    before_turn_id: str | Absent = ABSENT
    """The first turn to remove; it and every later turn go."""
    turns: int | Absent = ABSENT
    """How many turns to remove from the end."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> RollbackFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "rollback", at)
        return cls(
            id=_optional_field(d, "id", at, _decode_client_frame_id),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            before_turn_id=_optional_field(d, "beforeTurnId", at, _string(min_length=1, max_length=256)),
            turns=_optional_field(d, "turns", at, _integer(minimum=1, maximum=10000)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "rollback",
        }
        if self.id is not ABSENT:
            out["id"] = self.id
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        if self.before_turn_id is not ABSENT:
            out["beforeTurnId"] = self.before_turn_id
        if self.turns is not ABSENT:
            out["turns"] = self.turns
        return out


@dataclass(frozen=True, kw_only=True)
class SessionFrame:
    """The stream is bound to this session; says whether it was resumed and what is replayed.

    Control frame. Sent once per stream, in answer to the frame that opened the session,
    before anything else of that session. `resumed` is true when the session already existed
    (a reconnect or takeover). When the opening frame carried `lastSeq`, `replay` says which
    history frames follow, and `replay.lost` how many after `lastSeq` are no longer held.

    Wire type `session` (server → client).
    """

    type: ClassVar[str] = "session"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    in_reply_to: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    protocol_version: str
    """A protocol version, `MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`."""
    resumed: bool
    """True when the session existed before this stream (reconnect or takeover)."""
    replay: SessionReplay | None
    """What is replayed after this frame; `null` when the opening frame had no `lastSeq`."""
    turn: SessionTurn | None
    """The turn running now, if any."""
    heartbeat_interval_ms: int
    """A duration in milliseconds."""
    max_frame_bytes: int
    """The largest frame the server accepts, in bytes."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> SessionFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "session", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
            protocol_version=_field(d, "protocolVersion", at, _decode_protocol_version),
            resumed=_field(d, "resumed", at, _boolean),
            replay=_field(d, "replay", at, _nullable(SessionReplay.from_dict)),
            turn=_field(d, "turn", at, _nullable(SessionTurn.from_dict)),
            heartbeat_interval_ms=_field(d, "heartbeatIntervalMs", at, _decode_duration_ms),
            max_frame_bytes=_field(d, "maxFrameBytes", at, _integer(minimum=1)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "session",
            "seq": self.seq,
            "sessionId": self.session_id,
        }
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        out["protocolVersion"] = self.protocol_version
        out["resumed"] = self.resumed
        out["replay"] = _encode(self.replay)
        out["turn"] = _encode(self.turn)
        out["heartbeatIntervalMs"] = self.heartbeat_interval_ms
        out["maxFrameBytes"] = self.max_frame_bytes
        return out


@dataclass(frozen=True, kw_only=True)
class SessionReplay:
    """The `replay` of SessionFrame."""

    from_seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    to_seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    count: int
    """Frames replayed (`toSeq - fromSeq + 1`, or 0)."""
    lost: int
    """History frames after `lastSeq` that the server no longer holds (0 = no gap)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> SessionReplay:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            from_seq=_field(d, "fromSeq", at, _decode_seq),
            to_seq=_field(d, "toSeq", at, _decode_seq),
            count=_field(d, "count", at, _integer(minimum=0)),
            lost=_field(d, "lost", at, _integer(minimum=0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "fromSeq": self.from_seq,
            "toSeq": self.to_seq,
            "count": self.count,
            "lost": self.lost,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class SessionTurn:
    """The `turn` of SessionFrame."""

    turn_id: str
    pending_command_ids: list[str]
    """Command prompts still waiting for an answer."""
    pending_prompt_ids: list[str] | Absent = ABSENT
    """Question prompts still waiting for an answer (sent when there are any)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> SessionTurn:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            turn_id=_field(d, "turnId", at, _string()),
            pending_command_ids=_field(d, "pendingCommandIds", at, _array(_decode_id)),
            pending_prompt_ids=_optional_field(d, "pendingPromptIds", at, _array(_decode_id)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "turnId": self.turn_id,
            "pendingCommandIds": self.pending_command_ids,
        }
        if self.pending_prompt_ids is not ABSENT:
            out["pendingPromptIds"] = self.pending_prompt_ids
        return out


@dataclass(frozen=True, kw_only=True)
class ItemStartedFrame:
    """The agent's work as it happens — started, delta, completed.

    History frame. Each piece of the agent's work is an item with a stable `id`: an agent
    message, reasoning, a command execution, a file change, a tool call, a web search, a plan,
    the user's own message. An item is announced with `event: started`, grows with
    `event: delta` frames (text, reasoning summary, live command output), and ends with
    `event: completed`, which carries the item's final state. The completed item is the truth;
    deltas are for liveness (some command output may only appear in the completed item).

    `responseItem` repeats the item in the shape of the OpenAI Responses API, for clients of
    the original protocol (see "Clients of the original protocol"); program against `item`.
    Which frames carry it:
    | item | `event: started` | `event: completed` |
    |---|---|---|
    | `agent_message` | — | `message` (role `assistant`, one `output_text` part) |
    | `reasoning` | — | `reasoning` (one `summary_text` part per summary part) |
    | `command_execution` | `function_call` of `shell` (`arguments`: `{"command": argv, "workdir": cwd}`) | `function_call_output` (`output`: `{"output": text, "metadata": {"exit_code", "duration_seconds"}}`) |
    | `file_change` | `function_call` of `apply_patch` (`arguments`: `{"input": patch}`) | `function_call_output` (`output`: what happened) |
    | any other kind | — | — |

    `call_id` is the item's `id`, so a call and its output pair up. The command output in
    `responseItem` is at most the last 65536 characters of the item's `output` (the whole
    output is in `item`), so the frame is never much more than twice its item.

    Wire type `item` (server → client), the `event: started` shape.
    """

    type: ClassVar[str] = "item"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    event: ClassVar[str] = "started"
    item: Item
    """One piece of the agent's work; `type` tells which."""
    response_item: ResponsesApiItem | Absent = ABSENT
    """The item in the shape of the OpenAI Responses API (`ResponseItem`), for clients of the
    original protocol (see "Clients of the original protocol" and the `item` frame's table
    of which frames carry which). `item` is the field to program against.
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ItemStartedFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "item", at)
        _const(d, "event", "started", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            item=_field(d, "item", at, _decode_item),
            response_item=_optional_field(d, "responseItem", at, _decode_responses_api_item),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "item",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "event": "started",
            "item": _encode(self.item),
        }
        if self.response_item is not ABSENT:
            out["responseItem"] = _encode(self.response_item)
        return out


@dataclass(frozen=True, kw_only=True)
class AgentMessageItem:
    """Text the agent writes to the user."""

    type: ClassVar[str] = "agent_message"
    id: str
    text: str

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> AgentMessageItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "agent_message", at)
        return cls(
            id=_field(d, "id", at, _string()),
            text=_field(d, "text", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "agent_message",
            "id": self.id,
            "text": self.text,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ReasoningItem:
    """The model's reasoning summary (and raw reasoning, when the provider sends it)."""

    type: ClassVar[str] = "reasoning"
    id: str
    summary: list[str]
    content: list[str]

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ReasoningItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "reasoning", at)
        return cls(
            id=_field(d, "id", at, _string()),
            summary=_field(d, "summary", at, _array(_string())),
            content=_field(d, "content", at, _array(_string())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "reasoning",
            "id": self.id,
            "summary": self.summary,
            "content": self.content,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class CommandExecutionItem:
    """A command the agent runs, with its live output (deltas) and exit code."""

    type: ClassVar[str] = "command_execution"
    id: str
    command: list[str]
    """The command as an argv array."""
    command_line: str
    """The command line as the engine ran it."""
    cwd: str
    status: ItemStatus | str
    """`declined`: the backend (or the approval timeout) refused it."""
    exit_code: int | None
    output: str
    """stdout and stderr, interleaved; complete on `completed`."""
    duration_ms: int | None
    process_id: str | None | Absent = ABSENT

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CommandExecutionItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "command_execution", at)
        return cls(
            id=_field(d, "id", at, _string()),
            command=_field(d, "command", at, _array(_string())),
            command_line=_field(d, "commandLine", at, _string()),
            cwd=_field(d, "cwd", at, _string()),
            status=_field(d, "status", at, _string()),
            exit_code=_field(d, "exitCode", at, _nullable(_integer())),
            output=_field(d, "output", at, _string()),
            duration_ms=_field(d, "durationMs", at, _nullable(_decode_duration_ms)),
            process_id=_optional_field(d, "processId", at, _nullable(_string())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "command_execution",
            "id": self.id,
            "command": self.command,
            "commandLine": self.command_line,
            "cwd": self.cwd,
            "status": self.status,
            "exitCode": self.exit_code,
            "output": self.output,
            "durationMs": self.duration_ms,
        }
        if self.process_id is not ABSENT:
            out["processId"] = self.process_id
        return out


@dataclass(frozen=True, kw_only=True)
class FileChangeItem:
    """File edits the agent makes, as unified diffs."""

    type: ClassVar[str] = "file_change"
    id: str
    status: ItemStatus | str
    """`declined`: the backend (or the approval timeout) refused it."""
    changes: list[FileChange]

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> FileChangeItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "file_change", at)
        return cls(
            id=_field(d, "id", at, _string()),
            status=_field(d, "status", at, _string()),
            changes=_field(d, "changes", at, _array(FileChange.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "file_change",
            "id": self.id,
            "status": self.status,
            "changes": _encode(self.changes),
        }
        return out


@dataclass(frozen=True, kw_only=True)
class FileChange:
    """The FileChange object."""

    path: str
    """Absolute path of the file."""
    kind: Literal["add", "delete", "update"] | str
    move_path: str | None | Absent = ABSENT
    """The new path when an update also renames the file."""
    diff: str
    """The change as a unified diff (for `add`, the new content as added lines)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> FileChange:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            path=_field(d, "path", at, _string()),
            kind=_field(d, "kind", at, _string()),
            move_path=_optional_field(d, "movePath", at, _nullable(_string())),
            diff=_field(d, "diff", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "path": self.path,
            "kind": self.kind,
        }
        if self.move_path is not ABSENT:
            out["movePath"] = self.move_path
        out["diff"] = self.diff
        return out


@dataclass(frozen=True, kw_only=True)
class ToolCallItem:
    """A call to an MCP server tool or another tool the engine offers."""

    type: ClassVar[str] = "tool_call"
    id: str
    server: str | None | Absent = ABSENT
    """The MCP server, for MCP tools."""
    tool: str
    arguments: JsonValue
    """The tool's arguments, as JSON."""
    status: ItemStatus | str
    """`declined`: the backend (or the approval timeout) refused it."""
    result: JsonValue
    """The tool's result, as JSON, once completed (`null` before)."""
    error: str | None
    duration_ms: int | None | Absent = ABSENT

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ToolCallItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "tool_call", at)
        return cls(
            id=_field(d, "id", at, _string()),
            server=_optional_field(d, "server", at, _nullable(_string())),
            tool=_field(d, "tool", at, _string()),
            arguments=_field(d, "arguments", at, _json_value),
            status=_field(d, "status", at, _string()),
            result=_field(d, "result", at, _json_value),
            error=_field(d, "error", at, _nullable(_string())),
            duration_ms=_optional_field(d, "durationMs", at, _nullable(_decode_duration_ms)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "tool_call",
            "id": self.id,
        }
        if self.server is not ABSENT:
            out["server"] = self.server
        out["tool"] = self.tool
        out["arguments"] = self.arguments
        out["status"] = self.status
        out["result"] = self.result
        out["error"] = self.error
        if self.duration_ms is not ABSENT:
            out["durationMs"] = self.duration_ms
        return out


@dataclass(frozen=True, kw_only=True)
class WebSearchItem:
    """A web search the agent makes."""

    type: ClassVar[str] = "web_search"
    id: str
    query: str | None
    url: str | None | Absent = ABSENT
    """The page opened or searched in, for those actions."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> WebSearchItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "web_search", at)
        return cls(
            id=_field(d, "id", at, _string()),
            query=_field(d, "query", at, _nullable(_string())),
            url=_optional_field(d, "url", at, _nullable(_string())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "web_search",
            "id": self.id,
            "query": self.query,
        }
        if self.url is not ABSENT:
            out["url"] = self.url
        return out


@dataclass(frozen=True, kw_only=True)
class PlanItem:
    """The agent's plan for the turn."""

    type: ClassVar[str] = "plan"
    id: str
    text: str
    steps: list[PlanStep]

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> PlanItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "plan", at)
        return cls(
            id=_field(d, "id", at, _string()),
            text=_field(d, "text", at, _string()),
            steps=_field(d, "steps", at, _array(PlanStep.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "plan",
            "id": self.id,
            "text": self.text,
            "steps": _encode(self.steps),
        }
        return out


@dataclass(frozen=True, kw_only=True)
class PlanStep:
    """The `step` of PlanItem."""

    step: str
    status: Literal["pending", "in_progress", "completed"] | str

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> PlanStep:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            step=_field(d, "step", at, _string()),
            status=_field(d, "status", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "step": self.step,
            "status": self.status,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class UserMessageItem:
    """The user's message as the agent received it."""

    type: ClassVar[str] = "user_message"
    id: str
    text: str
    image_count: int | Absent = ABSENT
    in_reply_to: ClientFrameId | Absent = ABSENT
    """For input added to a running turn by a steering `user_message`, that frame's `id`."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> UserMessageItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "user_message", at)
        return cls(
            id=_field(d, "id", at, _string()),
            text=_field(d, "text", at, _string()),
            image_count=_optional_field(d, "imageCount", at, _integer(minimum=0)),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "user_message",
            "id": self.id,
            "text": self.text,
        }
        if self.image_count is not ABSENT:
            out["imageCount"] = self.image_count
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        return out


@dataclass(frozen=True, kw_only=True)
class OtherItem:
    """Work of a kind this protocol version does not describe in detail (e.g. context compaction,
    image view). Clients should show or ignore it, never fail on it.
    """

    type: ClassVar[str] = "other"
    id: str
    engine_type: str
    """The engine's name for the item kind."""
    summary: str | Absent = ABSENT
    """A one-line human description."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> OtherItem:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "other", at)
        return cls(
            id=_field(d, "id", at, _string()),
            engine_type=_field(d, "engineType", at, _string()),
            summary=_optional_field(d, "summary", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "other",
            "id": self.id,
            "engineType": self.engine_type,
        }
        if self.summary is not ABSENT:
            out["summary"] = self.summary
        return out


@dataclass(frozen=True, kw_only=True)
class ResponsesMessage:
    """An `agent_message`, as the assistant message of the Responses API."""

    type: ClassVar[str] = "message"
    id: str
    """The item's `id`."""
    role: ClassVar[str] = "assistant"
    status: ClassVar[str] = "completed"
    content: list[ResponsesMessageContent]

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ResponsesMessage:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "message", at)
        _const(d, "role", "assistant", at)
        _const(d, "status", "completed", at)
        return cls(
            id=_field(d, "id", at, _string()),
            content=_field(d, "content", at, _array(ResponsesMessageContent.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "message",
            "id": self.id,
            "role": "assistant",
            "status": "completed",
            "content": _encode(self.content),
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ResponsesMessageContent:
    """The `content` of ResponsesMessage."""

    type: ClassVar[str] = "output_text"
    text: str
    """The message's text (the item's `text`)."""
    annotations: list[JsonValue]
    """Always empty."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ResponsesMessageContent:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "output_text", at)
        return cls(
            text=_field(d, "text", at, _string()),
            annotations=_field(d, "annotations", at, _array(_json_value, max_items=0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "output_text",
            "text": self.text,
            "annotations": self.annotations,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ResponsesReasoning:
    """A `reasoning` item, as the reasoning item of the Responses API (its summary only)."""

    type: ClassVar[str] = "reasoning"
    id: str
    """The item's `id`."""
    summary: list[ResponsesReasoningSummary]

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ResponsesReasoning:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "reasoning", at)
        return cls(
            id=_field(d, "id", at, _string()),
            summary=_field(d, "summary", at, _array(ResponsesReasoningSummary.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "reasoning",
            "id": self.id,
            "summary": _encode(self.summary),
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ResponsesReasoningSummary:
    """The `summary` of ResponsesReasoning."""

    type: ClassVar[str] = "summary_text"
    text: str

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ResponsesReasoningSummary:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "summary_text", at)
        return cls(
            text=_field(d, "text", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "summary_text",
            "text": self.text,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ResponsesFunctionCall:
    """The start of a `command_execution` (`name` `shell`; `arguments` is the JSON text of
    `{"command": argv, "workdir": cwd}`) or of a `file_change` (`name` `apply_patch`;
    `arguments` is the JSON text of `{"input": patch}`, the changes in Codex's patch format:
    `*** Begin Patch`, then per file `*** Add File: path`, `*** Delete File: path` or
    `*** Update File: path` (and `*** Move to: path`) followed by its unified diff lines, then
    `*** End Patch`).
    """

    type: ClassVar[str] = "function_call"
    call_id: str
    """The item's `id`; the `function_call_output` has the same."""
    name: Literal["shell", "apply_patch"] | str
    arguments: str
    """JSON text of the call's arguments."""
    status: ClassVar[str] = "in_progress"

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ResponsesFunctionCall:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "function_call", at)
        _const(d, "status", "in_progress", at)
        return cls(
            call_id=_field(d, "call_id", at, _string()),
            name=_field(d, "name", at, _string()),
            arguments=_field(d, "arguments", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "function_call",
            "call_id": self.call_id,
            "name": self.name,
            "arguments": self.arguments,
            "status": "in_progress",
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ResponsesFunctionCallOutput:
    """The end of a `command_execution` or `file_change`. For a command, `output` is the JSON
    text of `{"output": text, "metadata": {"exit_code": int or null, "duration_seconds":
    number or null}}`, where `text` is at most the last 65536 characters of the item's
    `output` (and says it was shortened); for a file change, a line saying what happened
    (`Success. Updated the following files:` and one `A`/`M`/`D` line per file, or that it was
    declined or failed).
    """

    type: ClassVar[str] = "function_call_output"
    call_id: str
    """The item's `id`, as in the `function_call`."""
    output: str

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ResponsesFunctionCallOutput:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "function_call_output", at)
        return cls(
            call_id=_field(d, "call_id", at, _string()),
            output=_field(d, "output", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "function_call_output",
            "call_id": self.call_id,
            "output": self.output,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ItemDeltaFrame:
    """The agent's work as it happens — started, delta, completed.

    History frame. Each piece of the agent's work is an item with a stable `id`: an agent
    message, reasoning, a command execution, a file change, a tool call, a web search, a plan,
    the user's own message. An item is announced with `event: started`, grows with
    `event: delta` frames (text, reasoning summary, live command output), and ends with
    `event: completed`, which carries the item's final state. The completed item is the truth;
    deltas are for liveness (some command output may only appear in the completed item).

    `responseItem` repeats the item in the shape of the OpenAI Responses API, for clients of
    the original protocol (see "Clients of the original protocol"); program against `item`.
    Which frames carry it:
    | item | `event: started` | `event: completed` |
    |---|---|---|
    | `agent_message` | — | `message` (role `assistant`, one `output_text` part) |
    | `reasoning` | — | `reasoning` (one `summary_text` part per summary part) |
    | `command_execution` | `function_call` of `shell` (`arguments`: `{"command": argv, "workdir": cwd}`) | `function_call_output` (`output`: `{"output": text, "metadata": {"exit_code", "duration_seconds"}}`) |
    | `file_change` | `function_call` of `apply_patch` (`arguments`: `{"input": patch}`) | `function_call_output` (`output`: what happened) |
    | any other kind | — | — |

    `call_id` is the item's `id`, so a call and its output pair up. The command output in
    `responseItem` is at most the last 65536 characters of the item's `output` (the whole
    output is in `item`), so the frame is never much more than twice its item.

    Wire type `item` (server → client), the `event: delta` shape.
    """

    type: ClassVar[str] = "item"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    event: ClassVar[str] = "delta"
    item_id: str
    item_type: Literal["agent_message", "reasoning", "command_execution", "plan"] | str
    field: Literal["text", "summary", "content", "output"] | str
    """Which field of the item the delta appends to: `text` (agent_message, plan),
    `summary` / `content` (reasoning; part `index`), `output` (command_execution).
    """
    index: int | Absent = ABSENT
    """For `summary` and `content`, the index of the part the delta appends to."""
    delta: str
    """Text to append to `field`. One frame may carry several of the engine's deltas joined:
    deltas of one item that the server reads from the engine at once go out as one frame,
    and while the engine's output is heavy (many turns streaming at once) so do those that
    come within the server's `--engine-delta-join-ms` (50 ms by default). How the text is
    cut into frames says nothing about how the model produced it.
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ItemDeltaFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "item", at)
        _const(d, "event", "delta", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            item_id=_field(d, "itemId", at, _string()),
            item_type=_field(d, "itemType", at, _string()),
            field=_field(d, "field", at, _string()),
            index=_optional_field(d, "index", at, _integer(minimum=0)),
            delta=_field(d, "delta", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "item",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "event": "delta",
            "itemId": self.item_id,
            "itemType": self.item_type,
            "field": self.field,
        }
        if self.index is not ABSENT:
            out["index"] = self.index
        out["delta"] = self.delta
        return out


@dataclass(frozen=True, kw_only=True)
class ItemCompletedFrame:
    """The agent's work as it happens — started, delta, completed.

    History frame. Each piece of the agent's work is an item with a stable `id`: an agent
    message, reasoning, a command execution, a file change, a tool call, a web search, a plan,
    the user's own message. An item is announced with `event: started`, grows with
    `event: delta` frames (text, reasoning summary, live command output), and ends with
    `event: completed`, which carries the item's final state. The completed item is the truth;
    deltas are for liveness (some command output may only appear in the completed item).

    `responseItem` repeats the item in the shape of the OpenAI Responses API, for clients of
    the original protocol (see "Clients of the original protocol"); program against `item`.
    Which frames carry it:
    | item | `event: started` | `event: completed` |
    |---|---|---|
    | `agent_message` | — | `message` (role `assistant`, one `output_text` part) |
    | `reasoning` | — | `reasoning` (one `summary_text` part per summary part) |
    | `command_execution` | `function_call` of `shell` (`arguments`: `{"command": argv, "workdir": cwd}`) | `function_call_output` (`output`: `{"output": text, "metadata": {"exit_code", "duration_seconds"}}`) |
    | `file_change` | `function_call` of `apply_patch` (`arguments`: `{"input": patch}`) | `function_call_output` (`output`: what happened) |
    | any other kind | — | — |

    `call_id` is the item's `id`, so a call and its output pair up. The command output in
    `responseItem` is at most the last 65536 characters of the item's `output` (the whole
    output is in `item`), so the frame is never much more than twice its item.

    Wire type `item` (server → client), the `event: completed` shape.
    """

    type: ClassVar[str] = "item"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    event: ClassVar[str] = "completed"
    item: Item
    """One piece of the agent's work; `type` tells which."""
    response_item: ResponsesApiItem | Absent = ABSENT
    """The item in the shape of the OpenAI Responses API (`ResponseItem`), for clients of the
    original protocol (see "Clients of the original protocol" and the `item` frame's table
    of which frames carry which). `item` is the field to program against.
    """

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ItemCompletedFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "item", at)
        _const(d, "event", "completed", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            item=_field(d, "item", at, _decode_item),
            response_item=_optional_field(d, "responseItem", at, _decode_responses_api_item),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "item",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "event": "completed",
            "item": _encode(self.item),
        }
        if self.response_item is not ABSENT:
            out["responseItem"] = _encode(self.response_item)
        return out


@dataclass(frozen=True, kw_only=True)
class CommandPromptFrame:
    """The agent waits for the backend to allow or deny a command, file change or permission.

    History frame. The agent wants to run a command, apply a file change or widen its
    permissions and waits for an `approve` with this `commandId`. `decisions` lists the answers
    on offer. If no answer arrives by `expiresAt` the server denies it (fails closed) and sends
    an `error` with code `approval_timeout` and this `commandId`. A `cancel` resolves every
    pending prompt of the session as denied.

    Wire type `command_prompt` (server → client).
    """

    type: ClassVar[str] = "command_prompt"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    command_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    kind: Literal["command", "file_change", "permissions"] | str
    """What the agent asks to do."""
    item_id: str
    """The `item` this prompt is about (the command execution or file change)."""
    command: list[str]
    """For `command`, the command as an argv array; empty otherwise."""
    command_line: str | Absent = ABSENT
    """For `command`, the command line as the engine would run it."""
    cwd: str | Absent = ABSENT
    """For `command`, its working directory."""
    explanation: str
    """The agent's reason for asking (may be empty)."""
    changes: list[FileChange] | Absent = ABSENT
    """For `file_change`, the diffs."""
    permissions: CommandPromptPermissions | Absent = ABSENT
    """For `permissions`, what the agent asks for."""
    decisions: list[Decision | str]
    timeout_ms: int
    """A duration in milliseconds."""
    expires_at: str
    """When the prompt is denied if unanswered."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CommandPromptFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "command_prompt", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            command_id=_field(d, "commandId", at, _decode_id),
            kind=_field(d, "kind", at, _string()),
            item_id=_field(d, "itemId", at, _string()),
            command=_field(d, "command", at, _array(_string())),
            command_line=_optional_field(d, "commandLine", at, _string()),
            cwd=_optional_field(d, "cwd", at, _string()),
            explanation=_field(d, "explanation", at, _string()),
            changes=_optional_field(d, "changes", at, _array(FileChange.from_dict)),
            permissions=_optional_field(d, "permissions", at, CommandPromptPermissions.from_dict),
            decisions=_field(d, "decisions", at, _array(_string(), min_items=1, unique=True)),
            timeout_ms=_field(d, "timeoutMs", at, _decode_duration_ms),
            expires_at=_field(d, "expiresAt", at, _string(date_time=True)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "command_prompt",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "commandId": self.command_id,
            "kind": self.kind,
            "itemId": self.item_id,
            "command": self.command,
        }
        if self.command_line is not ABSENT:
            out["commandLine"] = self.command_line
        if self.cwd is not ABSENT:
            out["cwd"] = self.cwd
        out["explanation"] = self.explanation
        if self.changes is not ABSENT:
            out["changes"] = _encode(self.changes)
        if self.permissions is not ABSENT:
            out["permissions"] = _encode(self.permissions)
        out["decisions"] = self.decisions
        out["timeoutMs"] = self.timeout_ms
        out["expiresAt"] = self.expires_at
        return out


@dataclass(frozen=True, kw_only=True)
class CommandPromptPermissions:
    """For `permissions`, what the agent asks for."""

    network: bool | Absent = ABSENT
    read_paths: list[str] | Absent = ABSENT
    write_paths: list[str] | Absent = ABSENT

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> CommandPromptPermissions:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            network=_optional_field(d, "network", at, _boolean),
            read_paths=_optional_field(d, "readPaths", at, _array(_string())),
            write_paths=_optional_field(d, "writePaths", at, _array(_string())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.network is not ABSENT:
            out["network"] = self.network
        if self.read_paths is not ABSENT:
            out["readPaths"] = self.read_paths
        if self.write_paths is not ABSENT:
            out["writePaths"] = self.write_paths
        return out


@dataclass(frozen=True, kw_only=True)
class QuestionPromptFrame:
    """The agent, or an MCP server it uses, asks the user something and waits for an `answer`.

    History frame. The turn waits for an `answer` with this `promptId`. `kind` says what is
    asked.

    Kind `questions`: the agent asks one or more questions (`questions`), each with options
    to pick from and/or free text (`allowOther`); `secret` marks an answer that should not
    be shown or stored in clear.

    Kind `form`: an MCP server (`serverName`) asks for values described by `schema`, a flat
    JSON Schema object whose properties are strings, numbers, integers, booleans, or enums
    (one value or several), with `message` saying why. The engine also asks this way before
    running an MCP tool that needs approval: then `schema` has no properties and `accept`
    allows the call.

    Kind `url`: an MCP server asks the user to open `url` and accept when done.

    Replayed and resumed like every history frame: a client that reconnects sees an
    unanswered prompt again, and the `session` frame lists it in `turn.pendingPromptIds`.
    If no answer arrives by `expiresAt` the server resolves it fail-closed — the questions
    get no answers, a form or url is declined — and sends an `error` with code
    `question_timeout` and this `promptId`; the turn goes on. A `cancel` resolves it the same
    way. A client written for 1.0 does not know this frame and skips it (see "Versioning"),
    so the agent waits until `expiresAt`, then carries on without an answer.

    Wire type `question_prompt` (server → client).
    """

    type: ClassVar[str] = "question_prompt"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    prompt_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    kind: Literal["questions", "form", "url"] | str
    """What is asked (see the `question_prompt` message)."""
    item_id: str | Absent = ABSENT
    """For `questions`, the id of the agent's tool call that asks."""
    server_name: str | Absent = ABSENT
    """For `form` and `url`, the MCP server that asks."""
    message: str
    """For `form` and `url`, what the MCP server says (may be empty); empty for `questions`."""
    questions: list[Question] | Absent = ABSENT
    """For `questions`, the questions, in order (at most 16)."""
    schema: dict[str, Any] | Absent = ABSENT
    """For `form`, the JSON Schema of the values asked for (an object of flat properties)."""
    url: str | Absent = ABSENT
    """For `url`, the page the user should open."""
    timeout_ms: int
    """A duration in milliseconds."""
    expires_at: str
    """When the prompt is resolved without an answer (fail closed) if unanswered."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> QuestionPromptFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "question_prompt", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            prompt_id=_field(d, "promptId", at, _decode_id),
            kind=_field(d, "kind", at, _string()),
            item_id=_optional_field(d, "itemId", at, _string()),
            server_name=_optional_field(d, "serverName", at, _string()),
            message=_field(d, "message", at, _string()),
            questions=_optional_field(d, "questions", at, _array(Question.from_dict)),
            schema=_optional_field(d, "schema", at, _json_object),
            url=_optional_field(d, "url", at, _string()),
            timeout_ms=_field(d, "timeoutMs", at, _decode_duration_ms),
            expires_at=_field(d, "expiresAt", at, _string(date_time=True)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "question_prompt",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "promptId": self.prompt_id,
            "kind": self.kind,
        }
        if self.item_id is not ABSENT:
            out["itemId"] = self.item_id
        if self.server_name is not ABSENT:
            out["serverName"] = self.server_name
        out["message"] = self.message
        if self.questions is not ABSENT:
            out["questions"] = _encode(self.questions)
        if self.schema is not ABSENT:
            out["schema"] = self.schema
        if self.url is not ABSENT:
            out["url"] = self.url
        out["timeoutMs"] = self.timeout_ms
        out["expiresAt"] = self.expires_at
        return out


@dataclass(frozen=True, kw_only=True)
class Question:
    """The Question object."""

    id: str
    """The key of this question's answer in `answer.answers`."""
    header: str
    """A short label for the question."""
    question: str
    options: list[QuestionOption]
    """Choices to pick from (at most 32; may be empty)."""
    allow_other: bool
    """Whether a free-text answer other than the options' labels is accepted."""
    secret: bool
    """The answer is sensitive (hide it while typed; do not log it)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> Question:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            id=_field(d, "id", at, _string()),
            header=_field(d, "header", at, _string()),
            question=_field(d, "question", at, _string()),
            options=_field(d, "options", at, _array(QuestionOption.from_dict)),
            allow_other=_field(d, "allowOther", at, _boolean),
            secret=_field(d, "secret", at, _boolean),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "id": self.id,
            "header": self.header,
            "question": self.question,
            "options": _encode(self.options),
            "allowOther": self.allow_other,
            "secret": self.secret,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class QuestionOption:
    """The `option` of Question."""

    label: str
    """What to send as the answer to pick this option."""
    description: str

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> QuestionOption:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            label=_field(d, "label", at, _string()),
            description=_field(d, "description", at, _string()),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "label": self.label,
            "description": self.description,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class StatusFrame:
    """Turn lifecycle — started, then exactly one of completed, interrupted, failed.

    History frame. `started` when a turn begins (with `inReplyTo` = the `id` of the
    `user_message` that started it). Every turn then ends with exactly one terminal status:
    `completed`, `interrupted` (cancel, deny-and-stop, shutdown) or `failed` (the model or the
    engine failed; `reason` and `message` say why), with token usage and duration. Every
    status has `message`, one line for people (see "Clients of the original protocol");
    program against `state` and `reason`.

    Wire type `status` (server → client).
    """

    type: ClassVar[str] = "status"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    state: Literal["started", "completed", "interrupted", "failed"] | str
    """`started`, then exactly one terminal state per turn."""
    in_reply_to: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    reason: Literal["cancelled", "denied", "shutdown", "model_error", "engine_error", "engine_exited", "watchdog", "internal"] | str | Absent = ABSENT
    """Why a turn ended `interrupted` or `failed`: `cancelled` (a `cancel` frame), `denied`
    (a `deny_and_stop` answer or an approval timeout), `shutdown` (server stopping),
    `model_error`, `engine_error`, `engine_exited` (the engine process died), `watchdog`
    (the engine stopped answering), `internal`.
    """
    message: str
    """One line for people: "Agent processing..." (`started`), "Agent run completed."
    (`completed`), "Agent run cancelled by client." (`interrupted` by a `cancel`), another
    line for the other interruptions, and for `failed` what went wrong, in words. Its
    wording may change; program against `state` and `reason`.
    """
    retryable: bool | Absent = ABSENT
    """For `failed`, whether sending the message again may succeed."""
    usage: TokenUsage | Absent = ABSENT
    """Tokens used by the turn, summed over its model requests."""
    duration_ms: int | Absent = ABSENT
    """A duration in milliseconds."""
    final_message: str | None | Absent = ABSENT
    """For `completed`, the agent's last message of the turn."""
    structured_output: JsonValue | Absent = ABSENT
    """For `completed` with an `outputSchema`, the final message parsed as JSON."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> StatusFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "status", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            state=_field(d, "state", at, _string()),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
            reason=_optional_field(d, "reason", at, _string()),
            message=_field(d, "message", at, _string()),
            retryable=_optional_field(d, "retryable", at, _boolean),
            usage=_optional_field(d, "usage", at, TokenUsage.from_dict),
            duration_ms=_optional_field(d, "durationMs", at, _decode_duration_ms),
            final_message=_optional_field(d, "finalMessage", at, _nullable(_string())),
            structured_output=_optional_field(d, "structuredOutput", at, _json_value),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "status",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "state": self.state,
        }
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        if self.reason is not ABSENT:
            out["reason"] = self.reason
        out["message"] = self.message
        if self.retryable is not ABSENT:
            out["retryable"] = self.retryable
        if self.usage is not ABSENT:
            out["usage"] = _encode(self.usage)
        if self.duration_ms is not ABSENT:
            out["durationMs"] = self.duration_ms
        if self.final_message is not ABSENT:
            out["finalMessage"] = self.final_message
        if self.structured_output is not ABSENT:
            out["structuredOutput"] = self.structured_output
        return out


@dataclass(frozen=True, kw_only=True)
class TokenUsage:
    """Tokens used by the turn, summed over its model requests."""

    input_tokens: int
    cached_input_tokens: int
    output_tokens: int
    reasoning_output_tokens: int
    total_tokens: int

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> TokenUsage:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            input_tokens=_field(d, "inputTokens", at, _integer(minimum=0)),
            cached_input_tokens=_field(d, "cachedInputTokens", at, _integer(minimum=0)),
            output_tokens=_field(d, "outputTokens", at, _integer(minimum=0)),
            reasoning_output_tokens=_field(d, "reasoningOutputTokens", at, _integer(minimum=0)),
            total_tokens=_field(d, "totalTokens", at, _integer(minimum=0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "inputTokens": self.input_tokens,
            "cachedInputTokens": self.cached_input_tokens,
            "outputTokens": self.output_tokens,
            "reasoningOutputTokens": self.reasoning_output_tokens,
            "totalTokens": self.total_tokens,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class UsageFrame:
    """Live token usage of the running turn, the context window and rate limits, after each model request.

    History frame (sequenced, replayed on resume like the others, so a resumed client sees the
    context use as it was). Sent during a turn after each model request the engine reports
    usage for: `last` is that request's usage, `turn` the turn's so far (the sum of its
    requests' `last`, as in the terminal `status`), `total` the whole session's as the engine
    counts it, and `contextWindow` the tokens the model's context holds (`null` when not
    known). The share of the context in use is about `last.totalTokens / contextWindow`.
    `rateLimits`, when the model provider reports them (e.g. a ChatGPT plan's Codex limits; not
    an API key), is the latest snapshot of the account's limits; when they change, a running
    turn that already had a `usage` frame gets another one with the same token counts and the
    new limits (the engine often reports them just after a request's usage). The terminal `status` still
    carries the turn's usage; a client may ignore `usage` frames (1.0 clients skip the type).

    Wire type `usage` (server → client).
    """

    type: ClassVar[str] = "usage"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    turn_id: str
    last: TokenUsage
    """The latest model request's usage."""
    turn: TokenUsage
    """The turn's usage so far."""
    total: TokenUsage
    """The session's usage over all its turns, as the engine counts it."""
    context_window: int | None
    """The model's context window in tokens, when known."""
    rate_limits: RateLimits | Absent = ABSENT
    """The account's rate limits as the model provider last reported them; a window it did not report is left out."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> UsageFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "usage", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            turn_id=_field(d, "turnId", at, _string()),
            last=_field(d, "last", at, TokenUsage.from_dict),
            turn=_field(d, "turn", at, TokenUsage.from_dict),
            total=_field(d, "total", at, TokenUsage.from_dict),
            context_window=_field(d, "contextWindow", at, _nullable(_integer(minimum=0))),
            rate_limits=_optional_field(d, "rateLimits", at, RateLimits.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "usage",
            "seq": self.seq,
            "sessionId": self.session_id,
            "turnId": self.turn_id,
            "last": _encode(self.last),
            "turn": _encode(self.turn),
            "total": _encode(self.total),
            "contextWindow": self.context_window,
        }
        if self.rate_limits is not ABSENT:
            out["rateLimits"] = _encode(self.rate_limits)
        return out


@dataclass(frozen=True, kw_only=True)
class RateLimits:
    """The account's rate limits as the model provider last reported them; a window it did not report is left out."""

    primary: RateLimitWindow | Absent = ABSENT
    secondary: RateLimitWindow | Absent = ABSENT

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> RateLimits:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            primary=_optional_field(d, "primary", at, RateLimitWindow.from_dict),
            secondary=_optional_field(d, "secondary", at, RateLimitWindow.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.primary is not ABSENT:
            out["primary"] = _encode(self.primary)
        if self.secondary is not ABSENT:
            out["secondary"] = _encode(self.secondary)
        return out


@dataclass(frozen=True, kw_only=True)
class RateLimitWindow:
    """The RateLimitWindow object."""

    used_percent: int
    """How much of the window's allowance is used, in whole percent."""
    window_minutes: int | None
    """The length of the window, when known."""
    resets_at: str | None
    """When the window resets, when known."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> RateLimitWindow:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        return cls(
            used_percent=_field(d, "usedPercent", at, _integer(minimum=0)),
            window_minutes=_field(d, "windowMinutes", at, _nullable(_integer(minimum=0))),
            resets_at=_field(d, "resetsAt", at, _nullable(_string(date_time=True))),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "usedPercent": self.used_percent,
            "windowMinutes": self.window_minutes,
            "resetsAt": self.resets_at,
        }
        return out


@dataclass(frozen=True, kw_only=True)
class ErrorFrame:
    """Something the client sent or asked for went wrong; says what, and whether to retry.

    History frame when the stream is bound to a session; control frame (no `sessionId`)
    before that. `code` is from the closed `ErrorCode` list; `message` says what was wrong and
    what to do; `path` is the JSON Pointer of the offending value for frames that do not match
    their schema; `inReplyTo` is the `id` of the offending frame, when it had one.

    Wire type `error` (server → client).
    """

    type: ClassVar[str] = "error"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    code: ErrorCode | str
    """The list of error codes. Codes are public API: they are only ever added, never renamed or
    removed, and a minor version may add one (`x-open-enum`). A client meeting a code it does
    not know treats it by the frame's `retryable`. `x-error-codes` gives each code's meaning
    and whether retrying the same request later can succeed.
    """
    message: str
    """What was wrong and what to do about it."""
    retryable: bool
    """Whether the same request may succeed later."""
    path: str | Absent = ABSENT
    """For `invalid_frame`, the JSON Pointer of the offending value in the frame (`""` = the whole frame)."""
    in_reply_to: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    frame_type: str | Absent = ABSENT
    """The `type` of the offending frame, when known."""
    command_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    prompt_id: str | Absent = ABSENT
    """For errors about a `question_prompt` or an `answer`, the prompt's id."""
    turn_id: str | Absent = ABSENT
    retry_after_ms: int | Absent = ABSENT
    """A duration in milliseconds."""
    attempt: int | Absent = ABSENT
    """For `model_unavailable`, which retry of this turn this is (1 = the first)."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ErrorFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "error", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            code=_field(d, "code", at, _string()),
            message=_field(d, "message", at, _string()),
            retryable=_field(d, "retryable", at, _boolean),
            path=_optional_field(d, "path", at, _string()),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
            frame_type=_optional_field(d, "frameType", at, _string()),
            command_id=_optional_field(d, "commandId", at, _decode_id),
            prompt_id=_optional_field(d, "promptId", at, _decode_id),
            turn_id=_optional_field(d, "turnId", at, _string()),
            retry_after_ms=_optional_field(d, "retryAfterMs", at, _decode_duration_ms),
            attempt=_optional_field(d, "attempt", at, _integer(minimum=1)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "error",
            "seq": self.seq,
        }
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["code"] = self.code
        out["message"] = self.message
        out["retryable"] = self.retryable
        if self.path is not ABSENT:
            out["path"] = self.path
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        if self.frame_type is not ABSENT:
            out["frameType"] = self.frame_type
        if self.command_id is not ABSENT:
            out["commandId"] = self.command_id
        if self.prompt_id is not ABSENT:
            out["promptId"] = self.prompt_id
        if self.turn_id is not ABSENT:
            out["turnId"] = self.turn_id
        if self.retry_after_ms is not ABSENT:
            out["retryAfterMs"] = self.retry_after_ms
        if self.attempt is not ABSENT:
            out["attempt"] = self.attempt
        return out


@dataclass(frozen=True, kw_only=True)
class ServerHeartbeatFrame:
    """Tells the client the server is alive; answers client heartbeats.

    Control frame, sent every `heartbeatIntervalMs` while nothing else was sent, and in answer
    to each client `heartbeat` (`inReplyTo` = its `id`). `seq` is the last history frame sent
    on this stream, so a client can check it has seen everything. On a control stream it is
    the acknowledgement of the `approve` or `cancel` (see "Control streams"). `timestamp` and
    `sentAtMs` are the same instant.

    Wire type `heartbeat` (server → client).
    """

    type: ClassVar[str] = "heartbeat"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    sent_at_ms: int
    """Server clock, milliseconds since the epoch."""
    timestamp: str
    """The same instant as `sentAtMs`, as an ISO 8601 date-time in UTC (`2026-11-30T08:00:00.000Z`)."""
    in_reply_to: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> ServerHeartbeatFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "heartbeat", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            sent_at_ms=_field(d, "sentAtMs", at, _integer(minimum=0)),
            timestamp=_field(d, "timestamp", at, _string(date_time=True)),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "heartbeat",
            "seq": self.seq,
        }
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["sentAtMs"] = self.sent_at_ms
        out["timestamp"] = self.timestamp
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        return out


@dataclass(frozen=True, kw_only=True)
class TerminateFrame:
    """The final frame of a stream, with the reason.

    Control frame, always the last one on a stream. The session itself is kept unless the
    reason is `session_expired`: reconnect with `open_session` and `lastSeq` to continue.

    Wire type `terminate` (server → client).
    """

    type: ClassVar[str] = "terminate"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str | Absent = ABSENT
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    reason: Literal["superseded", "shutdown", "heartbeat_timeout", "protocol_error", "slow_consumer", "session_expired", "client_closed"] | str
    """- `superseded`: another stream opened this session;
    - `shutdown`: the server is stopping;
    - `heartbeat_timeout`: nothing arrived from the client for too long;
    - `protocol_error`: the request body can no longer be read (see the preceding `error`);
    - `slow_consumer`: the client read too slowly and the stream's queue filled up;
    - `session_expired`: the session was closed by the server (idle past its TTL);
    - `client_closed`: the client ended its request body and the server has nothing more to send, or a control stream got its one answer (see "Control streams").
    """
    message: str
    reconnect: bool
    """Whether reconnecting (with `lastSeq`) is expected to work."""
    retry_after_ms: int | Absent = ABSENT
    """A duration in milliseconds."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> TerminateFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "terminate", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_optional_field(d, "sessionId", at, _decode_id),
            reason=_field(d, "reason", at, _string()),
            message=_field(d, "message", at, _string()),
            reconnect=_field(d, "reconnect", at, _boolean),
            retry_after_ms=_optional_field(d, "retryAfterMs", at, _decode_duration_ms),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "terminate",
            "seq": self.seq,
        }
        if self.session_id is not ABSENT:
            out["sessionId"] = self.session_id
        out["reason"] = self.reason
        out["message"] = self.message
        out["reconnect"] = self.reconnect
        if self.retry_after_ms is not ABSENT:
            out["retryAfterMs"] = self.retry_after_ms
        return out


@dataclass(frozen=True, kw_only=True)
class SessionForkedFrame:
    """The answer to `fork_session`, naming the new session and the turns it holds.

    History frame of the session that was forked. `newSessionId` is a session the server
    now holds, with no stream: open it with `open_session` (it expires like any session
    without a stream). `turnIds` are the turns its conversation holds, oldest first.

    Wire type `session_forked` (server → client).
    """

    type: ClassVar[str] = "session_forked"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    in_reply_to: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    new_session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    at_turn_id: str
    """The last turn the new session holds."""
    turn_ids: list[str]
    """The turns the new session's conversation holds, oldest first."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> SessionForkedFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "session_forked", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
            new_session_id=_field(d, "newSessionId", at, _decode_id),
            at_turn_id=_field(d, "atTurnId", at, _string()),
            turn_ids=_field(d, "turnIds", at, _array(_string())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "session_forked",
            "seq": self.seq,
            "sessionId": self.session_id,
        }
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        out["newSessionId"] = self.new_session_id
        out["atTurnId"] = self.at_turn_id
        out["turnIds"] = self.turn_ids
        return out


@dataclass(frozen=True, kw_only=True)
class RolledBackFrame:
    """The answer to `rollback`, listing the turns the conversation no longer holds.

    History frame. The turns in `removedTurnIds` (oldest first) are gone from the
    conversation the agent sees; their frames stay in the session's history (and replay),
    so a client that shows a transcript marks or hides them. Files on disk are unchanged.

    Wire type `rolled_back` (server → client).
    """

    type: ClassVar[str] = "rolled_back"
    seq: int
    """Per-session sequence number (see "Sequence numbers and resume")."""
    session_id: str
    """An identifier chosen by the client or the server. 1–256 characters, no control characters."""
    in_reply_to: ClientFrameId | Absent = ABSENT
    """Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it."""
    before_turn_id: str
    removed_turn_ids: list[str]
    """The turns removed from the conversation, oldest first."""

    @classmethod
    def from_dict(cls, data: Any, at: str = "") -> RolledBackFrame:
        """Decodes the JSON object at JSON Pointer `at`; ignores unknown fields, raises DecodeError."""
        d = _object(data, at)
        _const(d, "type", "rolled_back", at)
        return cls(
            seq=_field(d, "seq", at, _decode_seq),
            session_id=_field(d, "sessionId", at, _decode_id),
            in_reply_to=_optional_field(d, "inReplyTo", at, _decode_client_frame_id),
            before_turn_id=_field(d, "beforeTurnId", at, _string()),
            removed_turn_ids=_field(d, "removedTurnIds", at, _array(_string())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ABSENT fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "type": "rolled_back",
            "seq": self.seq,
            "sessionId": self.session_id,
        }
        if self.in_reply_to is not ABSENT:
            out["inReplyTo"] = self.in_reply_to
        out["beforeTurnId"] = self.before_turn_id
        out["removedTurnIds"] = self.removed_turn_ids
        return out


ImageInput = ImageInputDataUrl | ImageInputPath
"""An image for the model, as a `data:` URL or a path on the server (inside the allowed directories)."""

ReviewTarget = Union[UncommittedChangesTarget, BaseBranchTarget, CommitTarget, CustomReviewTarget]
"""What to review, in the session's working directory (a git repository):
- `uncommitted_changes`: staged, unstaged and untracked changes;
- `base_branch`: the changes of the current branch against `branch`;
- `commit`: the changes of commit `sha` (`title`, e.g. its subject, is shown);
- `custom`: whatever `instructions` ask for.
"""

Item = Union[AgentMessageItem, ReasoningItem, CommandExecutionItem, FileChangeItem, ToolCallItem, WebSearchItem, PlanItem, UserMessageItem, OtherItem, UnknownItem]
"""One piece of the agent's work; `type` tells which."""

ResponsesApiItem = Union[ResponsesMessage, ResponsesReasoning, ResponsesFunctionCall, ResponsesFunctionCallOutput]
"""The item in the shape of the OpenAI Responses API (`ResponseItem`), for clients of the
original protocol (see "Clients of the original protocol" and the `item` frame's table
of which frames carry which). `item` is the field to program against.
"""

ItemFrame = Union[ItemStartedFrame, ItemDeltaFrame, ItemCompletedFrame]
"""An item event; `event` tells which of the three shapes it is."""

ClientFrame = Union[OpenSessionFrame, UserMessageFrame, ApproveFrame, AnswerFrame, CancelFrame, ClientHeartbeatFrame, ReviewFrame, CompactFrame, ForkSessionFrame, RollbackFrame]
"""Any frame a client sends."""

ServerFrame = Union[SessionFrame, ItemStartedFrame, ItemDeltaFrame, ItemCompletedFrame, CommandPromptFrame, QuestionPromptFrame, StatusFrame, UsageFrame, ErrorFrame, ServerHeartbeatFrame, TerminateFrame, SessionForkedFrame, RolledBackFrame, UnknownFrame]
"""Any frame the server sends; UnknownFrame for a type this version does not know."""

_decode_id: Decoder[Any] = _string(min_length=1, max_length=256, pattern="^[^\\u0000-\\u001f\\u007f]+\\Z")
_decode_client_frame_id: Decoder[Any] = _union(_decode_id, _integer())
_decode_seq: Decoder[Any] = _integer(minimum=0)
_decode_protocol_version: Decoder[Any] = _string(pattern="^[0-9]+(\\.[0-9]+){0,2}\\Z")
_decode_image_input: Decoder[Any] = _one_of_objects([(("dataUrl",), ImageInputDataUrl.from_dict), (("path",), ImageInputPath.from_dict)])
_decode_review_target: Decoder[Any] = _tagged("type", {"uncommitted_changes": UncommittedChangesTarget, "base_branch": BaseBranchTarget, "commit": CommitTarget, "custom": CustomReviewTarget})
_decode_duration_ms: Decoder[Any] = _integer(minimum=0)
_decode_item: Decoder[Any] = _tagged("type", {"agent_message": AgentMessageItem, "reasoning": ReasoningItem, "command_execution": CommandExecutionItem, "file_change": FileChangeItem, "tool_call": ToolCallItem, "web_search": WebSearchItem, "plan": PlanItem, "user_message": UserMessageItem, "other": OtherItem}, _unknown_item)
_decode_responses_api_item: Decoder[Any] = _tagged("type", {"message": ResponsesMessage, "reasoning": ResponsesReasoning, "function_call": ResponsesFunctionCall, "function_call_output": ResponsesFunctionCallOutput})
_decode_item_frame: Decoder[Any] = _tagged("event", {"started": ItemStartedFrame, "delta": ItemDeltaFrame, "completed": ItemCompletedFrame})

_CLIENT_FRAMES: dict[str, Decoder[Any]] = {
    "open_session": OpenSessionFrame.from_dict,
    "user_message": UserMessageFrame.from_dict,
    "approve": ApproveFrame.from_dict,
    "answer": AnswerFrame.from_dict,
    "cancel": CancelFrame.from_dict,
    "heartbeat": ClientHeartbeatFrame.from_dict,
    "review": ReviewFrame.from_dict,
    "compact": CompactFrame.from_dict,
    "fork_session": ForkSessionFrame.from_dict,
    "rollback": RollbackFrame.from_dict,
}

_SERVER_FRAMES: dict[str, Decoder[Any]] = {
    "session": SessionFrame.from_dict,
    "item": _decode_item_frame,
    "command_prompt": CommandPromptFrame.from_dict,
    "question_prompt": QuestionPromptFrame.from_dict,
    "status": StatusFrame.from_dict,
    "usage": UsageFrame.from_dict,
    "error": ErrorFrame.from_dict,
    "heartbeat": ServerHeartbeatFrame.from_dict,
    "terminate": TerminateFrame.from_dict,
    "session_forked": SessionForkedFrame.from_dict,
    "rolled_back": RolledBackFrame.from_dict,
}


def _frame_type(data: Mapping[str, Any]) -> str:
    if "type" not in data:
        raise DecodeError("/type", "is required: every frame has a type")
    kind = data["type"]
    if not isinstance(kind, str):
        raise DecodeError("/type", "must be a string", "a string")
    return kind


def decode_client_frame(data: Mapping[str, Any] | str | bytes) -> ClientFrame:
    """A client frame from its JSON (text, UTF-8 bytes or a parsed object); raises DecodeError."""
    frame = parse_json(data)
    kind = _frame_type(frame)
    decoder = _CLIENT_FRAMES.get(kind)
    if decoder is None:
        raise DecodeError("/type", f"must be a client frame type ({', '.join(_CLIENT_FRAMES)}), got {kind!r}")
    return decoder(frame, "")


def decode_server_frame(data: Mapping[str, Any] | str | bytes) -> ServerFrame:
    """A server frame from its JSON (text, UTF-8 bytes or a parsed object); raises DecodeError.

    A frame of a `type` this version does not know is an UnknownFrame, not an error.
    """
    frame = parse_json(data)
    kind = _frame_type(frame)
    decoder = _SERVER_FRAMES.get(kind)
    if decoder is None:
        return _unknown_frame(kind, frame)
    return decoder(frame, "")


def decode_item(data: Mapping[str, Any] | str | bytes) -> Item:
    """An item (the `item` of an item frame) from its JSON; an unknown `type` gives an UnknownItem."""
    return _decode_item(parse_json(data), "")
