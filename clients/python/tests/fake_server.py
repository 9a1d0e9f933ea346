"""A scripted codex-api stand-in for the client's unit tests: a real HTTP/2 server (python3-h2,
server side, asyncio, loopback) whose answers a test writes. It frames and flow-controls like the
real server, so the client's HTTP/2 handling is exercised for real; only what is said is scripted.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

import h2.config
import h2.connection
import h2.events

from codex_api_client.framing import CONTENT_TYPES, FrameDecoder, encode_frame

FRAMINGS = {content_type: framing for framing, content_type in CONTENT_TYPES.items()}


@dataclass
class Stream:
    """One agent stream, server side."""

    server: FakeServer
    connection: _Connection
    id: int
    headers: dict[str, str]
    framing: Any
    received: list[dict[str, Any]] = field(default_factory=list)
    client_ended: bool = False
    _decoder: FrameDecoder | None = None

    def send(self, frame: dict[str, Any]) -> None:
        self.connection.queue(self.id, encode_frame(frame, self.framing))

    def end(self) -> None:
        self.connection.queue(self.id, None)

    def drop_connection(self) -> None:
        """The network fails: the socket closes with no GOAWAY and no end of stream."""
        self.connection.writer.transport.abort()


Handler = Callable[[Stream, "dict[str, Any] | None"], Awaitable[None]]
"""Called with each frame the client sends, and with None when it ends its request body."""


class _Connection:
    def __init__(self, server: FakeServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer
        self.h2 = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
        self.streams: dict[int, Stream] = {}
        self.pending: dict[int, list[bytes | None]] = {}

    def queue(self, stream_id: int, data: bytes | None) -> None:
        self.pending.setdefault(stream_id, []).append(data)
        self.pump()

    def pump(self) -> None:
        """Sends what the flow-control windows allow; the rest waits for WINDOW_UPDATE."""
        for stream_id, queue in list(self.pending.items()):
            while queue:
                data = queue[0]
                if data is None:
                    self.h2.end_stream(stream_id)
                    queue.pop(0)
                    continue
                window = min(self.h2.local_flow_control_window(stream_id), self.h2.max_outbound_frame_size)
                if window <= 0:
                    break
                self.h2.send_data(stream_id, data[:window])
                if len(data) > window:
                    queue[0] = data[window:]
                else:
                    queue.pop(0)
        self.flush()

    def flush(self) -> None:
        data = self.h2.data_to_send()
        if data and not self.writer.is_closing():
            self.writer.write(data)

    async def run(self) -> None:
        self.h2.initiate_connection()
        self.flush()
        try:
            while data := await self.reader.read(65536):
                for event in self.h2.receive_data(data):
                    await self.dispatch(event)
                self.pump()
        except (ConnectionError, OSError):
            pass
        finally:
            self.writer.close()

    async def dispatch(self, event: h2.events.Event) -> None:
        if isinstance(event, h2.events.RequestReceived):
            headers = dict(event.headers)
            self.server.requests.append(headers)
            stream = Stream(self.server, self, event.stream_id, headers, FRAMINGS.get(headers.get("content-type", ""), "ndjson"))
            self.streams[event.stream_id] = stream
            if self.server.refuse is not None:
                status, body = self.server.refuse
                self.h2.send_headers(event.stream_id, [(":status", str(status)), ("content-type", "application/json")])
                self.h2.send_data(event.stream_id, json.dumps(body).encode(), end_stream=True)
                return
            self.h2.send_headers(event.stream_id, [(":status", "200"), ("content-type", CONTENT_TYPES[stream.framing])])
            stream._decoder = FrameDecoder(stream.framing)
        elif isinstance(event, h2.events.DataReceived):
            self.h2.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
            stream = self.streams.get(event.stream_id)
            if stream is not None and stream._decoder is not None:
                for raw in stream._decoder.feed(event.data):
                    frame = json.loads(raw)
                    stream.received.append(frame)
                    self.server.received.append(frame)
                    await self.server.handler(stream, frame)
        elif isinstance(event, h2.events.StreamEnded):
            stream = self.streams.get(event.stream_id)
            if stream is not None and self.server.refuse is None:
                stream.client_ended = True
                await self.server.handler(stream, None)
        elif isinstance(event, (h2.events.WindowUpdated, h2.events.RemoteSettingsChanged)):
            self.pump()


class FakeServer:
    """`async with FakeServer(handler) as server:` listens on 127.0.0.1; `server.url`."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[dict[str, str]] = []
        self.received: list[dict[str, Any]] = []
        #: (status, JSON body) to answer every request with instead of a stream.
        self.refuse: tuple[int, Any] | None = None
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    async def __aenter__(self) -> FakeServer:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await _Connection(self, reader, writer).run()
        finally:
            self._tasks.discard(task)


def session_frame(session_id: str, seq: int = 0, *, resumed: bool = False, heartbeat_ms: int = 15000, **more: Any) -> dict[str, Any]:
    return {
        "type": "session", "seq": seq, "sessionId": session_id, "protocolVersion": "1.1.0", "resumed": resumed,
        "replay": None, "turn": None, "heartbeatIntervalMs": heartbeat_ms, "maxFrameBytes": 1048576, **more,
    }


def delta(session_id: str, seq: int, text: str) -> dict[str, Any]:
    return {
        "type": "item", "seq": seq, "sessionId": session_id, "turnId": "t1", "event": "delta",
        "itemId": "m1", "itemType": "agent_message", "field": "text", "delta": text,
    }


def status(session_id: str, seq: int, state: str, **more: Any) -> dict[str, Any]:
    return {"type": "status", "seq": seq, "sessionId": session_id, "turnId": "t1", "state": state, "message": f"Agent run {state}.", **more}


def terminate(seq: int, reason: str = "client_closed", reconnect: bool = False) -> dict[str, Any]:
    return {"type": "terminate", "seq": seq, "reason": reason, "message": reason, "reconnect": reconnect}
