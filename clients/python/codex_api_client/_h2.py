"""HTTP/2 over asyncio with python3-h2: one connection (h2c with prior knowledge, or TLS with
ALPN h2), full-duplex request streams on it, and flow control both ways.

Received data is acknowledged when the reader takes it, not when it arrives, so a reader that
stops reading holds the server back by HTTP/2 flow control (bounded memory here, the server's
slow-consumer rule there) and one that keeps reading never stalls a long turn.
"""
from __future__ import annotations

import asyncio
import ssl
from collections import deque
from typing import Union

import h2.config
import h2.connection
import h2.errors
import h2.events
import h2.exceptions
import h2.settings

#: Our receive windows: per stream, and for the connection (the server may send this much ahead).
STREAM_WINDOW = 1024 * 1024
CONNECTION_WINDOW = 4 * 1024 * 1024
_READ_SIZE = 64 * 1024


class H2Error(ConnectionError):
    """The connection or a stream of it failed (lost, reset, refused)."""


class _End:
    """The end of a response body."""


_END = _End()
_Chunk = Union[tuple[bytes, int], _End, H2Error]


class H2Stream:
    """One request: send body bytes, read response body bytes, both at once."""

    def __init__(self, connection: H2Connection, stream_id: int) -> None:
        self.id = stream_id
        self._connection = connection
        self._response: asyncio.Future[tuple[int, dict[str, str]]] = asyncio.get_running_loop().create_future()
        self._chunks: deque[_Chunk] = deque()
        self._arrived = asyncio.Event()
        self._send_lock = asyncio.Lock()
        self.ended = False

    async def response(self) -> tuple[int, dict[str, str]]:
        """The response's status and headers, once they arrive."""
        return await asyncio.shield(self._response)

    async def read(self) -> bytes | None:
        """The next piece of the response body; None at its end. Raises H2Error when the stream
        or the connection fails (what arrived before is read first)."""
        while not self._chunks:
            self._arrived.clear()
            await self._arrived.wait()
        chunk = self._chunks.popleft()
        if isinstance(chunk, _End):
            self._chunks.appendleft(chunk)  # stays at the end
            return None
        if isinstance(chunk, H2Error):
            self._chunks.appendleft(chunk)
            raise chunk
        data, flow_controlled = chunk
        self._connection._acknowledge(self.id, flow_controlled)
        return data

    async def write(self, data: bytes) -> None:
        """Sends request body bytes, waiting for the server's flow-control window as needed."""
        async with self._send_lock:
            await self._connection._send_data(self.id, data)

    async def end(self) -> None:
        """Ends the request body (the response may go on)."""
        async with self._send_lock:
            self._connection._end_stream(self.id)

    def reset(self) -> None:
        """Abandons the stream (RST_STREAM CANCEL)."""
        self._connection._reset_stream(self.id)

    # Called by the connection's reader.
    def _push(self, chunk: _Chunk) -> None:
        if self.ended:
            return
        if not isinstance(chunk, tuple):
            self.ended = True
        self._chunks.append(chunk)
        self._arrived.set()

    def _fail(self, error: H2Error) -> None:
        if not self._response.done():
            self._response.set_exception(error)
            self._response.exception()  # retrieved: no "never retrieved" warning if nobody waits
        self._push(error)


class H2Connection:
    """One HTTP/2 connection and its streams. Open with `await H2Connection.open(...)`."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, scheme: str, authority: str) -> None:
        self.scheme = scheme
        self.authority = authority
        self._reader = reader
        self._writer = writer
        self._h2 = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
        self._streams: dict[int, H2Stream] = {}
        self._window_opened = asyncio.Event()
        #: Set once the connection is dead: nothing more is sent or received.
        self._failure: H2Error | None = None
        #: Set by the server's GOAWAY: no new streams; those it still processes may end normally.
        self._goaway: H2Error | None = None
        self._h2.initiate_connection()
        self._h2.update_settings({h2.settings.SettingCodes.INITIAL_WINDOW_SIZE: STREAM_WINDOW, h2.settings.SettingCodes.ENABLE_PUSH: 0})
        self._h2.increment_flow_control_window(CONNECTION_WINDOW - 65535)
        self._flush()
        self._reading = asyncio.get_running_loop().create_task(self._read_loop())

    @classmethod
    async def open(cls, host: str, port: int, *, tls: bool, ca: str | None = None, timeout: float = 10.0) -> H2Connection:
        """Connects: TLS with ALPN h2 (verifying the server against `ca`, a PEM file, or the system's
        CAs) when `tls`, else cleartext h2 with prior knowledge."""
        context: ssl.SSLContext | None = None
        if tls:
            context = ssl.create_default_context(cafile=ca)
            context.set_alpn_protocols(["h2"])
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port, ssl=context, server_hostname=host if tls else None), timeout
            )
        except (OSError, asyncio.TimeoutError) as error:
            raise H2Error(f"cannot connect to {host}:{port}: {error or 'timed out'}") from error
        if tls:
            ssl_object = writer.get_extra_info("ssl_object")
            protocol = ssl_object.selected_alpn_protocol() if ssl_object else None
            if protocol != "h2":
                writer.close()
                raise H2Error(f"{host}:{port} does not speak HTTP/2 over TLS (ALPN gave {protocol!r})")
        authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        return cls(reader, writer, "https" if tls else "http", authority)

    @property
    def is_open(self) -> bool:
        """Whether new requests can be made on it."""
        return self._failure is None and self._goaway is None

    async def request(self, method: str, path: str, headers: dict[str, str]) -> H2Stream:
        """Starts a request whose body stays open for writing."""
        self._check_open()
        if self._goaway is not None:
            raise self._goaway
        stream_id = self._h2.get_next_available_stream_id()
        stream = H2Stream(self, stream_id)
        self._streams[stream_id] = stream
        pseudo = [(":method", method), (":scheme", self.scheme), (":authority", self.authority), (":path", path)]
        self._h2.send_headers(stream_id, pseudo + list(headers.items()))
        self._flush()
        return stream

    async def close(self) -> None:
        """Says goodbye (GOAWAY) and closes the socket; every stream still open fails."""
        if self._failure is None:
            try:
                self._h2.close_connection()
                self._flush()
            except h2.exceptions.ProtocolError:
                pass
        self._fail(H2Error("the connection was closed"))
        self._reading.cancel()
        try:
            await self._reading
        except asyncio.CancelledError:
            pass
        self._writer.close()
        try:
            await self._writer.wait_closed()
        except (OSError, ssl.SSLError):
            pass

    def abort(self) -> None:
        """Drops the connection at once, as a network failure would (for tests and emergencies)."""
        self._writer.transport.abort()

    # ---------------------------------------------------------------- internals

    def _check_open(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _flush(self) -> None:
        data = self._h2.data_to_send()
        if data and not self._writer.is_closing():
            self._writer.write(data)

    async def _drain(self) -> None:
        try:
            await self._writer.drain()
        except (OSError, ssl.SSLError) as error:
            self._fail(H2Error(f"the connection was lost: {error}"))
        except Exception as error:  # a fault here must not leave the streams waiting forever
            self._fail(H2Error(f"the connection failed: {error!r}"))
            raise
            raise self._failure from error  # type: ignore[misc]

    def _acknowledge(self, stream_id: int, size: int) -> None:
        if self._failure is None and size > 0:
            self._h2.acknowledge_received_data(size, stream_id)
            self._flush()

    async def _send_data(self, stream_id: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            self._check_open()
            try:
                window = min(self._h2.local_flow_control_window(stream_id), self._h2.max_outbound_frame_size)
                if window <= 0:
                    self._window_opened.clear()
                    await self._window_opened.wait()
                    continue
                self._h2.send_data(stream_id, bytes(view[:window]))
            except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError) as error:
                raise H2Error(f"stream {stream_id} is closed: {error}") from error
            view = view[window:]
            self._flush()
        await self._drain()

    def _end_stream(self, stream_id: int) -> None:
        self._check_open()
        try:
            self._h2.end_stream(stream_id)
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError) as error:
            raise H2Error(f"stream {stream_id} is closed: {error}") from error
        self._flush()

    def _reset_stream(self, stream_id: int) -> None:
        stream = self._streams.pop(stream_id, None)
        if stream is not None:
            stream._fail(H2Error(f"stream {stream_id} was reset by this client"))
        if self._failure is None:
            try:
                self._h2.reset_stream(stream_id, h2.errors.ErrorCodes.CANCEL)
                self._flush()
            except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError):
                pass

    def _fail(self, error: H2Error) -> None:
        if self._failure is None:
            self._failure = error
        for stream in self._streams.values():
            stream._fail(error)
        self._streams.clear()
        self._window_opened.set()  # senders wake up and see the failure
        self._writer.close()  # what is buffered (a GOAWAY) is still written

    async def _read_loop(self) -> None:
        try:
            while True:
                data = await self._reader.read(_READ_SIZE)
                if not data:
                    self._fail(H2Error("the server closed the connection"))
                    return
                try:
                    events = self._h2.receive_data(data)
                except h2.exceptions.ProtocolError as error:
                    self._flush()  # h2's GOAWAY
                    self._fail(H2Error(f"HTTP/2 protocol error: {error}"))
                    return
                for event in events:
                    self._dispatch(event)
                self._flush()
        except (OSError, ssl.SSLError) as error:
            self._fail(H2Error(f"the connection was lost: {error}"))
        except Exception as error:  # a fault here must not leave the streams waiting forever
            self._fail(H2Error(f"the connection failed: {error!r}"))
            raise

    def _dispatch(self, event: h2.events.Event) -> None:
        stream = self._streams.get(getattr(event, "stream_id", 0) or 0)
        if isinstance(event, h2.events.ResponseReceived) and stream is not None:
            headers = dict(event.headers)
            status = int(headers.pop(":status", "0"))
            if not stream._response.done():
                stream._response.set_result((status, headers))
        elif isinstance(event, h2.events.DataReceived):
            if stream is not None:
                stream._push((event.data, event.flow_controlled_length))
            else:  # a stream we gave up on: give the window back at once
                self._h2.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
        elif isinstance(event, h2.events.StreamEnded) and stream is not None:
            stream._push(_END)
            self._streams.pop(event.stream_id, None)
        elif isinstance(event, h2.events.StreamReset) and stream is not None:
            stream._fail(H2Error(f"the server reset the stream (HTTP/2 error {event.error_code!r})"))
            self._streams.pop(event.stream_id, None)
        elif isinstance(event, (h2.events.WindowUpdated, h2.events.RemoteSettingsChanged)):
            self._window_opened.set()
        elif isinstance(event, h2.events.ConnectionTerminated):
            # GOAWAY: streams above last_stream_id were never processed; the others may still end.
            failure = H2Error(f"the server closed the connection (GOAWAY, error {event.error_code!r})")
            self._goaway = self._goaway or failure
            for stream_id in [s for s in self._streams if event.last_stream_id is None or s > event.last_stream_id]:
                self._streams.pop(stream_id)._fail(failure)
