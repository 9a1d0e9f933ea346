"""A backend written in Python: drives one codex-api turn over HTTP/2 (h2c, prior knowledge)
with Debian's python3-h2 and the generated Python frame types. Approves every prompt.

Usage: h2_client.py HOST PORT SESSION_ID PROMPT
Prints one JSON object: the frame types seen, the prompts answered, the terminal status.
"""
import json
import socket
import sys

import h2.config
import h2.connection
import h2.events

sys.path.insert(0, sys.argv[5] if len(sys.argv) > 5 else "generated/python")
import codex_api_frames as frames  # noqa: E402

PARSERS = {
    "session": frames.session_frame_from_dict,
    "item": frames.item_frame_from_dict,
    "command_prompt": frames.command_prompt_frame_from_dict,
    "status": frames.status_frame_from_dict,
    "error": frames.error_frame_from_dict,
    "heartbeat": frames.server_heartbeat_frame_from_dict,
    "terminate": frames.terminate_frame_from_dict,
}


def main() -> None:
    host, port, session_id, prompt = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    sock = socket.create_connection((host, port), timeout=60)
    conn = h2.connection.H2Connection(config=h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    stream_id = conn.get_next_available_stream_id()
    conn.send_headers(stream_id, [(":method", "POST"), (":path", "/agent/stream"), (":scheme", "http"),
                                  (":authority", f"{host}:{port}"), ("content-type", "application/x-ndjson")])

    def send(frame) -> None:
        conn.send_data(stream_id, (json.dumps(frame) + "\n").encode())
        sock.sendall(conn.data_to_send())

    first = frames.UserMessageFrame(content=prompt, type=frames.UserMessageFrameType.USER_MESSAGE, session_id=session_id,
                                    config_overrides=None, id=None, image_paths=None, images=None)
    send(frames.user_message_frame_to_dict(first))

    seen, answered, terminal = [], [], None
    buffer = b""
    while terminal is None:
        data = sock.recv(65536)
        if not data:
            break
        for event in conn.receive_data(data):
            if isinstance(event, h2.events.DataReceived):
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                buffer += event.data
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    raw = json.loads(line)
                    parsed = PARSERS[raw["type"]](raw)  # raises if the frame does not fit the generated types
                    seen.append(raw["type"])
                    if raw["type"] == "command_prompt":
                        approve = frames.ApproveFrame(command_id=parsed.command_id, decision=frames.Decision.ALLOW,
                                                      type=frames.ApproveFrameType.APPROVE, explanation=None, id=None,
                                                      session_id=session_id)
                        send(frames.approve_frame_to_dict(approve))
                        answered.append({"kind": parsed.kind.value, "command": parsed.command})
                    if raw["type"] == "status" and raw["state"] != "started":
                        terminal = raw
            elif isinstance(event, h2.events.StreamEnded):
                break
        sock.sendall(conn.data_to_send())
    conn.end_stream(stream_id)
    sock.sendall(conn.data_to_send())
    sock.close()
    print(json.dumps({"seen": seen, "answered": answered, "terminal": terminal}))


main()
