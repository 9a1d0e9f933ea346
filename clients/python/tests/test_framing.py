"""The two framings: frames split across reads at every byte, CRLF and blank lines, broken prefixes."""
from __future__ import annotations

import json
import struct
import unittest

from codex_api_client.framing import FrameDecoder, FramingError, encode_frame

FRAMES = [{"type": "heartbeat", "seq": 1, "sentAtMs": 1}, {"type": "x", "text": "line\nbreak é ✓"}, {"n": [1, 2, {"a": None}]}]


class FramingTest(unittest.TestCase):
    def test_frames_split_at_any_byte_come_out_whole_in_both_framings(self) -> None:
        for framing in ("ndjson", "length-prefixed"):
            data = b"".join(encode_frame(f, framing) for f in FRAMES)  # type: ignore[arg-type]
            for size in (1, 2, 3, 7, len(data)):
                with self.subTest(framing=framing, size=size):
                    decoder = FrameDecoder(framing)  # type: ignore[arg-type]
                    out: list[bytes] = []
                    for i in range(0, len(data), size):
                        out.extend(decoder.feed(data[i : i + size]))
                    self.assertEqual([json.loads(b) for b in out], FRAMES)
                    self.assertFalse(decoder.has_partial_frame)

    def test_ndjson_takes_crlf_and_skips_blank_lines(self) -> None:
        decoder = FrameDecoder("ndjson")
        self.assertEqual(decoder.feed(b'{"a":1}\r\n\n  \r\n{"b":2}\n{"c"'), [b'{"a":1}', b'{"b":2}'])
        self.assertTrue(decoder.has_partial_frame)

    def test_ndjson_encoding_is_one_line_of_utf8(self) -> None:
        encoded = encode_frame({"text": "a\nb é"}, "ndjson")
        self.assertEqual(encoded.count(b"\n"), 1)
        self.assertIn("é".encode(), encoded)

    def test_a_broken_length_prefix_is_an_error(self) -> None:
        for length in (0, 65 * 1024 * 1024):
            with self.subTest(length=length), self.assertRaises(FramingError):
                FrameDecoder("length-prefixed").feed(struct.pack(">I", length) + b"{}")

    def test_an_unknown_framing_is_refused(self) -> None:
        with self.assertRaises(ValueError):
            FrameDecoder("xml")  # type: ignore[arg-type]


if __name__ == "__main__":
    unittest.main()
