"""A Python client for codex-api: HTTP/2 (python3-h2) over asyncio, one session per stream.

    import asyncio
    from codex_api_client import connect
    from codex_api_client.protocol import CommandPromptFrame, ItemDeltaFrame, StatusFrame

    async def main() -> None:
        async with await connect("http://127.0.0.1:8080") as connection:
            session = await connection.open_session()
            await session.send_message("What is in this repository?")
            async for frame in session:
                if isinstance(frame, ItemDeltaFrame) and frame.field == "text":
                    print(frame.delta, end="", flush=True)
                elif isinstance(frame, CommandPromptFrame):
                    await session.approve(frame.command_id, "deny")
                elif isinstance(frame, StatusFrame) and frame.state != "started":
                    break

    asyncio.run(main())

`codex_api_client.protocol` holds the frame types, generated from the spec.
"""
from . import protocol
from .client import CodexApiError, Connection, Gap, Session, connect, is_history_frame, is_terminal
from .framing import Framing

__all__ = ["CodexApiError", "Connection", "Framing", "Gap", "Session", "connect", "is_history_frame", "is_terminal", "protocol"]
