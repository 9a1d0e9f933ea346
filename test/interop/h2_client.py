"""A backend written in Python with nothing but Debian's python3-h2 and the generated Python frame
types (codex_api_client.protocol; not the client library): drives one codex-api turn over HTTP/2
(h2c, prior knowledge), with blocking sockets. Approves every prompt.

Usage: h2_client.py HOST PORT SESSION_ID PROMPT [PYTHONPATH_DIR]
Prints one JSON object: the frame types seen, the prompts answered, the terminal status.
"""
import json
import socket
import sys

import h2.config
import h2.connection
import h2.events

sys.path.insert(0, sys.argv[5] if len(sys.argv) > 5 else "clients/python")
from codex_api_client.protocol import ApproveFrame, CommandPromptFrame, StatusFrame, UserMessageFrame, decode_server_frame  # noqa: E402


def main() -> None:
    host, port, session_id, prompt = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    sock = socket.create_connection((host, port), timeout=60)
    conn = h2.connection.H2Connection(config=h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    stream_id = conn.get_next_available_stream_id()
    conn.send_headers(stream_id, [(":method", "POST"), (":path", "/agent/stream"), (":scheme", "http"),
                                  (":authority", f"{host}:{port}"), ("content-type", "application/x-ndjson")])

    def send(frame) -> None:
        conn.send_data(stream_id, (json.dumps(frame.to_dict()) + "\n").encode())
        sock.sendall(conn.data_to_send())

    send(UserMessageFrame(session_id=session_id, content=prompt))

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
                    frame = decode_server_frame(line)  # raises if the frame does not fit the generated types
                    seen.append(frame.type)
                    if isinstance(frame, CommandPromptFrame):
                        send(ApproveFrame(session_id=session_id, command_id=frame.command_id, decision="allow"))
                        answered.append({"kind": frame.kind, "command": frame.command})
                    if isinstance(frame, StatusFrame) and frame.state != "started":
                        terminal = frame.to_dict()
            elif isinstance(event, h2.events.StreamEnded):
                break
        sock.sendall(conn.data_to_send())
    conn.end_stream(stream_id)
    sock.sendall(conn.data_to_send())
    sock.close()
    print(json.dumps({"seen": seen, "answered": answered, "terminal": terminal}))


main()
