"""Reads [[direction, frame], ...] (JSON) on stdin, decodes each frame with the generated Python
types and writes it back with to_dict(). Prints one JSON list: {"cls", "back"} per frame, or
{"error": {"path", "problem"}} when the decoder refuses it. Used by test/clients/python.test.ts."""
import json
import sys

from codex_api_client.protocol import DecodeError, decode_client_frame, decode_server_frame

results = []
for direction, frame in json.load(sys.stdin):
    try:
        decoded = (decode_client_frame if direction == "client" else decode_server_frame)(frame)
        results.append({"cls": type(decoded).__name__, "back": decoded.to_dict()})
    except DecodeError as error:
        results.append({"error": {"path": error.path, "problem": error.problem}})
print(json.dumps(results))
