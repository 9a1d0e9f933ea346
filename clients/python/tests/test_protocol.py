"""The generated frame types (codex_api_client.protocol) against the spec's golden examples:
exact round trips, the invalid examples refused with the spec's JSON Pointer, and the
forward-compatibility rule of spec "Versioning". test/clients/python.test.ts also runs every
example of the spec's YAML through them and checks what to_dict writes with the server's own
validators."""
from __future__ import annotations

import copy
import json
import pathlib
import unittest
from typing import Any

from codex_api_client.protocol import (
    ABSENT,
    CommandExecutionItem,
    ConfigOverrides,
    DecodeError,
    ErrorFrame,
    ItemCompletedFrame,
    ItemStartedFrame,
    OtherItem,
    StatusFrame,
    TerminateFrame,
    UnknownFrame,
    UnknownItem,
    UserMessageFrame,
    decode_client_frame,
    decode_item,
    decode_server_frame,
)

EXAMPLES = pathlib.Path(__file__).resolve().parents[3] / "spec" / "examples"

#: Invalid examples the decoder accepts, because the spec's forward-compatibility rule says a
#: client must ("Versioning"), each with why; the server refuses them (test/clients/python.test.ts
#: reads the same file and checks that).
LENIENT: dict[str, str] = json.loads((pathlib.Path(__file__).parent / "lenient-invalid-examples.json").read_text("utf-8"))


def examples(kind: str) -> list[tuple[str, Any]]:
    files = sorted(p for p in (EXAMPLES / kind).glob("*.json") if not p.name.endswith(".expect.json"))
    return [(p.name[: -len(".json")], json.loads(p.read_text("utf-8"))) for p in files]


def decode(name: str, frame: Any) -> Any:
    return decode_client_frame(frame) if name.startswith("client.") else decode_server_frame(frame)


class GoldenExamplesTest(unittest.TestCase):
    def test_every_valid_example_round_trips_exactly(self) -> None:
        valid = examples("valid")
        self.assertGreater(len(valid), 40)
        for name, frame in valid:
            with self.subTest(name):
                original = copy.deepcopy(frame)
                decoded = decode(name, frame)
                self.assertNotIsInstance(decoded, UnknownFrame)
                self.assertEqual(decoded.to_dict(), original)
                self.assertEqual(type(decoded).from_dict(decoded.to_dict()), decoded)
                self.assertEqual(frame, original, "decoding must not change its input")

    def test_every_invalid_example_is_refused_at_the_spec_path_unless_forward_compatibility_keeps_it(self) -> None:
        invalid = examples("invalid")
        self.assertGreater(len(invalid), 25)
        for name, frame in invalid:
            expect = json.loads((EXAMPLES / "invalid" / f"{name}.expect.json").read_text("utf-8"))
            with self.subTest(name):
                if name in LENIENT:
                    decode(name, frame)  # no DecodeError
                    continue
                with self.assertRaises(DecodeError) as caught:
                    decode(name, frame)
                self.assertEqual(caught.exception.path, expect["path"], str(caught.exception))

    def test_the_lenient_list_names_only_existing_examples(self) -> None:
        names = {name for name, _ in examples("invalid")}
        self.assertLessEqual(set(LENIENT), names)


class NullAndAbsentTest(unittest.TestCase):
    def test_a_required_nullable_field_is_written_as_null(self) -> None:
        item = CommandExecutionItem(id="c", command=["ls"], command_line="ls", cwd="/", status="in_progress", exit_code=None, output="", duration_ms=None)
        self.assertEqual(item.to_dict()["exitCode"], None)
        self.assertIn("durationMs", item.to_dict())
        self.assertNotIn("processId", item.to_dict())  # optional and absent: left out

    def test_an_optional_nullable_field_tells_null_from_absent(self) -> None:
        self.assertEqual(ConfigOverrides(output_schema=None).to_dict(), {"outputSchema": None})
        self.assertEqual(ConfigOverrides().to_dict(), {})
        self.assertIs(ConfigOverrides.from_dict({}).output_schema, ABSENT)
        self.assertIsNone(ConfigOverrides.from_dict({"outputSchema": None}).output_schema)
        frame = UserMessageFrame(content="prose please", config_overrides=ConfigOverrides(output_schema=None))
        self.assertEqual(frame.to_dict(), {"type": "user_message", "content": "prose please", "configOverrides": {"outputSchema": None}})

    def test_absent_is_falsy_and_a_singleton(self) -> None:
        self.assertFalse(ABSENT)
        self.assertIs(copy.deepcopy(ABSENT), ABSENT)
        self.assertEqual(repr(ABSENT), "ABSENT")

    def test_null_where_the_schema_does_not_allow_it_is_refused(self) -> None:
        with self.assertRaises(DecodeError) as caught:
            decode_server_frame({"type": "status", "seq": 1, "sessionId": "s", "turnId": "t", "state": "completed", "message": "m", "durationMs": None})
        self.assertEqual(caught.exception.path, "/durationMs")


class ForwardCompatibilityTest(unittest.TestCase):
    completed = {
        "type": "item", "seq": 8, "sessionId": "s1", "turnId": "t1", "event": "completed",
        "item": {"type": "command_execution", "id": "c1", "command": ["ls"], "commandLine": "ls", "cwd": "/", "status": "completed",
                 "exitCode": 0, "output": "", "durationMs": 3},
    }

    def test_unknown_fields_are_ignored_in_frames_and_in_objects_inside_them(self) -> None:
        frame = copy.deepcopy(self.completed)
        frame["priority"] = "high"
        frame["item"]["cpuMs"] = 12
        decoded = decode_server_frame(frame)
        self.assertIsInstance(decoded, ItemCompletedFrame)
        self.assertEqual(decoded.to_dict(), self.completed)

    def test_an_item_of_an_unknown_type_is_kept_whole(self) -> None:
        frame = {**self.completed, "item": {"type": "hologram", "id": "h1", "beams": [1, 2]}}
        decoded = decode_server_frame(frame)
        self.assertIsInstance(decoded, ItemCompletedFrame)
        self.assertEqual(decoded.item, UnknownItem(type="hologram", raw={"type": "hologram", "id": "h1", "beams": [1, 2]}))
        self.assertEqual(decoded.item.id, "h1")
        self.assertEqual(decoded.to_dict(), frame)
        self.assertIsInstance(decode_item({"type": "other", "id": "o", "engineType": "compaction"}), OtherItem)

    def test_a_server_frame_of_an_unknown_type_is_an_unknown_frame_with_its_seq(self) -> None:
        decoded = decode_server_frame('{"type":"progress","seq":12,"percent":40}')
        self.assertEqual(decoded, UnknownFrame(type="progress", seq=12, raw={"type": "progress", "seq": 12, "percent": 40}))
        self.assertIsNone(decode_server_frame(b'{"type":"progress"}').seq)

    def test_enum_values_it_does_not_know_are_kept_as_strings(self) -> None:
        error = decode_server_frame({"type": "error", "seq": 3, "code": "quota_exceeded", "message": "m", "retryable": True})
        self.assertIsInstance(error, ErrorFrame)
        self.assertEqual((error.code, error.retryable), ("quota_exceeded", True))
        status = decode_server_frame({"type": "status", "seq": 4, "sessionId": "s", "turnId": "t", "state": "paused", "message": "Agent paused."})
        self.assertIsInstance(status, StatusFrame)
        self.assertEqual(status.state, "paused")
        terminate = decode_server_frame({"type": "terminate", "seq": 4, "reason": "maintenance", "message": "m", "reconnect": True})
        self.assertIsInstance(terminate, TerminateFrame)
        self.assertEqual(terminate.reason, "maintenance")

    def test_an_unknown_item_event_is_still_an_error(self) -> None:
        # `event` picks the frame's shape; a new one would be a new major version.
        with self.assertRaises(DecodeError) as caught:
            decode_server_frame({**self.completed, "event": "paused"})
        self.assertEqual(caught.exception.path, "/event")

    def test_text_and_bytes_are_parsed_and_must_be_an_object(self) -> None:
        self.assertIsInstance(decode_server_frame(json.dumps(self.completed).encode()), ItemCompletedFrame)
        self.assertIsInstance(decode_server_frame(json.dumps({**self.completed, "event": "started"})), ItemStartedFrame)
        for bad, path in (("[1]", ""), ("not json", ""), (b"\xff", ""), ("{}", "/type"), ('{"type": 7}', "/type")):
            with self.subTest(bad=bad), self.assertRaises(DecodeError) as caught:
                decode_server_frame(bad)
            self.assertEqual(caught.exception.path, path)


if __name__ == "__main__":
    unittest.main()
