"""The client: `connect()` gives a Connection (one HTTP/2 connection), `open_session()` a Session
(one `POST /agent/stream`), which is an async iterator of decoded server frames.

    connection = await connect("http://127.0.0.1:8080")
    session = await connection.open_session()
    await session.send_message("What is in this repository?")
    async for frame in session:
        ...  # ItemDeltaFrame, CommandPromptFrame (answer with session.approve), StatusFrame, ...

A Session tracks the `seq` of the last history frame it handed out (`last_seq`). When the
connection drops, iterating goes on by itself: it reconnects and sends
`open_session{sessionId, lastSeq}`, and the server replays what was missed, so every history frame
arrives exactly once, in order (spec "Sequence numbers and resume"). `resume()` does the same on
demand, and `connection.open_session(session_id=..., last_seq=...)` from another process.
"""
from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any, Literal, Sequence
from urllib.parse import urlsplit

from ._h2 import H2Connection, H2Error, H2Stream
from .framing import CONTENT_TYPES, FrameDecoder, Framing, FramingError, encode_frame
from .protocol import (
    ABSENT,
    PROTOCOL_VERSION,
    AnswerFrame,
    ApproveFrame,
    CancelFrame,
    ClientFrame,
    ClientHeartbeatFrame,
    CompactFrame,
    ConfigOverrides,
    Decision,
    ErrorFrame,
    ForkSessionFrame,
    ImageInput,
    OpenSessionFrame,
    ReviewFrame,
    ReviewTarget,
    RollbackFrame,
    ServerFrame,
    ServerHeartbeatFrame,
    SessionFrame,
    StatusFrame,
    TerminateFrame,
    UnknownFrame,
    UserMessageFrame,
    decode_server_frame,
)


class CodexApiError(Exception):
    """What went wrong, as a code: the server's (an `error` frame's or an HTTP answer's code, e.g.
    `unauthorized`, `turn_in_progress`) or the client's own (`unavailable`: cannot connect or
    reconnect; `connection_lost`; `protocol_error`: the server's bytes are not the protocol).
    `retryable` says whether trying again later may work; `status` is the HTTP status, if any."""

    def __init__(self, code: str, message: str, *, retryable: bool = False, status: int | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.retryable = retryable
        self.status = status


@dataclass(frozen=True)
class Gap:
    """History frames `from_seq`..`to_seq` that will never arrive: the server no longer held them
    when the stream resumed (spec: `session.replay.lost`)."""

    from_seq: int
    to_seq: int


def is_history_frame(frame: ServerFrame) -> bool:
    """item, command_prompt, question_prompt, status, usage, session_forked, rolled_back, and error
    on a bound stream: numbered 1, 2, 3… per session."""
    kind = frame.type
    return kind in ("item", "command_prompt", "question_prompt", "status", "usage", "session_forked", "rolled_back") or (isinstance(frame, ErrorFrame) and frame.session_id is not ABSENT)


def is_terminal(frame: ServerFrame) -> bool:
    """The status that ends a turn: completed, interrupted or failed."""
    return isinstance(frame, StatusFrame) and frame.state != "started"


async def connect(
    url: str,
    token: str | None = None,
    ca: str | None = None,
    framing: Framing = "ndjson",
    *,
    timeout: float = 10.0,
) -> Connection:
    """Connects to codex-api: `http://host:port` is h2c (HTTP/2 with prior knowledge),
    `https://host:port` is TLS with ALPN h2, verified against `ca` (a PEM file) or the system's
    CAs. `token` is sent as `Authorization: Bearer`. `framing` is the framing of every stream.
    Raises CodexApiError `unavailable` when the server cannot be reached."""
    connection = Connection(url, token=token, ca=ca, framing=framing, timeout=timeout)
    await connection._transport()
    return connection


class Connection:
    """One HTTP/2 connection to codex-api, opened again when it was lost. Sessions are streams on it."""

    def __init__(self, url: str, *, token: str | None, ca: str | None, framing: Framing, timeout: float) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"url must be http://host[:port] or https://host[:port], got {url!r}")
        if framing not in CONTENT_TYPES:
            raise ValueError(f"framing must be one of {', '.join(CONTENT_TYPES)}, got {framing!r}")
        self.url = url
        self.framing: Framing = framing
        self._host = parts.hostname
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._tls = parts.scheme == "https"
        self._token = token
        self._ca = ca
        self._timeout = timeout
        self._h2: H2Connection | None = None
        self._opening: asyncio.Lock = asyncio.Lock()
        self._sessions: set[Session] = set()

    async def open_session(
        self,
        session_id: str | None = None,
        *,
        last_seq: int | None = None,
        config_overrides: ConfigOverrides | None = None,
        reconnect_attempts: int = 8,
        heartbeats: bool = True,
    ) -> Session:
        """Opens a stream bound to a session: a new one (with a server-chosen id when `session_id`
        is None), or an existing one, replaying every history frame after `last_seq`.

        `reconnect_attempts` (0 = never) is how often iterating tries to reconnect after a drop
        before it raises CodexApiError `unavailable`. With `heartbeats` a heartbeat is sent every
        `heartbeatIntervalMs`, so the server does not close a quiet client (e.g. one waiting on a
        person to answer a prompt)."""
        frame = OpenSessionFrame(
            protocol_version=PROTOCOL_VERSION,
            session_id=ABSENT if session_id is None else session_id,
            last_seq=ABSENT if last_seq is None else last_seq,
            config_overrides=ABSENT if config_overrides is None else config_overrides,
        )
        leg = await self._open_leg(frame)
        session = Session(self, leg, reconnect_attempts=reconnect_attempts, heartbeats=heartbeats)
        self._sessions.add(session)
        return session

    async def approve(self, session_id: str, command_id: str, decision: Decision | str, *, explanation: str | None = None) -> ServerHeartbeatFrame:
        """Answers a `command_prompt` of a session on a one-shot control stream (spec "Control
        streams"), without taking the session over: the stream that reads the session, in this
        process or another, keeps it and sees the command go on. Returns the server's
        acknowledgement; raises CodexApiError with the server's code (`command_not_found`,
        `command_already_resolved`, `decision_not_offered`, `no_session`) or a transport failure."""
        frame = ApproveFrame(
            id=f"control-{uuid.uuid4()}",
            session_id=session_id,
            command_id=command_id,
            decision=decision,
            explanation=ABSENT if explanation is None else explanation,
        )
        return await self._control(frame, session_id)

    async def answer(
        self,
        session_id: str,
        prompt_id: str,
        answers: dict[str, list[str]] | None = None,
        *,
        content: dict[str, Any] | None = None,
        action: Literal["accept", "decline", "cancel"] | None = None,
    ) -> ServerHeartbeatFrame:
        """Answers a `question_prompt` of a session on a one-shot control stream, as approve()
        answers a command prompt (the arguments as Session.answer's). Raises CodexApiError with
        the server's code (`question_not_found`, `question_already_resolved`, `invalid_answer`,
        `no_session`) or a transport failure."""
        frame = AnswerFrame(
            id=f"control-{uuid.uuid4()}",
            session_id=session_id,
            prompt_id=prompt_id,
            action=ABSENT if action is None else action,
            answers=ABSENT if answers is None else answers,
            content=ABSENT if content is None else content,
        )
        return await self._control(frame, session_id)

    async def cancel(self, session_id: str, *, turn_id: str | None = None) -> ServerHeartbeatFrame:
        """Cancels the running turn of a session on a one-shot control stream, without taking the
        session over; its own stream sees the turn end `interrupted`. With no turn running (or
        `turn_id` naming another) it is acknowledged and does nothing. Raises as approve() does."""
        frame = CancelFrame(id=f"control-{uuid.uuid4()}", session_id=session_id, turn_id=ABSENT if turn_id is None else turn_id)
        return await self._control(frame, session_id)

    async def _control(self, frame: ApproveFrame | AnswerFrame | CancelFrame, session_id: str) -> ServerHeartbeatFrame:
        """Sends the one frame of a control stream and reads its answer (a heartbeat answering it, or an error)."""
        stream = await self._request(session_id)
        leg = _Leg(stream, self.framing)
        try:
            return await asyncio.wait_for(leg.control(frame), self._timeout)
        except asyncio.TimeoutError:
            raise CodexApiError("unavailable", f"no answer to the {frame.type} within {self._timeout} s", retryable=True) from None
        finally:
            leg.abort()

    async def close(self) -> None:
        """Closes the connection; its sessions stop (the server keeps them for its session TTL)."""
        for session in list(self._sessions):
            session._stop()
        if self._h2 is not None:
            await self._h2.close()

    async def __aenter__(self) -> Connection:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _transport(self) -> H2Connection:
        async with self._opening:
            if self._h2 is None or not self._h2.is_open:
                if self._h2 is not None:
                    await self._h2.close()
                try:
                    self._h2 = await H2Connection.open(self._host, self._port, tls=self._tls, ca=self._ca, timeout=self._timeout)
                except H2Error as error:
                    raise CodexApiError("unavailable", str(error), retryable=True) from error
            return self._h2

    async def _request(self, session_id: str | None) -> H2Stream:
        """A new `POST /agent/stream`, with the token and the session's `codex-session-id` header."""
        h2 = await self._transport()
        headers = {"content-type": CONTENT_TYPES[self.framing]}
        if self._token is not None:
            headers["authorization"] = f"Bearer {self._token}"
        if session_id is not None:
            # For a proxy in front of several instances to route on (docs/routing.md); UTF-8 on the wire.
            headers["codex-session-id"] = session_id
        try:
            return await h2.request("POST", "/agent/stream", headers)
        except H2Error as error:
            raise CodexApiError("unavailable", str(error), retryable=True) from error

    async def _open_leg(self, frame: OpenSessionFrame) -> _Leg:
        """A new stream, opened with `frame`, up to the server's `session` frame."""
        stream = await self._request(None if frame.session_id is ABSENT else frame.session_id)
        leg = _Leg(stream, self.framing)
        try:
            return await asyncio.wait_for(leg.open(frame), self._timeout)
        except asyncio.TimeoutError:
            leg.abort()
            raise CodexApiError("unavailable", f"no session frame within {self._timeout} s", retryable=True) from None
        except BaseException:
            leg.abort()
            raise


class _Leg:
    """One `POST /agent/stream`: frames out in the request body, frames in from the response."""

    def __init__(self, stream: H2Stream, framing: Framing) -> None:
        self.stream = stream
        self.framing = framing
        self.session: SessionFrame | None = None
        #: The stream's terminate frame, once read.
        self.terminate: TerminateFrame | None = None
        self._decoder = FrameDecoder(framing)
        self._frames: deque[bytes] = deque()

    async def open(self, frame: OpenSessionFrame) -> _Leg:
        """Sends `frame` and reads up to the server's `session` frame."""
        try:
            await self.send(frame)
            status, _ = await self.stream.response()
            if status != 200:
                raise await self._http_error(status)
            raw = await self.next_frame()
        except H2Error as error:
            raise CodexApiError("unavailable", str(error), retryable=True) from error
        if raw is None:
            raise CodexApiError("connection_lost", "the stream ended before the session frame", retryable=True)
        first = decode_server_frame(raw)
        if isinstance(first, ErrorFrame):
            raise CodexApiError(first.code, first.message, retryable=first.retryable)
        if not isinstance(first, SessionFrame):
            raise CodexApiError("protocol_error", f"expected a session frame first, got {first.type}")
        self.session = first
        return self

    async def control(self, frame: ApproveFrame | CancelFrame) -> ServerHeartbeatFrame:
        """Sends the one frame of a control stream; returns the heartbeat answering it."""
        try:
            await self.send(frame)
            status, _ = await self.stream.response()
            if status != 200:
                raise await self._http_error(status)
            while (raw := await self.next_frame()) is not None:
                answer = decode_server_frame(raw)
                if isinstance(answer, ErrorFrame):
                    raise CodexApiError(answer.code, answer.message, retryable=answer.retryable)
                if isinstance(answer, TerminateFrame):
                    break
                # A periodic heartbeat could come first; the answer is the one naming this frame.
                if isinstance(answer, ServerHeartbeatFrame) and answer.in_reply_to == frame.id:
                    return answer
        except H2Error as error:
            raise CodexApiError("unavailable", str(error), retryable=True) from error
        raise CodexApiError("connection_lost", f"the server ended the control stream without answering the {frame.type}", retryable=True)

    async def next_frame(self) -> bytes | None:
        """The next frame's bytes; None when the response ended. Raises H2Error on a drop."""
        while not self._frames:
            chunk = await self.stream.read()
            if chunk is None:
                if self._decoder.has_partial_frame:
                    raise H2Error("the stream ended inside a frame")
                return None
            try:
                self._frames.extend(self._decoder.feed(chunk))
            except FramingError as error:
                raise CodexApiError("protocol_error", str(error)) from error
        return self._frames.popleft()

    async def send(self, frame: ClientFrame) -> None:
        await self.stream.write(encode_frame(frame.to_dict(), self.framing))

    async def end(self) -> None:
        await self.stream.end()

    def abort(self) -> None:
        self.stream.reset()

    async def _http_error(self, status: int) -> CodexApiError:
        body = b""
        try:
            while len(body) < 65536 and (chunk := await self.stream.read()) is not None:
                body += chunk
        except H2Error:
            pass
        code, message = f"http_{status}", body.decode("utf-8", "replace").strip() or f"HTTP {status}"
        try:
            error = json.loads(body)["error"]
            code, message = error["code"], error["message"]
        except (ValueError, KeyError, TypeError):
            pass
        retryable = status in (429, 503) or status >= 500
        return CodexApiError(code, message, retryable=retryable, status=status)


class Session:
    """One session: `async for frame in session` gives every server frame after the `session`
    frame, in order, across reconnects (each history frame once; the `session` and `terminate`
    frames of intermediate streams are the client's business, not the iterator's). Iteration
    ends after the final `terminate` (e.g. `client_closed` once close() was called and no turn
    runs). One reader at a time."""

    def __init__(self, connection: Connection, leg: _Leg, *, reconnect_attempts: int, heartbeats: bool) -> None:
        assert leg.session is not None
        self._connection = connection
        self._leg = leg
        self.session_frame: SessionFrame = leg.session
        """The newest `session` frame: what was replayed, the turn running then, the server's limits."""
        self.session_id: str = leg.session.session_id
        self.last_seq: int = leg.session.seq
        """The seq of the last history frame handed out (or known lost): what a resume asks after."""
        self.gaps: list[Gap] = []
        """History frames lost across resumes (the server no longer held them); normally empty."""
        self.resumes = 0
        """How many times the stream was opened again (reconnects and resume() calls)."""
        self._reconnect_attempts = reconnect_attempts
        self._closing = False
        self._ended = False
        self._answers: dict[str, ApproveFrame | AnswerFrame] = {}
        self._heartbeats = heartbeats
        self._heartbeat_task: asyncio.Task[None] | None = None
        self._note_replay(leg.session)
        self._start_heartbeats()

    # ---------------------------------------------------------------- frames out

    async def send(self, frame: ClientFrame) -> None:
        """Sends any client frame on the current stream. Raises CodexApiError `connection_lost`
        when the stream has dropped (iterating reconnects; send again after that)."""
        try:
            await self._leg.send(frame)
        except H2Error as error:
            raise CodexApiError("connection_lost", str(error), retryable=True) from error

    async def send_message(
        self,
        content: str,
        *,
        id: str | int | None = None,
        images: Sequence[ImageInput] | None = None,
        config_overrides: ConfigOverrides | None = None,
    ) -> str | int:
        """Starts a turn; returns the frame id that its `status: started` echoes as `inReplyTo`."""
        return await self._user_message(content, id, images, config_overrides=ABSENT if config_overrides is None else config_overrides)

    async def steer(
        self,
        turn_id: str,
        content: str,
        *,
        id: str | int | None = None,
        images: Sequence[ImageInput] | None = None,
    ) -> str | int:
        """Adds `content` to the running turn `turn_id` instead of starting a turn (spec: steering);
        returns the frame id. The turn's `user_message` item whose `in_reply_to` is that id confirms
        it; an `error` `turn_not_steerable` with that `in_reply_to` refuses it (the turn ended, or
        cannot be steered), and the input is dropped."""
        return await self._user_message(content, id, images, expected_turn_id=turn_id)

    async def _user_message(self, content: str, id: str | int | None, images: Sequence[ImageInput] | None, **fields: Any) -> str | int:
        """Sends a `user_message` with an id (a new UUID unless given); returns the id."""
        frame_id = id if id is not None else str(uuid.uuid4())
        await self.send(UserMessageFrame(id=frame_id, content=content, images=ABSENT if images is None else list(images), **fields))
        return frame_id

    async def approve(self, command_id: str, decision: Decision, explanation: str | None = None) -> None:
        """Answers the command_prompt `command_id`. If the stream dropped, the answer is sent again
        after the reconnect, as long as the server still waits for it."""
        frame = ApproveFrame(command_id=command_id, decision=decision, explanation=ABSENT if explanation is None else explanation)
        self._answers[command_id] = frame
        try:
            await self._leg.send(frame)
        except H2Error:
            pass  # resent by _resume when the prompt is still pending

    async def review(self, target: ReviewTarget, *, id: str | int | None = None) -> str | int:
        """Starts a review turn (e.g. `UncommittedChangesTarget()`, `BaseBranchTarget(branch="main")`);
        returns the frame id its `status: started` echoes. It streams and ends like any turn; the
        review is the terminal status's `final_message`."""
        frame_id = id if id is not None else str(uuid.uuid4())
        await self.send(ReviewFrame(id=frame_id, target=target))
        return frame_id

    async def compact(self, *, id: str | int | None = None) -> str | int:
        """Starts a compaction turn (the conversation becomes a summary); returns the frame id its
        `status: started` echoes."""
        frame_id = id if id is not None else str(uuid.uuid4())
        await self.send(CompactFrame(id=frame_id))
        return frame_id

    async def fork_session(self, *, at_turn_id: str | None = None, new_session_id: str | None = None, id: str | int | None = None) -> str | int:
        """Asks for a new session holding this conversation through `at_turn_id` (default the last
        turn); returns the frame id. The answer is a `SessionForkedFrame` (or an `ErrorFrame`) with
        that `in_reply_to`; open its `new_session_id` with `connection.open_session`."""
        frame_id = id if id is not None else str(uuid.uuid4())
        await self.send(
            ForkSessionFrame(
                id=frame_id,
                at_turn_id=ABSENT if at_turn_id is None else at_turn_id,
                new_session_id=ABSENT if new_session_id is None else new_session_id,
            )
        )
        return frame_id

    async def rollback(self, *, turns: int | None = None, before_turn_id: str | None = None, id: str | int | None = None) -> str | int:
        """Removes the last `turns` turns, or `before_turn_id` and every later one, from the
        conversation the agent sees (give exactly one); returns the frame id. The answer is a
        `RolledBackFrame` (or an `ErrorFrame`) with that `in_reply_to`. Files on disk are not
        reverted."""
        if (turns is None) == (before_turn_id is None):
            raise ValueError("give exactly one of turns and before_turn_id")
        frame_id = id if id is not None else str(uuid.uuid4())
        await self.send(
            RollbackFrame(
                id=frame_id,
                turns=ABSENT if turns is None else turns,
                before_turn_id=ABSENT if before_turn_id is None else before_turn_id,
            )
        )
        return frame_id

    async def answer(
        self,
        prompt_id: str,
        answers: dict[str, list[str]] | None = None,
        *,
        content: dict[str, Any] | None = None,
        action: Literal["accept", "decline", "cancel"] | None = None,
    ) -> None:
        """Answers the question_prompt `prompt_id`: `answers` (question id → answers) for the
        agent's questions, `content` for an MCP form, nothing to accept a url, or `action`
        "decline" / "cancel" (cancel also stops the turn). An answer that does not fit gets an
        `invalid_answer` error frame and the question stays pending. If the stream dropped, the
        answer is sent again after the reconnect, as long as the server still waits for it."""
        frame = AnswerFrame(
            prompt_id=prompt_id,
            action=ABSENT if action is None else action,
            answers=ABSENT if answers is None else answers,
            content=ABSENT if content is None else content,
        )
        self._answers[prompt_id] = frame
        try:
            await self._leg.send(frame)
        except H2Error:
            pass  # resent by resume when the question is still pending

    async def cancel(self, turn_id: str | None = None) -> None:
        """Interrupts the running turn (only if it is `turn_id`, when given): it ends `interrupted`."""
        await self.send(CancelFrame(turn_id=ABSENT if turn_id is None else turn_id))

    async def close(self) -> None:
        """Ends the request body. The server ends the stream once no turn is running, with
        `terminate` `client_closed`; until then frames still reach `async for`. No reconnects
        after this."""
        self._closing = True
        self._stop_heartbeats()
        try:
            await self._leg.end()
        except H2Error:
            pass

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ---------------------------------------------------------------- frames in

    def __aiter__(self) -> Session:
        return self

    async def __anext__(self) -> ServerFrame:
        while not self._ended:
            leg = self._leg
            failure: Exception | None = None
            try:
                raw = await leg.next_frame()
            except H2Error as error:
                raw, failure = None, error
            if leg is not self._leg:
                continue  # resume() replaced the stream meanwhile: read the new one
            if raw is None:
                if self._should_reconnect(leg):
                    await self._reconnect(failure)
                    continue
                self._end()
                if failure is not None and not self._closing and leg.terminate is None:
                    raise CodexApiError("connection_lost", f"{failure}; resume with last_seq={self.last_seq}", retryable=True) from failure
                break
            frame = decode_server_frame(raw)
            if isinstance(frame, TerminateFrame):
                leg.terminate = frame
                if self._should_reconnect(leg):
                    continue  # this stream ends; reading on reconnects
                return frame
            if is_history_frame(frame):
                if frame.seq <= self.last_seq:
                    continue  # already handed out before a reconnect
                if frame.seq > self.last_seq + 1:
                    self.gaps.append(Gap(self.last_seq + 1, frame.seq - 1))
                self.last_seq = frame.seq
                if is_terminal(frame):
                    self._answers.clear()
            elif isinstance(frame, UnknownFrame) and frame.seq is not None:
                self.last_seq = max(self.last_seq, frame.seq)  # spec: still counted for lastSeq
            return frame
        raise StopAsyncIteration

    async def resume(self) -> SessionFrame:
        """Opens a new stream for this session with `open_session{sessionId, lastSeq}` (on a new
        connection if this one is gone); the server replays every history frame after `last_seq`,
        which iterating then hands out. Returns the new `session` frame."""
        old = self._leg
        leg = await self._connection._open_leg(
            OpenSessionFrame(session_id=self.session_id, last_seq=self.last_seq, protocol_version=PROTOCOL_VERSION)
        )
        old.abort()
        assert leg.session is not None
        self._leg = leg
        self._ended = False  # iterating goes on, also after it raised connection_lost
        self._connection._sessions.add(self)
        self.session_frame = leg.session
        self.resumes += 1
        self._note_replay(leg.session)
        turn = leg.session.turn
        pending = set(turn.pending_command_ids) | set(turn.pending_prompt_ids or ()) if turn is not None else set()
        for command_id, answer in list(self._answers.items()):
            if command_id in pending:
                await self.send(answer)
            else:
                del self._answers[command_id]
        self._start_heartbeats()
        return leg.session

    # ---------------------------------------------------------------- internals

    def _should_reconnect(self, leg: _Leg) -> bool:
        """After `leg` ended or dropped: whether to open the session again."""
        if self._closing or self._reconnect_attempts <= 0:
            return False
        terminate = leg.terminate
        if terminate is None:
            return True  # a drop, or a stream that ended without its terminate (terminate is always last)
        # superseded: another stream owns the session now; client_closed: we ended the request body.
        return terminate.reconnect and terminate.reason not in ("superseded", "client_closed")

    async def _reconnect(self, failure: Exception | None) -> None:
        last: Exception | None = failure
        for attempt in range(1, self._reconnect_attempts + 1):
            ceiling = min(5.0, 0.1 * 2 ** (attempt - 1))
            await asyncio.sleep(ceiling / 2 + random.random() * ceiling / 2)
            if self._closing:
                break
            try:
                await self.resume()
                return
            except CodexApiError as error:
                if not error.retryable:
                    self._end()
                    raise
                last = error
        self._end()
        raise CodexApiError(
            "unavailable",
            f"lost the stream of session {self.session_id} and {self._reconnect_attempts} reconnect attempts failed "
            f"(last: {last}); open it again later with open_session({self.session_id!r}, last_seq={self.last_seq})",
            retryable=True,
        )

    def _note_replay(self, session: SessionFrame) -> None:
        lost = session.replay.lost if session.replay is not None else 0
        if lost > 0:
            self.gaps.append(Gap(session.seq + 1, session.seq + lost))
            self.last_seq = max(self.last_seq, session.seq + lost)

    def _start_heartbeats(self) -> None:
        self._stop_heartbeats()
        interval = self.session_frame.heartbeat_interval_ms / 1000
        if self._heartbeats and interval > 0 and not self._closing:
            self._heartbeat_task = asyncio.get_running_loop().create_task(self._beat(interval))

    async def _beat(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await self._leg.send(ClientHeartbeatFrame(sent_at_ms=int(time.time() * 1000)))
            except H2Error:
                pass  # the reader sees the drop

    def _stop_heartbeats(self) -> None:
        if self._heartbeat_task is not None:
            self._heartbeat_task.cancel()
            self._heartbeat_task = None

    def _end(self) -> None:
        self._ended = True
        self._stop_heartbeats()
        self._connection._sessions.discard(self)

    def _stop(self) -> None:
        self._closing = True
        self._stop_heartbeats()

