"""python3 -m codex_api_client --url URL [--token T] [--ca FILE] [--yes] "prompt"

Runs one turn: prints the agent's text to stdout as it streams, and what it does (commands,
file changes, errors, the final status) to stderr. At every approval prompt it asks on the
terminal (y/n) unless --yes approves everything; with --yes it never reads stdin. Ctrl-C cancels
the turn. Exit status: 0 when the turn completed, 1 when it did not, 2 on usage or connection errors.
The token may also come from $CODEX_API_TOKEN.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import signal
import sys

from .client import CodexApiError, Session, connect, is_terminal
from .protocol import (
    CommandExecutionItem,
    CommandPromptFrame,
    ErrorFrame,
    FileChangeItem,
    ItemCompletedFrame,
    ItemDeltaFrame,
    StatusFrame,
    TerminateFrame,
)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def describe(prompt: CommandPromptFrame) -> str:
    if prompt.kind == "command":
        what = prompt.command_line if isinstance(prompt.command_line, str) else shlex.join(prompt.command)
        lines = [f"[prompt] run: {what}"]
    elif prompt.kind == "file_change":
        lines = ["[prompt] change files:"]
        for change in prompt.changes or []:
            lines.append(f"  {change.kind} {change.path}")
            lines.extend(f"    {line}" for line in change.diff.splitlines())
    else:
        lines = [f"[prompt] {prompt.kind}: {prompt.permissions.to_dict() if prompt.permissions else ''}"]
    if prompt.explanation:
        lines.append(f"  why: {prompt.explanation}")
    return "\n".join(lines)


async def answer(session: Session, prompt: CommandPromptFrame, approve_all: bool) -> None:
    log(describe(prompt))
    if approve_all:
        decision = "allow"
        log("  → allow (--yes)")
    else:
        sys.stderr.write("allow? [y/N] ")
        sys.stderr.flush()
        reply = await asyncio.to_thread(sys.stdin.readline)  # "" at the end of stdin: deny
        decision = "allow" if reply.strip().lower() in ("y", "yes") else "deny"
    await session.approve(prompt.command_id, decision)


async def run(args: argparse.Namespace) -> int:
    try:
        connection = await connect(args.url, token=args.token, ca=args.ca, framing=args.framing)
    except (CodexApiError, OSError, ValueError) as error:
        log(f"cannot connect to {args.url}: {error}")
        return 2
    try:
        try:
            session = await connection.open_session(args.session)
            await session.send_message(args.prompt)
        except CodexApiError as error:
            log(f"cannot open a session: {error}")
            return 2
        def interrupt() -> None:
            log("[cancelling the turn]")
            cancelling = asyncio.ensure_future(session.cancel())
            cancelling.add_done_callback(lambda task: task.cancelled() or task.exception())

        asyncio.get_running_loop().add_signal_handler(signal.SIGINT, interrupt)
        text_open = False
        async for frame in session:
            if isinstance(frame, ItemDeltaFrame) and frame.item_type == "agent_message" and frame.field == "text":
                print(frame.delta, end="", flush=True)
                text_open = True
                continue
            if text_open:
                print(flush=True)
                text_open = False
            if isinstance(frame, CommandPromptFrame):
                await answer(session, frame, args.yes)
            elif isinstance(frame, ItemCompletedFrame) and isinstance(frame.item, CommandExecutionItem):
                exit_code = "" if frame.item.exit_code is None else f", exit code {frame.item.exit_code}"
                log(f"[command] {frame.item.command_line} → {frame.item.status}{exit_code}")
            elif isinstance(frame, ItemCompletedFrame) and isinstance(frame.item, FileChangeItem):
                log(f"[files] {frame.item.status}: {', '.join(c.path for c in frame.item.changes)}")
            elif isinstance(frame, ErrorFrame):
                log(f"[error] {frame.code}: {frame.message}")
            elif isinstance(frame, StatusFrame) and is_terminal(frame):
                why = ": ".join(str(part) for part in (frame.reason, frame.message) if part)
                log(f"[turn {frame.state}]" + (f" ({why})" if why else ""))
                await session.close()
                return 0 if frame.state == "completed" else 1
            elif isinstance(frame, TerminateFrame):
                log(f"[stream ended: {frame.reason}] {frame.message}")
                return 1
        log("[stream ended before the turn did]")
        return 1
    except CodexApiError as error:
        log(f"[lost the session] {error}")
        return 1
    finally:
        await connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m codex_api_client", description="Run one codex-api turn and stream it.")
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="http://host:port (h2c) or https://host:port (TLS)")
    parser.add_argument("--token", default=os.environ.get("CODEX_API_TOKEN"), help="bearer token (default: $CODEX_API_TOKEN)")
    parser.add_argument("--ca", help="PEM file of the CA (or self-signed certificate) to trust for https")
    parser.add_argument("--framing", choices=["ndjson", "length-prefixed"], default="ndjson")
    parser.add_argument("--session", help="session id (default: a new session with an id the server chooses)")
    parser.add_argument("--yes", action="store_true", help="approve every prompt without asking")
    parser.add_argument("prompt")
    args = parser.parse_args(argv)
    try:
        return asyncio.run(run(args))
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    sys.exit(main())
