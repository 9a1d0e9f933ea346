"""The client against a scripted HTTP/2 server (fake_server.py): forward compatibility of the
iterator, flow control over a long turn, both framings, HTTP errors, reconnect with lastSeq,
answers resent after a drop, heartbeats. The end-to-end tests against the real server are in
test/clients/python.e2e.test.ts."""
from __future__ import annotations

import asyncio
import unittest
from typing import Any

from codex_api_client import CodexApiError, connect, is_terminal
from codex_api_client.protocol import (
    ItemDeltaFrame,
    ItemStartedFrame,
    SessionFrame,
    StatusFrame,
    TerminateFrame,
    UnknownFrame,
    UnknownItem,
)
from fake_server import FakeServer, Stream, delta, session_frame, status, terminate

TIMEOUT = 20


async def read_all(session: Any) -> list[Any]:
    return [frame async for frame in session]


class ClientTest(unittest.IsolatedAsyncioTestCase):
    async def test_a_server_frame_with_unknown_fields_and_an_unknown_item_kind_do_not_stop_the_iterator(self) -> None:
        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            if frame is None:  # the client closed: the last frame
                stream.send(terminate(4))
                stream.end()
            elif frame["type"] == "open_session":
                stream.send(session_frame("s1", newTopLevelField={"x": 1}))
                stream.send({**status("s1", 1, "started"), "queuePosition": 3})
                stream.send({
                    "type": "item", "seq": 2, "sessionId": "s1", "turnId": "t1", "event": "started",
                    "item": {"type": "hologram", "id": "h1", "beams": 3},
                })
                stream.send({"type": "weather", "seq": 3, "sessionId": "s1", "forecast": "sunny"})
                stream.send({**delta("s1", 4, "still here"), "tone": "calm"})
                stream.send(status("s1", 5, "paused_by_operator", usage={
                    "inputTokens": 1, "cachedInputTokens": 0, "outputTokens": 1, "reasoningOutputTokens": 0,
                    "totalTokens": 2, "imageTokens": 7,
                }))

        async with FakeServer(handler) as server:
            connection = await connect(server.url)
            try:
                session = await connection.open_session()
                self.assertEqual(session.session_frame.session_id, "s1")
                frames = []
                async with asyncio.timeout(TIMEOUT):
                    async for frame in session:
                        frames.append(frame)
                        if isinstance(frame, StatusFrame) and frame.state == "paused_by_operator":
                            await session.close()
            finally:
                await connection.close()
        self.assertEqual([type(f).__name__ for f in frames],
                         ["StatusFrame", "ItemStartedFrame", "UnknownFrame", "ItemDeltaFrame", "StatusFrame", "TerminateFrame"])
        started = frames[1]
        assert isinstance(started, ItemStartedFrame)
        self.assertEqual(started.item, UnknownItem(type="hologram", raw={"type": "hologram", "id": "h1", "beams": 3}))
        unknown = frames[2]
        assert isinstance(unknown, UnknownFrame)
        self.assertEqual((unknown.type, unknown.seq, unknown.raw["forecast"]), ("weather", 3, "sunny"))
        self.assertIsInstance(frames[3], ItemDeltaFrame)
        self.assertEqual(frames[4].usage.total_tokens, 2)  # the unknown imageTokens is ignored
        self.assertEqual(session.last_seq, 5)

    async def test_a_long_turn_does_not_stall_on_flow_control_in_either_framing(self) -> None:
        # 6 MiB: more than the client's stream (1 MiB) and connection (4 MiB) windows, so the server
        # can only finish if the client acknowledges what it reads.
        chunk = "x" * 1000
        count = 6 * 1024

        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            if frame is not None and frame["type"] == "open_session":
                stream.send(session_frame("big"))
                for seq in range(1, count + 1):
                    stream.send(delta("big", seq, chunk))
                    if seq % 256 == 0:
                        await asyncio.sleep(0)  # let the loop breathe
                stream.send(status("big", count + 1, "completed"))

        for framing in ("ndjson", "length-prefixed"):
            with self.subTest(framing=framing):
                async with FakeServer(handler) as server:
                    connection = await connect(server.url, framing=framing)  # type: ignore[arg-type]
                    try:
                        session = await connection.open_session(heartbeats=False)
                        received = 0
                        async with asyncio.timeout(TIMEOUT):
                            async for frame in session:
                                if isinstance(frame, ItemDeltaFrame):
                                    received += len(frame.delta)
                                if is_terminal(frame):
                                    break
                    finally:
                        await connection.close()
                    self.assertEqual(received, count * len(chunk))
                    self.assertEqual(session.last_seq, count + 1)
                    self.assertEqual(server.requests[0]["content-type"],
                                     "application/x-ndjson" if framing == "ndjson" else "application/vnd.codex-api.lp+json")

    async def test_an_http_error_answer_becomes_a_codex_api_error_with_the_server_code(self) -> None:
        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            pass

        async with FakeServer(handler) as server:
            server.refuse = (401, {"error": {"code": "unauthorized", "message": "send Authorization: Bearer <token>"}})
            connection = await connect(server.url, token="s3cret-token-of-16")
            try:
                with self.assertRaises(CodexApiError) as caught:
                    await connection.open_session()
            finally:
                await connection.close()
        self.assertEqual((caught.exception.code, caught.exception.status, caught.exception.retryable), ("unauthorized", 401, False))
        self.assertEqual(server.requests[0]["authorization"], "Bearer s3cret-token-of-16")

    async def test_after_a_drop_it_resumes_with_last_seq_and_every_frame_arrives_once(self) -> None:
        history = [status("r1", 1, "started")] + [delta("r1", seq, f"{seq} ") for seq in range(2, 10)] + [status("r1", 10, "completed")]

        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            if frame is None or frame["type"] != "open_session":
                return
            if "lastSeq" not in frame:
                stream.send(session_frame("r1"))
                for f in history[:4]:
                    stream.send(f)
                # Sent twice around the drop: the client must hand it out once.
                stream.send(history[4])
                asyncio.get_running_loop().call_later(0.05, stream.drop_connection)
            else:
                last = frame["lastSeq"]
                stream.send(session_frame("r1", last, resumed=True, replay={"fromSeq": last + 1, "toSeq": 10, "count": 10 - last, "lost": 0}))
                for f in history[last - 1:]:  # one frame the client already has, then the rest
                    stream.send(f)

        async with FakeServer(handler) as server:
            connection = await connect(server.url)
            try:
                session = await connection.open_session()
                frames = []
                async with asyncio.timeout(TIMEOUT):
                    async for frame in session:
                        frames.append(frame)
                        if is_terminal(frame):
                            break
            finally:
                await connection.close()
        self.assertEqual([f.seq for f in frames], list(range(1, 11)))
        self.assertEqual(session.resumes, 1)
        self.assertEqual(session.gaps, [])
        resume = [f for f in server.received if f["type"] == "open_session"][1]
        self.assertEqual((resume["sessionId"], resume["lastSeq"]), ("r1", 5))
        self.assertEqual(server.connections, 2)
        # The routing header: absent while the id is the server's to choose, then on every stream.
        self.assertEqual([r.get("codex-session-id") for r in server.requests], [None, "r1"])

    async def test_an_answer_lost_with_the_connection_is_sent_again_while_the_prompt_is_pending(self) -> None:
        prompt = {
            "type": "command_prompt", "seq": 2, "sessionId": "p1", "turnId": "t1", "commandId": "call_1", "kind": "command",
            "itemId": "call_1", "command": ["ls"], "explanation": "", "decisions": ["allow", "deny"], "timeoutMs": 60000,
            "expiresAt": "2030-01-01T00:00:00Z",
        }

        approvals = 0

        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            nonlocal approvals
            if frame is None:
                return
            if frame["type"] == "open_session" and "lastSeq" not in frame:
                stream.send(session_frame("p1"))
                stream.send(status("p1", 1, "started"))
                stream.send(prompt)
            elif frame["type"] == "open_session":  # the resume: the prompt is still pending
                stream.send(session_frame("p1", 2, resumed=True, turn={"turnId": "t1", "pendingCommandIds": ["call_1"]},
                                          replay={"fromSeq": 3, "toSeq": 2, "count": 0, "lost": 0}))
            elif frame["type"] == "approve":
                approvals += 1
                if approvals == 1:
                    stream.drop_connection()  # as if the answer died with the connection
                else:
                    stream.send(status("p1", 3, "completed"))

        async with FakeServer(handler) as server:
            connection = await connect(server.url)
            try:
                session = await connection.open_session()
                async with asyncio.timeout(TIMEOUT):
                    async for frame in session:
                        if frame.type == "command_prompt":
                            await session.approve(frame.command_id, "allow")
                        if is_terminal(frame):
                            break
            finally:
                await connection.close()
        answers = [f for f in server.received if f["type"] == "approve"]
        self.assertEqual(answers, [{"type": "approve", "commandId": "call_1", "decision": "allow"}] * 2)
        self.assertEqual(session.resumes, 1)

    async def test_it_sends_heartbeats_at_the_servers_interval(self) -> None:
        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            if frame is not None and frame["type"] == "open_session":
                stream.send(session_frame("hb", heartbeat_ms=50))

        async with FakeServer(handler) as server:
            connection = await connect(server.url)
            try:
                session = await connection.open_session()
                self.assertIsInstance(session.session_frame, SessionFrame)
                async with asyncio.timeout(TIMEOUT):
                    while sum(f["type"] == "heartbeat" for f in server.received) < 3:
                        await asyncio.sleep(0.02)
            finally:
                await connection.close()

    async def test_a_stream_that_ends_with_a_final_terminate_ends_the_iteration_without_reconnecting(self) -> None:
        async def handler(stream: Stream, frame: dict[str, Any] | None) -> None:
            if frame is not None and frame["type"] == "open_session":
                stream.send(session_frame("t1"))
                stream.send(terminate(0, "superseded"))
                stream.end()

        async with FakeServer(handler) as server:
            connection = await connect(server.url)
            try:
                session = await connection.open_session()
                async with asyncio.timeout(TIMEOUT):
                    frames = await read_all(session)
            finally:
                await connection.close()
        self.assertEqual(len(frames), 1)
        self.assertIsInstance(frames[0], TerminateFrame)
        self.assertEqual(server.connections, 1)


if __name__ == "__main__":
    unittest.main()
