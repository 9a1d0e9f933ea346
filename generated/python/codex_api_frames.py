# generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.

from enum import Enum
from dataclasses import dataclass
from typing import Optional, Union, Any, List, Dict, TypeVar, Type, Callable, cast


T = TypeVar("T")
EnumT = TypeVar("EnumT", bound=Enum)


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_none(x: Any) -> Any:
    assert x is None
    return x


def from_union(fs, x):
    for f in fs:
        try:
            return f(x)
        except:
            pass
    assert False


def from_int(x: Any) -> int:
    assert isinstance(x, int) and not isinstance(x, bool)
    return x


def to_enum(c: Type[EnumT], x: Any) -> EnumT:
    assert isinstance(x, c)
    return x.value


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def from_dict(f: Callable[[Any], T], x: Any) -> Dict[str, T]:
    assert isinstance(x, dict)
    return { k: f(v) for (k, v) in x.items() }


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


class Decision(Enum):
    """An answer to a `command_prompt`:
    - `allow`: allow this once;
    - `allow_for_session`: allow this and the same request again for the rest of the session;
    - `deny`: refuse; the agent is told and continues the turn;
    - `deny_and_stop`: refuse and stop the turn (it ends `interrupted`).
    """
    ALLOW = "allow"
    ALLOW_FOR_SESSION = "allow_for_session"
    DENY = "deny"
    DENY_AND_STOP = "deny_and_stop"


class ApproveFrameType(Enum):
    APPROVE = "approve"


@dataclass
class ApproveFrame:
    command_id: str
    decision: Decision
    type: ApproveFrameType
    explanation: Optional[str] = None
    """Why; logged, and for a denial passed on to the agent where the engine allows."""

    id: Optional[Union[int, str]] = None
    session_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'ApproveFrame':
        assert isinstance(obj, dict)
        command_id = from_str(obj.get("commandId"))
        decision = Decision(obj.get("decision"))
        type = ApproveFrameType(obj.get("type"))
        explanation = from_union([from_str, from_none], obj.get("explanation"))
        id = from_union([from_int, from_str, from_none], obj.get("id"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        return ApproveFrame(command_id, decision, type, explanation, id, session_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["commandId"] = from_str(self.command_id)
        result["decision"] = to_enum(Decision, self.decision)
        result["type"] = to_enum(ApproveFrameType, self.type)
        if self.explanation is not None:
            result["explanation"] = from_union([from_str, from_none], self.explanation)
        if self.id is not None:
            result["id"] = from_union([from_int, from_str, from_none], self.id)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        return result


class CancelFrameType(Enum):
    CANCEL = "cancel"


@dataclass
class CancelFrame:
    type: CancelFrameType
    id: Optional[Union[int, str]] = None
    session_id: Optional[str] = None
    turn_id: Optional[str] = None
    """Cancel only if this is the running turn."""

    @staticmethod
    def from_dict(obj: Any) -> 'CancelFrame':
        assert isinstance(obj, dict)
        type = CancelFrameType(obj.get("type"))
        id = from_union([from_int, from_str, from_none], obj.get("id"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        turn_id = from_union([from_str, from_none], obj.get("turnId"))
        return CancelFrame(type, id, session_id, turn_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["type"] = to_enum(CancelFrameType, self.type)
        if self.id is not None:
            result["id"] = from_union([from_int, from_str, from_none], self.id)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        if self.turn_id is not None:
            result["turnId"] = from_union([from_str, from_none], self.turn_id)
        return result


class ClientHeartbeatFrameType(Enum):
    HEARTBEAT = "heartbeat"


@dataclass
class ClientHeartbeatFrame:
    type: ClientHeartbeatFrameType
    id: Optional[Union[int, str]] = None
    sent_at_ms: Optional[int] = None
    """Client clock, milliseconds since the epoch."""

    session_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'ClientHeartbeatFrame':
        assert isinstance(obj, dict)
        type = ClientHeartbeatFrameType(obj.get("type"))
        id = from_union([from_int, from_str, from_none], obj.get("id"))
        sent_at_ms = from_union([from_int, from_none], obj.get("sentAtMs"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        return ClientHeartbeatFrame(type, id, sent_at_ms, session_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["type"] = to_enum(ClientHeartbeatFrameType, self.type)
        if self.id is not None:
            result["id"] = from_union([from_int, from_str, from_none], self.id)
        if self.sent_at_ms is not None:
            result["sentAtMs"] = from_union([from_int, from_none], self.sent_at_ms)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        return result


class ChangeKind(Enum):
    ADD = "add"
    DELETE = "delete"
    UPDATE = "update"


@dataclass
class CommandPromptFrameChange:
    diff: str
    """The change as a unified diff (for `add`, the new content as added lines)."""

    kind: ChangeKind
    path: str
    """Absolute path of the file."""

    move_path: Optional[str] = None
    """The new path when an update also renames the file."""

    @staticmethod
    def from_dict(obj: Any) -> 'CommandPromptFrameChange':
        assert isinstance(obj, dict)
        diff = from_str(obj.get("diff"))
        kind = ChangeKind(obj.get("kind"))
        path = from_str(obj.get("path"))
        move_path = from_union([from_none, from_str], obj.get("movePath"))
        return CommandPromptFrameChange(diff, kind, path, move_path)

    def to_dict(self) -> dict:
        result: dict = {}
        result["diff"] = from_str(self.diff)
        result["kind"] = to_enum(ChangeKind, self.kind)
        result["path"] = from_str(self.path)
        if self.move_path is not None:
            result["movePath"] = from_union([from_none, from_str], self.move_path)
        return result


class CommandPromptFrameKind(Enum):
    """What the agent asks to do."""

    COMMAND = "command"
    FILE_CHANGE = "file_change"
    PERMISSIONS = "permissions"


@dataclass
class Permissions:
    """For `permissions`, what the agent asks for."""

    network: Optional[bool] = None
    read_paths: Optional[List[str]] = None
    write_paths: Optional[List[str]] = None

    @staticmethod
    def from_dict(obj: Any) -> 'Permissions':
        assert isinstance(obj, dict)
        network = from_union([from_bool, from_none], obj.get("network"))
        read_paths = from_union([lambda x: from_list(from_str, x), from_none], obj.get("readPaths"))
        write_paths = from_union([lambda x: from_list(from_str, x), from_none], obj.get("writePaths"))
        return Permissions(network, read_paths, write_paths)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.network is not None:
            result["network"] = from_union([from_bool, from_none], self.network)
        if self.read_paths is not None:
            result["readPaths"] = from_union([lambda x: from_list(from_str, x), from_none], self.read_paths)
        if self.write_paths is not None:
            result["writePaths"] = from_union([lambda x: from_list(from_str, x), from_none], self.write_paths)
        return result


class CommandPromptFrameType(Enum):
    COMMAND_PROMPT = "command_prompt"


@dataclass
class CommandPromptFrame:
    command: List[str]
    """For `command`, the command as an argv array; empty otherwise."""

    command_id: str
    decisions: List[Decision]
    expires_at: str
    """When the prompt is denied if unanswered."""

    explanation: str
    """The agent's reason for asking (may be empty)."""

    item_id: str
    """The `item` this prompt is about (the command execution or file change)."""

    kind: CommandPromptFrameKind
    """What the agent asks to do."""

    seq: int
    session_id: str
    timeout_ms: int
    turn_id: str
    type: CommandPromptFrameType
    changes: Optional[List[CommandPromptFrameChange]] = None
    """For `file_change`, the diffs."""

    command_line: Optional[str] = None
    """For `command`, the command line as the engine would run it."""

    cwd: Optional[str] = None
    """For `command`, its working directory."""

    permissions: Optional[Permissions] = None
    """For `permissions`, what the agent asks for."""

    @staticmethod
    def from_dict(obj: Any) -> 'CommandPromptFrame':
        assert isinstance(obj, dict)
        command = from_list(from_str, obj.get("command"))
        command_id = from_str(obj.get("commandId"))
        decisions = from_list(Decision, obj.get("decisions"))
        expires_at = from_str(obj.get("expiresAt"))
        explanation = from_str(obj.get("explanation"))
        item_id = from_str(obj.get("itemId"))
        kind = CommandPromptFrameKind(obj.get("kind"))
        seq = from_int(obj.get("seq"))
        session_id = from_str(obj.get("sessionId"))
        timeout_ms = from_int(obj.get("timeoutMs"))
        turn_id = from_str(obj.get("turnId"))
        type = CommandPromptFrameType(obj.get("type"))
        changes = from_union([lambda x: from_list(CommandPromptFrameChange.from_dict, x), from_none], obj.get("changes"))
        command_line = from_union([from_str, from_none], obj.get("commandLine"))
        cwd = from_union([from_str, from_none], obj.get("cwd"))
        permissions = from_union([Permissions.from_dict, from_none], obj.get("permissions"))
        return CommandPromptFrame(command, command_id, decisions, expires_at, explanation, item_id, kind, seq, session_id, timeout_ms, turn_id, type, changes, command_line, cwd, permissions)

    def to_dict(self) -> dict:
        result: dict = {}
        result["command"] = from_list(from_str, self.command)
        result["commandId"] = from_str(self.command_id)
        result["decisions"] = from_list(lambda x: to_enum(Decision, x), self.decisions)
        result["expiresAt"] = from_str(self.expires_at)
        result["explanation"] = from_str(self.explanation)
        result["itemId"] = from_str(self.item_id)
        result["kind"] = to_enum(CommandPromptFrameKind, self.kind)
        result["seq"] = from_int(self.seq)
        result["sessionId"] = from_str(self.session_id)
        result["timeoutMs"] = from_int(self.timeout_ms)
        result["turnId"] = from_str(self.turn_id)
        result["type"] = to_enum(CommandPromptFrameType, self.type)
        if self.changes is not None:
            result["changes"] = from_union([lambda x: from_list(lambda x: to_class(CommandPromptFrameChange, x), x), from_none], self.changes)
        if self.command_line is not None:
            result["commandLine"] = from_union([from_str, from_none], self.command_line)
        if self.cwd is not None:
            result["cwd"] = from_union([from_str, from_none], self.cwd)
        if self.permissions is not None:
            result["permissions"] = from_union([lambda x: to_class(Permissions, x), from_none], self.permissions)
        return result


class ErrorCode(Enum):
    """The list of error codes. Codes are public API: they are only ever added, never renamed or
    removed, and a minor version may add one (`x-open-enum`). A client meeting a code it does
    not know treats it by the frame's `retryable`. `x-error-codes` gives each code's meaning
    and whether retrying the same request later can succeed.
    """
    APPROVAL_TIMEOUT = "approval_timeout"
    COMMAND_ALREADY_RESOLVED = "command_already_resolved"
    COMMAND_NOT_FOUND = "command_not_found"
    DECISION_NOT_OFFERED = "decision_not_offered"
    ENGINE_ERROR = "engine_error"
    ENGINE_UNAVAILABLE = "engine_unavailable"
    FRAME_TOO_LARGE = "frame_too_large"
    INTERNAL = "internal"
    INVALID_FRAME = "invalid_frame"
    INVALID_JSON = "invalid_json"
    MODEL_ERROR = "model_error"
    MODEL_UNAVAILABLE = "model_unavailable"
    NO_SESSION = "no_session"
    OVERLOADED = "overloaded"
    OVERRIDE_NOT_ALLOWED = "override_not_allowed"
    PATH_NOT_ALLOWED = "path_not_allowed"
    RATE_LIMITED = "rate_limited"
    SESSION_EXPIRED = "session_expired"
    SESSION_MISMATCH = "session_mismatch"
    SHUTTING_DOWN = "shutting_down"
    TRUNCATED = "truncated"
    TURN_IN_PROGRESS = "turn_in_progress"
    UNAUTHORIZED = "unauthorized"
    UNKNOWN_FRAME_TYPE = "unknown_frame_type"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    UNSUPPORTED_PROTOCOL_VERSION = "unsupported_protocol_version"


class ErrorFrameType(Enum):
    ERROR = "error"


@dataclass
class ErrorFrame:
    code: ErrorCode
    message: str
    """What was wrong and what to do about it."""

    retryable: bool
    """Whether the same request may succeed later."""

    seq: int
    type: ErrorFrameType
    attempt: Optional[int] = None
    """For `model_unavailable`, which retry of this turn this is (1 = the first)."""

    command_id: Optional[str] = None
    frame_type: Optional[str] = None
    """The `type` of the offending frame, when known."""

    in_reply_to: Optional[Union[int, str]] = None
    path: Optional[str] = None
    """For `invalid_frame`, the JSON Pointer of the offending value in the frame (`""` = the
    whole frame).
    """
    retry_after_ms: Optional[int] = None
    session_id: Optional[str] = None
    turn_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'ErrorFrame':
        assert isinstance(obj, dict)
        code = ErrorCode(obj.get("code"))
        message = from_str(obj.get("message"))
        retryable = from_bool(obj.get("retryable"))
        seq = from_int(obj.get("seq"))
        type = ErrorFrameType(obj.get("type"))
        attempt = from_union([from_int, from_none], obj.get("attempt"))
        command_id = from_union([from_str, from_none], obj.get("commandId"))
        frame_type = from_union([from_str, from_none], obj.get("frameType"))
        in_reply_to = from_union([from_int, from_str, from_none], obj.get("inReplyTo"))
        path = from_union([from_str, from_none], obj.get("path"))
        retry_after_ms = from_union([from_int, from_none], obj.get("retryAfterMs"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        turn_id = from_union([from_str, from_none], obj.get("turnId"))
        return ErrorFrame(code, message, retryable, seq, type, attempt, command_id, frame_type, in_reply_to, path, retry_after_ms, session_id, turn_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["code"] = to_enum(ErrorCode, self.code)
        result["message"] = from_str(self.message)
        result["retryable"] = from_bool(self.retryable)
        result["seq"] = from_int(self.seq)
        result["type"] = to_enum(ErrorFrameType, self.type)
        if self.attempt is not None:
            result["attempt"] = from_union([from_int, from_none], self.attempt)
        if self.command_id is not None:
            result["commandId"] = from_union([from_str, from_none], self.command_id)
        if self.frame_type is not None:
            result["frameType"] = from_union([from_str, from_none], self.frame_type)
        if self.in_reply_to is not None:
            result["inReplyTo"] = from_union([from_int, from_str, from_none], self.in_reply_to)
        if self.path is not None:
            result["path"] = from_union([from_str, from_none], self.path)
        if self.retry_after_ms is not None:
            result["retryAfterMs"] = from_union([from_int, from_none], self.retry_after_ms)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        if self.turn_id is not None:
            result["turnId"] = from_union([from_str, from_none], self.turn_id)
        return result


class Event(Enum):
    COMPLETED = "completed"
    DELTA = "delta"
    STARTED = "started"


class Field(Enum):
    """Which field of the item the delta appends to: `text` (agent_message, plan),
    `summary` / `content` (reasoning; part `index`), `output` (command_execution).
    """
    CONTENT = "content"
    OUTPUT = "output"
    SUMMARY = "summary"
    TEXT = "text"


@dataclass
class ItemChange:
    diff: str
    """The change as a unified diff (for `add`, the new content as added lines)."""

    kind: ChangeKind
    path: str
    """Absolute path of the file."""

    move_path: Optional[str] = None
    """The new path when an update also renames the file."""

    @staticmethod
    def from_dict(obj: Any) -> 'ItemChange':
        assert isinstance(obj, dict)
        diff = from_str(obj.get("diff"))
        kind = ChangeKind(obj.get("kind"))
        path = from_str(obj.get("path"))
        move_path = from_union([from_none, from_str], obj.get("movePath"))
        return ItemChange(diff, kind, path, move_path)

    def to_dict(self) -> dict:
        result: dict = {}
        result["diff"] = from_str(self.diff)
        result["kind"] = to_enum(ChangeKind, self.kind)
        result["path"] = from_str(self.path)
        if self.move_path is not None:
            result["movePath"] = from_union([from_none, from_str], self.move_path)
        return result


class ItemStatus(Enum):
    """`declined`: the backend (or the approval timeout) refused it."""

    COMPLETED = "completed"
    DECLINED = "declined"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"


class Status(Enum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"


@dataclass
class Step:
    status: Status
    step: str

    @staticmethod
    def from_dict(obj: Any) -> 'Step':
        assert isinstance(obj, dict)
        status = Status(obj.get("status"))
        step = from_str(obj.get("step"))
        return Step(status, step)

    def to_dict(self) -> dict:
        result: dict = {}
        result["status"] = to_enum(Status, self.status)
        result["step"] = from_str(self.step)
        return result


class ItemType(Enum):
    AGENT_MESSAGE = "agent_message"
    COMMAND_EXECUTION = "command_execution"
    FILE_CHANGE = "file_change"
    OTHER = "other"
    PLAN = "plan"
    REASONING = "reasoning"
    TOOL_CALL = "tool_call"
    USER_MESSAGE = "user_message"
    WEB_SEARCH = "web_search"


@dataclass
class Item:
    """One piece of the agent's work; `type` tells which.
    
    Text the agent writes to the user.
    
    The model's reasoning summary (and raw reasoning, when the provider sends it).
    
    A command the agent runs, with its live output (deltas) and exit code.
    
    File edits the agent makes, as unified diffs.
    
    A call to an MCP server tool or another tool the engine offers.
    
    A web search the agent makes.
    
    The agent's plan for the turn.
    
    The user's message as the agent received it.
    
    Work of a kind this protocol version does not describe in detail (e.g. context
    compaction,
    image view). Clients should show or ignore it, never fail on it.
    """
    id: str
    type: ItemType
    text: Optional[str] = None
    content: Optional[List[str]] = None
    summary: Optional[Union[List[str], str]] = None
    """A one-line human description."""

    command: Optional[List[str]] = None
    """The command as an argv array."""

    command_line: Optional[str] = None
    """The command line as the engine ran it."""

    cwd: Optional[str] = None
    duration_ms: Optional[int] = None
    exit_code: Optional[int] = None
    output: Optional[str] = None
    """stdout and stderr, interleaved; complete on `completed`."""

    process_id: Optional[str] = None
    status: Optional[ItemStatus] = None
    changes: Optional[List[ItemChange]] = None
    arguments: Optional[Union[float, int, bool, List[Any], Dict[str, Any], str]] = None
    """The tool's arguments, as JSON."""

    error: Optional[str] = None
    result: Optional[Union[float, int, bool, List[Any], Dict[str, Any], str]] = None
    """The tool's result, as JSON, once completed (`null` before)."""

    server: Optional[str] = None
    """The MCP server, for MCP tools."""

    tool: Optional[str] = None
    query: Optional[str] = None
    url: Optional[str] = None
    """The page opened or searched in, for those actions."""

    steps: Optional[List[Step]] = None
    image_count: Optional[int] = None
    engine_type: Optional[str] = None
    """The engine's name for the item kind."""

    @staticmethod
    def from_dict(obj: Any) -> 'Item':
        assert isinstance(obj, dict)
        id = from_str(obj.get("id"))
        type = ItemType(obj.get("type"))
        text = from_union([from_str, from_none], obj.get("text"))
        content = from_union([lambda x: from_list(from_str, x), from_none], obj.get("content"))
        summary = from_union([lambda x: from_list(from_str, x), from_str, from_none], obj.get("summary"))
        command = from_union([lambda x: from_list(from_str, x), from_none], obj.get("command"))
        command_line = from_union([from_str, from_none], obj.get("commandLine"))
        cwd = from_union([from_str, from_none], obj.get("cwd"))
        duration_ms = from_union([from_int, from_none], obj.get("durationMs"))
        exit_code = from_union([from_int, from_none], obj.get("exitCode"))
        output = from_union([from_str, from_none], obj.get("output"))
        process_id = from_union([from_none, from_str], obj.get("processId"))
        status = from_union([ItemStatus, from_none], obj.get("status"))
        changes = from_union([lambda x: from_list(ItemChange.from_dict, x), from_none], obj.get("changes"))
        arguments = from_union([from_none, from_float, from_int, from_bool, lambda x: from_list(lambda x: x, x), lambda x: from_dict(lambda x: x, x), from_str], obj.get("arguments"))
        error = from_union([from_none, from_str], obj.get("error"))
        result = from_union([from_none, from_float, from_int, from_bool, lambda x: from_list(lambda x: x, x), lambda x: from_dict(lambda x: x, x), from_str], obj.get("result"))
        server = from_union([from_none, from_str], obj.get("server"))
        tool = from_union([from_str, from_none], obj.get("tool"))
        query = from_union([from_none, from_str], obj.get("query"))
        url = from_union([from_none, from_str], obj.get("url"))
        steps = from_union([lambda x: from_list(Step.from_dict, x), from_none], obj.get("steps"))
        image_count = from_union([from_int, from_none], obj.get("imageCount"))
        engine_type = from_union([from_str, from_none], obj.get("engineType"))
        return Item(id, type, text, content, summary, command, command_line, cwd, duration_ms, exit_code, output, process_id, status, changes, arguments, error, result, server, tool, query, url, steps, image_count, engine_type)

    def to_dict(self) -> dict:
        result: dict = {}
        result["id"] = from_str(self.id)
        result["type"] = to_enum(ItemType, self.type)
        if self.text is not None:
            result["text"] = from_union([from_str, from_none], self.text)
        if self.content is not None:
            result["content"] = from_union([lambda x: from_list(from_str, x), from_none], self.content)
        if self.summary is not None:
            result["summary"] = from_union([lambda x: from_list(from_str, x), from_str, from_none], self.summary)
        if self.command is not None:
            result["command"] = from_union([lambda x: from_list(from_str, x), from_none], self.command)
        if self.command_line is not None:
            result["commandLine"] = from_union([from_str, from_none], self.command_line)
        if self.cwd is not None:
            result["cwd"] = from_union([from_str, from_none], self.cwd)
        if self.duration_ms is not None:
            result["durationMs"] = from_union([from_int, from_none], self.duration_ms)
        if self.exit_code is not None:
            result["exitCode"] = from_union([from_int, from_none], self.exit_code)
        if self.output is not None:
            result["output"] = from_union([from_str, from_none], self.output)
        if self.process_id is not None:
            result["processId"] = from_union([from_none, from_str], self.process_id)
        if self.status is not None:
            result["status"] = from_union([lambda x: to_enum(ItemStatus, x), from_none], self.status)
        if self.changes is not None:
            result["changes"] = from_union([lambda x: from_list(lambda x: to_class(ItemChange, x), x), from_none], self.changes)
        if self.arguments is not None:
            result["arguments"] = from_union([from_none, to_float, from_int, from_bool, lambda x: from_list(lambda x: x, x), lambda x: from_dict(lambda x: x, x), from_str], self.arguments)
        if self.error is not None:
            result["error"] = from_union([from_none, from_str], self.error)
        if self.result is not None:
            result["result"] = from_union([from_none, to_float, from_int, from_bool, lambda x: from_list(lambda x: x, x), lambda x: from_dict(lambda x: x, x), from_str], self.result)
        if self.server is not None:
            result["server"] = from_union([from_none, from_str], self.server)
        if self.tool is not None:
            result["tool"] = from_union([from_str, from_none], self.tool)
        if self.query is not None:
            result["query"] = from_union([from_none, from_str], self.query)
        if self.url is not None:
            result["url"] = from_union([from_none, from_str], self.url)
        if self.steps is not None:
            result["steps"] = from_union([lambda x: from_list(lambda x: to_class(Step, x), x), from_none], self.steps)
        if self.image_count is not None:
            result["imageCount"] = from_union([from_int, from_none], self.image_count)
        if self.engine_type is not None:
            result["engineType"] = from_union([from_str, from_none], self.engine_type)
        return result


class ItemTypeEnum(Enum):
    AGENT_MESSAGE = "agent_message"
    COMMAND_EXECUTION = "command_execution"
    PLAN = "plan"
    REASONING = "reasoning"


class ItemFrameType(Enum):
    ITEM = "item"


@dataclass
class ItemFrame:
    """An item event; `event` tells which of the three shapes it is."""

    event: Event
    seq: int
    session_id: str
    turn_id: str
    type: ItemFrameType
    item: Optional[Item] = None
    delta: Optional[str] = None
    field: Optional[Field] = None
    """Which field of the item the delta appends to: `text` (agent_message, plan),
    `summary` / `content` (reasoning; part `index`), `output` (command_execution).
    """
    index: Optional[int] = None
    """For `summary` and `content`, the index of the part the delta appends to."""

    item_id: Optional[str] = None
    item_type: Optional[ItemTypeEnum] = None

    @staticmethod
    def from_dict(obj: Any) -> 'ItemFrame':
        assert isinstance(obj, dict)
        event = Event(obj.get("event"))
        seq = from_int(obj.get("seq"))
        session_id = from_str(obj.get("sessionId"))
        turn_id = from_str(obj.get("turnId"))
        type = ItemFrameType(obj.get("type"))
        item = from_union([Item.from_dict, from_none], obj.get("item"))
        delta = from_union([from_str, from_none], obj.get("delta"))
        field = from_union([Field, from_none], obj.get("field"))
        index = from_union([from_int, from_none], obj.get("index"))
        item_id = from_union([from_str, from_none], obj.get("itemId"))
        item_type = from_union([ItemTypeEnum, from_none], obj.get("itemType"))
        return ItemFrame(event, seq, session_id, turn_id, type, item, delta, field, index, item_id, item_type)

    def to_dict(self) -> dict:
        result: dict = {}
        result["event"] = to_enum(Event, self.event)
        result["seq"] = from_int(self.seq)
        result["sessionId"] = from_str(self.session_id)
        result["turnId"] = from_str(self.turn_id)
        result["type"] = to_enum(ItemFrameType, self.type)
        if self.item is not None:
            result["item"] = from_union([lambda x: to_class(Item, x), from_none], self.item)
        if self.delta is not None:
            result["delta"] = from_union([from_str, from_none], self.delta)
        if self.field is not None:
            result["field"] = from_union([lambda x: to_enum(Field, x), from_none], self.field)
        if self.index is not None:
            result["index"] = from_union([from_int, from_none], self.index)
        if self.item_id is not None:
            result["itemId"] = from_union([from_str, from_none], self.item_id)
        if self.item_type is not None:
            result["itemType"] = from_union([lambda x: to_enum(ItemTypeEnum, x), from_none], self.item_type)
        return result


class ApprovalPolicy(Enum):
    """When the agent asks before acting. The Codex policies:
    - `untrusted`: ask before every command and every file change;
    - `on-request`: the agent runs commands and edits inside the sandbox and asks when it
    needs more;
    - `never`: never ask; what the sandbox forbids fails.
    Older names, kept as aliases:
    - `suggest` = `untrusted` with sandbox `read-only`;
    - `auto-edit` = `on-request` with sandbox `workspace-write`;
    - `full-auto` = `never` with sandbox `workspace-write`.
    An alias sets the sandbox too, unless `sandbox` is given in the same overrides.
    """
    AUTO_EDIT = "auto-edit"
    FULL_AUTO = "full-auto"
    NEVER = "never"
    ON_REQUEST = "on-request"
    SUGGEST = "suggest"
    UNTRUSTED = "untrusted"


class ReasoningEffort(Enum):
    """How hard the model thinks, for models that support it."""

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    MINIMAL = "minimal"
    NONE = "none"
    XHIGH = "xhigh"


class SandboxMode(Enum):
    """What the agent's commands may touch: `read-only`, `workspace-write` (the working
    directory
    and temp dirs), or `danger-full-access` (no sandbox; the operator must allow it).
    """
    DANGER_FULL_ACCESS = "danger-full-access"
    READ_ONLY = "read-only"
    WORKSPACE_WRITE = "workspace-write"


@dataclass
class OpenSessionFrameConfigOverrides:
    """Per-session settings. Each field given replaces the session's current value for this and
    every later turn; fields not given keep their value (initially the server's defaults).
    """
    approval_policy: Optional[ApprovalPolicy] = None
    cwd: Optional[str] = None
    """Working directory of the session, absolute or relative to the server's default working
    directory. It must resolve inside the directories the operator allows
    (`path_not_allowed`).
    """
    instructions: Optional[str] = None
    """Extra instructions for the agent, added to its developer instructions."""

    model: Optional[str] = None
    """Model slug, e.g. `gpt-5.5`."""

    output_schema: Optional[Dict[str, Any]] = None
    """A JSON Schema the final answer of each turn must match; the terminal `status` then
    carries the parsed answer in `structuredOutput`. `null` clears it. At most 32 levels
    deep and 64 KiB as JSON (see "Bounded free-form JSON").
    """
    reasoning_effort: Optional[ReasoningEffort] = None
    sandbox: Optional[SandboxMode] = None

    @staticmethod
    def from_dict(obj: Any) -> 'OpenSessionFrameConfigOverrides':
        assert isinstance(obj, dict)
        approval_policy = from_union([ApprovalPolicy, from_none], obj.get("approvalPolicy"))
        cwd = from_union([from_str, from_none], obj.get("cwd"))
        instructions = from_union([from_str, from_none], obj.get("instructions"))
        model = from_union([from_str, from_none], obj.get("model"))
        output_schema = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("outputSchema"))
        reasoning_effort = from_union([ReasoningEffort, from_none], obj.get("reasoningEffort"))
        sandbox = from_union([SandboxMode, from_none], obj.get("sandbox"))
        return OpenSessionFrameConfigOverrides(approval_policy, cwd, instructions, model, output_schema, reasoning_effort, sandbox)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.approval_policy is not None:
            result["approvalPolicy"] = from_union([lambda x: to_enum(ApprovalPolicy, x), from_none], self.approval_policy)
        if self.cwd is not None:
            result["cwd"] = from_union([from_str, from_none], self.cwd)
        if self.instructions is not None:
            result["instructions"] = from_union([from_str, from_none], self.instructions)
        if self.model is not None:
            result["model"] = from_union([from_str, from_none], self.model)
        if self.output_schema is not None:
            result["outputSchema"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.output_schema)
        if self.reasoning_effort is not None:
            result["reasoningEffort"] = from_union([lambda x: to_enum(ReasoningEffort, x), from_none], self.reasoning_effort)
        if self.sandbox is not None:
            result["sandbox"] = from_union([lambda x: to_enum(SandboxMode, x), from_none], self.sandbox)
        return result


class OpenSessionFrameType(Enum):
    OPEN_SESSION = "open_session"


@dataclass
class OpenSessionFrame:
    type: OpenSessionFrameType
    config_overrides: Optional[OpenSessionFrameConfigOverrides] = None
    id: Optional[Union[int, str]] = None
    last_seq: Optional[int] = None
    protocol_version: Optional[str] = None
    session_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'OpenSessionFrame':
        assert isinstance(obj, dict)
        type = OpenSessionFrameType(obj.get("type"))
        config_overrides = from_union([OpenSessionFrameConfigOverrides.from_dict, from_none], obj.get("configOverrides"))
        id = from_union([from_int, from_str, from_none], obj.get("id"))
        last_seq = from_union([from_int, from_none], obj.get("lastSeq"))
        protocol_version = from_union([from_str, from_none], obj.get("protocolVersion"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        return OpenSessionFrame(type, config_overrides, id, last_seq, protocol_version, session_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["type"] = to_enum(OpenSessionFrameType, self.type)
        if self.config_overrides is not None:
            result["configOverrides"] = from_union([lambda x: to_class(OpenSessionFrameConfigOverrides, x), from_none], self.config_overrides)
        if self.id is not None:
            result["id"] = from_union([from_int, from_str, from_none], self.id)
        if self.last_seq is not None:
            result["lastSeq"] = from_union([from_int, from_none], self.last_seq)
        if self.protocol_version is not None:
            result["protocolVersion"] = from_union([from_str, from_none], self.protocol_version)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        return result


@dataclass
class ServerHeartbeatFrame:
    sent_at_ms: int
    """Server clock, milliseconds since the epoch."""

    seq: int
    type: ClientHeartbeatFrameType
    in_reply_to: Optional[Union[int, str]] = None
    session_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'ServerHeartbeatFrame':
        assert isinstance(obj, dict)
        sent_at_ms = from_int(obj.get("sentAtMs"))
        seq = from_int(obj.get("seq"))
        type = ClientHeartbeatFrameType(obj.get("type"))
        in_reply_to = from_union([from_int, from_str, from_none], obj.get("inReplyTo"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        return ServerHeartbeatFrame(sent_at_ms, seq, type, in_reply_to, session_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["sentAtMs"] = from_int(self.sent_at_ms)
        result["seq"] = from_int(self.seq)
        result["type"] = to_enum(ClientHeartbeatFrameType, self.type)
        if self.in_reply_to is not None:
            result["inReplyTo"] = from_union([from_int, from_str, from_none], self.in_reply_to)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        return result


@dataclass
class Replay:
    count: int
    """Frames replayed (`toSeq - fromSeq + 1`, or 0)."""

    from_seq: int
    lost: int
    """History frames after `lastSeq` that the server no longer holds (0 = no gap)."""

    to_seq: int

    @staticmethod
    def from_dict(obj: Any) -> 'Replay':
        assert isinstance(obj, dict)
        count = from_int(obj.get("count"))
        from_seq = from_int(obj.get("fromSeq"))
        lost = from_int(obj.get("lost"))
        to_seq = from_int(obj.get("toSeq"))
        return Replay(count, from_seq, lost, to_seq)

    def to_dict(self) -> dict:
        result: dict = {}
        result["count"] = from_int(self.count)
        result["fromSeq"] = from_int(self.from_seq)
        result["lost"] = from_int(self.lost)
        result["toSeq"] = from_int(self.to_seq)
        return result


@dataclass
class Turn:
    pending_command_ids: List[str]
    """Prompts still waiting for an answer."""

    turn_id: str

    @staticmethod
    def from_dict(obj: Any) -> 'Turn':
        assert isinstance(obj, dict)
        pending_command_ids = from_list(from_str, obj.get("pendingCommandIds"))
        turn_id = from_str(obj.get("turnId"))
        return Turn(pending_command_ids, turn_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["pendingCommandIds"] = from_list(from_str, self.pending_command_ids)
        result["turnId"] = from_str(self.turn_id)
        return result


class SessionFrameType(Enum):
    SESSION = "session"


@dataclass
class SessionFrame:
    heartbeat_interval_ms: int
    max_frame_bytes: int
    """The largest frame the server accepts, in bytes."""

    protocol_version: str
    resumed: bool
    """True when the session existed before this stream (reconnect or takeover)."""

    seq: int
    session_id: str
    type: SessionFrameType
    in_reply_to: Optional[Union[int, str]] = None
    replay: Optional[Replay] = None
    """What is replayed after this frame; `null` when the opening frame had no `lastSeq`."""

    turn: Optional[Turn] = None
    """The turn running now, if any."""

    @staticmethod
    def from_dict(obj: Any) -> 'SessionFrame':
        assert isinstance(obj, dict)
        heartbeat_interval_ms = from_int(obj.get("heartbeatIntervalMs"))
        max_frame_bytes = from_int(obj.get("maxFrameBytes"))
        protocol_version = from_str(obj.get("protocolVersion"))
        resumed = from_bool(obj.get("resumed"))
        seq = from_int(obj.get("seq"))
        session_id = from_str(obj.get("sessionId"))
        type = SessionFrameType(obj.get("type"))
        in_reply_to = from_union([from_int, from_str, from_none], obj.get("inReplyTo"))
        replay = from_union([from_none, Replay.from_dict], obj.get("replay"))
        turn = from_union([from_none, Turn.from_dict], obj.get("turn"))
        return SessionFrame(heartbeat_interval_ms, max_frame_bytes, protocol_version, resumed, seq, session_id, type, in_reply_to, replay, turn)

    def to_dict(self) -> dict:
        result: dict = {}
        result["heartbeatIntervalMs"] = from_int(self.heartbeat_interval_ms)
        result["maxFrameBytes"] = from_int(self.max_frame_bytes)
        result["protocolVersion"] = from_str(self.protocol_version)
        result["resumed"] = from_bool(self.resumed)
        result["seq"] = from_int(self.seq)
        result["sessionId"] = from_str(self.session_id)
        result["type"] = to_enum(SessionFrameType, self.type)
        if self.in_reply_to is not None:
            result["inReplyTo"] = from_union([from_int, from_str, from_none], self.in_reply_to)
        result["replay"] = from_union([from_none, lambda x: to_class(Replay, x)], self.replay)
        result["turn"] = from_union([from_none, lambda x: to_class(Turn, x)], self.turn)
        return result


class StatusFrameReason(Enum):
    """Why a turn ended `interrupted` or `failed`: `cancelled` (a `cancel` frame), `denied`
    (a `deny_and_stop` answer or an approval timeout), `shutdown` (server stopping),
    `model_error`, `engine_error`, `engine_exited` (the engine process died), `watchdog`
    (the engine stopped answering), `internal`.
    """
    CANCELLED = "cancelled"
    DENIED = "denied"
    ENGINE_ERROR = "engine_error"
    ENGINE_EXITED = "engine_exited"
    INTERNAL = "internal"
    MODEL_ERROR = "model_error"
    SHUTDOWN = "shutdown"
    WATCHDOG = "watchdog"


class State(Enum):
    """`started`, then exactly one terminal state per turn."""

    COMPLETED = "completed"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    STARTED = "started"


class StatusFrameType(Enum):
    STATUS = "status"


@dataclass
class TokenUsage:
    """Tokens used by the turn, summed over its model requests."""

    cached_input_tokens: int
    input_tokens: int
    output_tokens: int
    reasoning_output_tokens: int
    total_tokens: int

    @staticmethod
    def from_dict(obj: Any) -> 'TokenUsage':
        assert isinstance(obj, dict)
        cached_input_tokens = from_int(obj.get("cachedInputTokens"))
        input_tokens = from_int(obj.get("inputTokens"))
        output_tokens = from_int(obj.get("outputTokens"))
        reasoning_output_tokens = from_int(obj.get("reasoningOutputTokens"))
        total_tokens = from_int(obj.get("totalTokens"))
        return TokenUsage(cached_input_tokens, input_tokens, output_tokens, reasoning_output_tokens, total_tokens)

    def to_dict(self) -> dict:
        result: dict = {}
        result["cachedInputTokens"] = from_int(self.cached_input_tokens)
        result["inputTokens"] = from_int(self.input_tokens)
        result["outputTokens"] = from_int(self.output_tokens)
        result["reasoningOutputTokens"] = from_int(self.reasoning_output_tokens)
        result["totalTokens"] = from_int(self.total_tokens)
        return result


@dataclass
class StatusFrame:
    seq: int
    session_id: str
    state: State
    """`started`, then exactly one terminal state per turn."""

    turn_id: str
    type: StatusFrameType
    duration_ms: Optional[int] = None
    final_message: Optional[str] = None
    """For `completed`, the agent's last message of the turn."""

    in_reply_to: Optional[Union[int, str]] = None
    message: Optional[str] = None
    """For `failed` (and some `interrupted`), what went wrong, in words."""

    reason: Optional[StatusFrameReason] = None
    """Why a turn ended `interrupted` or `failed`: `cancelled` (a `cancel` frame), `denied`
    (a `deny_and_stop` answer or an approval timeout), `shutdown` (server stopping),
    `model_error`, `engine_error`, `engine_exited` (the engine process died), `watchdog`
    (the engine stopped answering), `internal`.
    """
    retryable: Optional[bool] = None
    """For `failed`, whether sending the message again may succeed."""

    structured_output: Optional[Union[float, int, bool, List[Any], Dict[str, Any], str]] = None
    """For `completed` with an `outputSchema`, the final message parsed as JSON."""

    usage: Optional[TokenUsage] = None

    @staticmethod
    def from_dict(obj: Any) -> 'StatusFrame':
        assert isinstance(obj, dict)
        seq = from_int(obj.get("seq"))
        session_id = from_str(obj.get("sessionId"))
        state = State(obj.get("state"))
        turn_id = from_str(obj.get("turnId"))
        type = StatusFrameType(obj.get("type"))
        duration_ms = from_union([from_int, from_none], obj.get("durationMs"))
        final_message = from_union([from_none, from_str], obj.get("finalMessage"))
        in_reply_to = from_union([from_int, from_str, from_none], obj.get("inReplyTo"))
        message = from_union([from_str, from_none], obj.get("message"))
        reason = from_union([StatusFrameReason, from_none], obj.get("reason"))
        retryable = from_union([from_bool, from_none], obj.get("retryable"))
        structured_output = from_union([from_none, from_float, from_int, from_bool, lambda x: from_list(lambda x: x, x), lambda x: from_dict(lambda x: x, x), from_str], obj.get("structuredOutput"))
        usage = from_union([TokenUsage.from_dict, from_none], obj.get("usage"))
        return StatusFrame(seq, session_id, state, turn_id, type, duration_ms, final_message, in_reply_to, message, reason, retryable, structured_output, usage)

    def to_dict(self) -> dict:
        result: dict = {}
        result["seq"] = from_int(self.seq)
        result["sessionId"] = from_str(self.session_id)
        result["state"] = to_enum(State, self.state)
        result["turnId"] = from_str(self.turn_id)
        result["type"] = to_enum(StatusFrameType, self.type)
        if self.duration_ms is not None:
            result["durationMs"] = from_union([from_int, from_none], self.duration_ms)
        if self.final_message is not None:
            result["finalMessage"] = from_union([from_none, from_str], self.final_message)
        if self.in_reply_to is not None:
            result["inReplyTo"] = from_union([from_int, from_str, from_none], self.in_reply_to)
        if self.message is not None:
            result["message"] = from_union([from_str, from_none], self.message)
        if self.reason is not None:
            result["reason"] = from_union([lambda x: to_enum(StatusFrameReason, x), from_none], self.reason)
        if self.retryable is not None:
            result["retryable"] = from_union([from_bool, from_none], self.retryable)
        if self.structured_output is not None:
            result["structuredOutput"] = from_union([from_none, to_float, from_int, from_bool, lambda x: from_list(lambda x: x, x), lambda x: from_dict(lambda x: x, x), from_str], self.structured_output)
        if self.usage is not None:
            result["usage"] = from_union([lambda x: to_class(TokenUsage, x), from_none], self.usage)
        return result


class TerminateFrameReason(Enum):
    """- `superseded`: another stream opened this session;
    - `shutdown`: the server is stopping;
    - `heartbeat_timeout`: nothing arrived from the client for too long;
    - `protocol_error`: the request body can no longer be read (see the preceding `error`);
    - `slow_consumer`: the client read too slowly and the stream's queue filled up;
    - `session_expired`: the session was closed by the server (idle past its TTL);
    - `client_closed`: the client ended its request body and the server has nothing more to
    send.
    """
    CLIENT_CLOSED = "client_closed"
    HEARTBEAT_TIMEOUT = "heartbeat_timeout"
    PROTOCOL_ERROR = "protocol_error"
    SESSION_EXPIRED = "session_expired"
    SHUTDOWN = "shutdown"
    SLOW_CONSUMER = "slow_consumer"
    SUPERSEDED = "superseded"


class TerminateFrameType(Enum):
    TERMINATE = "terminate"


@dataclass
class TerminateFrame:
    message: str
    reason: TerminateFrameReason
    """- `superseded`: another stream opened this session;
    - `shutdown`: the server is stopping;
    - `heartbeat_timeout`: nothing arrived from the client for too long;
    - `protocol_error`: the request body can no longer be read (see the preceding `error`);
    - `slow_consumer`: the client read too slowly and the stream's queue filled up;
    - `session_expired`: the session was closed by the server (idle past its TTL);
    - `client_closed`: the client ended its request body and the server has nothing more to
    send.
    """
    reconnect: bool
    """Whether reconnecting (with `lastSeq`) is expected to work."""

    seq: int
    type: TerminateFrameType
    retry_after_ms: Optional[int] = None
    session_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'TerminateFrame':
        assert isinstance(obj, dict)
        message = from_str(obj.get("message"))
        reason = TerminateFrameReason(obj.get("reason"))
        reconnect = from_bool(obj.get("reconnect"))
        seq = from_int(obj.get("seq"))
        type = TerminateFrameType(obj.get("type"))
        retry_after_ms = from_union([from_int, from_none], obj.get("retryAfterMs"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        return TerminateFrame(message, reason, reconnect, seq, type, retry_after_ms, session_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["message"] = from_str(self.message)
        result["reason"] = to_enum(TerminateFrameReason, self.reason)
        result["reconnect"] = from_bool(self.reconnect)
        result["seq"] = from_int(self.seq)
        result["type"] = to_enum(TerminateFrameType, self.type)
        if self.retry_after_ms is not None:
            result["retryAfterMs"] = from_union([from_int, from_none], self.retry_after_ms)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        return result


@dataclass
class UserMessageFrameConfigOverrides:
    """Per-session settings. Each field given replaces the session's current value for this and
    every later turn; fields not given keep their value (initially the server's defaults).
    """
    approval_policy: Optional[ApprovalPolicy] = None
    cwd: Optional[str] = None
    """Working directory of the session, absolute or relative to the server's default working
    directory. It must resolve inside the directories the operator allows
    (`path_not_allowed`).
    """
    instructions: Optional[str] = None
    """Extra instructions for the agent, added to its developer instructions."""

    model: Optional[str] = None
    """Model slug, e.g. `gpt-5.5`."""

    output_schema: Optional[Dict[str, Any]] = None
    """A JSON Schema the final answer of each turn must match; the terminal `status` then
    carries the parsed answer in `structuredOutput`. `null` clears it. At most 32 levels
    deep and 64 KiB as JSON (see "Bounded free-form JSON").
    """
    reasoning_effort: Optional[ReasoningEffort] = None
    sandbox: Optional[SandboxMode] = None

    @staticmethod
    def from_dict(obj: Any) -> 'UserMessageFrameConfigOverrides':
        assert isinstance(obj, dict)
        approval_policy = from_union([ApprovalPolicy, from_none], obj.get("approvalPolicy"))
        cwd = from_union([from_str, from_none], obj.get("cwd"))
        instructions = from_union([from_str, from_none], obj.get("instructions"))
        model = from_union([from_str, from_none], obj.get("model"))
        output_schema = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("outputSchema"))
        reasoning_effort = from_union([ReasoningEffort, from_none], obj.get("reasoningEffort"))
        sandbox = from_union([SandboxMode, from_none], obj.get("sandbox"))
        return UserMessageFrameConfigOverrides(approval_policy, cwd, instructions, model, output_schema, reasoning_effort, sandbox)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.approval_policy is not None:
            result["approvalPolicy"] = from_union([lambda x: to_enum(ApprovalPolicy, x), from_none], self.approval_policy)
        if self.cwd is not None:
            result["cwd"] = from_union([from_str, from_none], self.cwd)
        if self.instructions is not None:
            result["instructions"] = from_union([from_str, from_none], self.instructions)
        if self.model is not None:
            result["model"] = from_union([from_str, from_none], self.model)
        if self.output_schema is not None:
            result["outputSchema"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.output_schema)
        if self.reasoning_effort is not None:
            result["reasoningEffort"] = from_union([lambda x: to_enum(ReasoningEffort, x), from_none], self.reasoning_effort)
        if self.sandbox is not None:
            result["sandbox"] = from_union([lambda x: to_enum(SandboxMode, x), from_none], self.sandbox)
        return result


@dataclass
class ImageInput:
    """An image for the model, as a `data:` URL or a path on the server (inside the allowed
    directories).
    """
    data_url: Optional[str] = None
    """A base64 `data:` URL (remote URLs are not supported by the engine)."""

    path: Optional[str] = None
    """A path on the server, absolute or relative to the session's working directory."""

    @staticmethod
    def from_dict(obj: Any) -> 'ImageInput':
        assert isinstance(obj, dict)
        data_url = from_union([from_str, from_none], obj.get("dataUrl"))
        path = from_union([from_str, from_none], obj.get("path"))
        return ImageInput(data_url, path)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.data_url is not None:
            result["dataUrl"] = from_union([from_str, from_none], self.data_url)
        if self.path is not None:
            result["path"] = from_union([from_str, from_none], self.path)
        return result


class UserMessageFrameType(Enum):
    USER_MESSAGE = "user_message"


@dataclass
class UserMessageFrame:
    content: str
    """The prompt text."""

    type: UserMessageFrameType
    config_overrides: Optional[UserMessageFrameConfigOverrides] = None
    id: Optional[Union[int, str]] = None
    image_paths: Optional[List[str]] = None
    """Paths of images on the server, absolute or relative to the session's working directory."""

    images: Optional[List[ImageInput]] = None
    """Images as `data:` URLs or server paths."""

    session_id: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'UserMessageFrame':
        assert isinstance(obj, dict)
        content = from_str(obj.get("content"))
        type = UserMessageFrameType(obj.get("type"))
        config_overrides = from_union([UserMessageFrameConfigOverrides.from_dict, from_none], obj.get("configOverrides"))
        id = from_union([from_int, from_str, from_none], obj.get("id"))
        image_paths = from_union([lambda x: from_list(from_str, x), from_none], obj.get("imagePaths"))
        images = from_union([lambda x: from_list(ImageInput.from_dict, x), from_none], obj.get("images"))
        session_id = from_union([from_str, from_none], obj.get("sessionId"))
        return UserMessageFrame(content, type, config_overrides, id, image_paths, images, session_id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["content"] = from_str(self.content)
        result["type"] = to_enum(UserMessageFrameType, self.type)
        if self.config_overrides is not None:
            result["configOverrides"] = from_union([lambda x: to_class(UserMessageFrameConfigOverrides, x), from_none], self.config_overrides)
        if self.id is not None:
            result["id"] = from_union([from_int, from_str, from_none], self.id)
        if self.image_paths is not None:
            result["imagePaths"] = from_union([lambda x: from_list(from_str, x), from_none], self.image_paths)
        if self.images is not None:
            result["images"] = from_union([lambda x: from_list(lambda x: to_class(ImageInput, x), x), from_none], self.images)
        if self.session_id is not None:
            result["sessionId"] = from_union([from_str, from_none], self.session_id)
        return result


def approve_frame_from_dict(s: Any) -> ApproveFrame:
    return ApproveFrame.from_dict(s)


def approve_frame_to_dict(x: ApproveFrame) -> Any:
    return to_class(ApproveFrame, x)


def cancel_frame_from_dict(s: Any) -> CancelFrame:
    return CancelFrame.from_dict(s)


def cancel_frame_to_dict(x: CancelFrame) -> Any:
    return to_class(CancelFrame, x)


def client_heartbeat_frame_from_dict(s: Any) -> ClientHeartbeatFrame:
    return ClientHeartbeatFrame.from_dict(s)


def client_heartbeat_frame_to_dict(x: ClientHeartbeatFrame) -> Any:
    return to_class(ClientHeartbeatFrame, x)


def command_prompt_frame_from_dict(s: Any) -> CommandPromptFrame:
    return CommandPromptFrame.from_dict(s)


def command_prompt_frame_to_dict(x: CommandPromptFrame) -> Any:
    return to_class(CommandPromptFrame, x)


def error_frame_from_dict(s: Any) -> ErrorFrame:
    return ErrorFrame.from_dict(s)


def error_frame_to_dict(x: ErrorFrame) -> Any:
    return to_class(ErrorFrame, x)


def item_frame_from_dict(s: Any) -> ItemFrame:
    return ItemFrame.from_dict(s)


def item_frame_to_dict(x: ItemFrame) -> Any:
    return to_class(ItemFrame, x)


def open_session_frame_from_dict(s: Any) -> OpenSessionFrame:
    return OpenSessionFrame.from_dict(s)


def open_session_frame_to_dict(x: OpenSessionFrame) -> Any:
    return to_class(OpenSessionFrame, x)


def server_heartbeat_frame_from_dict(s: Any) -> ServerHeartbeatFrame:
    return ServerHeartbeatFrame.from_dict(s)


def server_heartbeat_frame_to_dict(x: ServerHeartbeatFrame) -> Any:
    return to_class(ServerHeartbeatFrame, x)


def session_frame_from_dict(s: Any) -> SessionFrame:
    return SessionFrame.from_dict(s)


def session_frame_to_dict(x: SessionFrame) -> Any:
    return to_class(SessionFrame, x)


def status_frame_from_dict(s: Any) -> StatusFrame:
    return StatusFrame.from_dict(s)


def status_frame_to_dict(x: StatusFrame) -> Any:
    return to_class(StatusFrame, x)


def terminate_frame_from_dict(s: Any) -> TerminateFrame:
    return TerminateFrame.from_dict(s)


def terminate_frame_to_dict(x: TerminateFrame) -> Any:
    return to_class(TerminateFrame, x)


def user_message_frame_from_dict(s: Any) -> UserMessageFrame:
    return UserMessageFrame.from_dict(s)


def user_message_frame_to_dict(x: UserMessageFrame) -> Any:
    return to_class(UserMessageFrame, x)

