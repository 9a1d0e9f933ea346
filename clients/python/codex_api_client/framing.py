"""The two framings of the agent stream (spec "Framings"), chosen by the request's Content-Type:

- NDJSON (`application/x-ndjson`): one UTF-8 JSON object per line, `\\n` or `\\r\\n`; blank lines
  are ignored;
- length-prefixed JSON (`application/vnd.codex-api.lp+json`): a 4-byte big-endian length N, then
  N bytes of UTF-8 JSON.

Incremental decoders (bytes in, whole frames out) and encoders; no I/O.
"""
from __future__ import annotations

import json
import struct
from typing import Any, Literal

Framing = Literal["ndjson", "length-prefixed"]

CONTENT_TYPES: dict[str, str] = {
    "ndjson": "application/x-ndjson",
    "length-prefixed": "application/vnd.codex-api.lp+json",
}

#: The largest server frame accepted (a completed command item carries its whole output).
MAX_FRAME_BYTES = 64 * 1024 * 1024


class FramingError(ValueError):
    """The response body cannot be split into frames: the stream cannot be read on."""


def encode_frame(frame: dict[str, Any], framing: Framing) -> bytes:
    """One frame (a JSON object) as bytes in the framing."""
    body = json.dumps(frame, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if framing == "ndjson":
        return body + b"\n"  # json.dumps escapes every newline inside strings
    return struct.pack(">I", len(body)) + body


class FrameDecoder:
    """Splits a byte stream into frames (the bytes of each JSON object)."""

    def __init__(self, framing: Framing, max_frame_bytes: int = MAX_FRAME_BYTES) -> None:
        if framing not in CONTENT_TYPES:
            raise ValueError(f"framing must be one of {', '.join(CONTENT_TYPES)}, got {framing!r}")
        self.framing = framing
        self._max = max_frame_bytes
        self._buffer = bytearray()

    @property
    def has_partial_frame(self) -> bool:
        """True when bytes of an unfinished frame are held (an end of stream now would cut it)."""
        if self.framing == "ndjson":
            return self._buffer.strip() != b""
        return len(self._buffer) > 0

    def feed(self, data: bytes) -> list[bytes]:
        """Takes the next bytes of the stream; returns the frames they complete."""
        self._buffer += data
        return self._ndjson() if self.framing == "ndjson" else self._length_prefixed()

    def _ndjson(self) -> list[bytes]:
        frames: list[bytes] = []
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end < 0:
                break
            line = bytes(self._buffer[start:end]).rstrip(b"\r")
            start = end + 1
            if line.strip():
                frames.append(line)
        del self._buffer[:start]
        if len(self._buffer) > self._max:
            raise FramingError(f"a line is longer than {self._max} bytes")
        return frames

    def _length_prefixed(self) -> list[bytes]:
        frames: list[bytes] = []
        while len(self._buffer) >= 4:
            (length,) = struct.unpack_from(">I", self._buffer)
            if length == 0 or length > self._max:
                raise FramingError(f"bad frame length {length} (1..{self._max})")
            if len(self._buffer) < 4 + length:
                break
            frames.append(bytes(self._buffer[4 : 4 + length]))
            del self._buffer[: 4 + length]
        return frames
