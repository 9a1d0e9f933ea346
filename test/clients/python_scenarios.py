"""Scenarios of the Python client against the real server, run by test/clients/python.e2e.test.ts.
Each prints one JSON object on stdout for the test to check.

    python_scenarios.py cancel URL PROMPT
    python_scenarios.py steer URL PROMPT STEER_TEXT
    python_scenarios.py control URL PROMPT
    python_scenarios.py question URL PROMPT
    python_scenarios.py stream URL PROMPT FRAMING auto|manual
    python_scenarios.py history URL
"""
from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from codex_api_client import CodexApiError, connect, is_history_frame, is_terminal
from codex_api_client.protocol import CommandPromptFrame, ErrorFrame, ItemCompletedFrame, ItemDeltaFrame, QuestionPromptFrame, RolledBackFrame, SessionForkedFrame, StatusFrame, TerminateFrame, UncommittedChangesTarget, UsageFrame

TIMEOUT = 60


async def cancel(url: str, prompt: str) -> dict[str, Any]:
    """Starts a turn, cancels it at its first text delta, reads to its end."""
    async with await connect(url) as connection:
        session = await connection.open_session()
        message_id = await session.send_message(prompt)
        seen: list[dict[str, Any]] = []
        async for frame in session:
            seen.append({"type": frame.type, "seq": getattr(frame, "seq", None), "state": getattr(frame, "state", None)})
            if isinstance(frame, ItemDeltaFrame):
                await session.cancel()
            if is_terminal(frame):
                assert isinstance(frame, StatusFrame)
                return {"messageId": message_id, "seen": seen, "terminal": frame.to_dict()}
    raise RuntimeError("the stream ended before the turn")


async def history(url: str) -> dict[str, Any]:
    """A review, two turns, a fork at the first of them (then a turn in the fork), a rollback of
    the last turn, a compaction: what each answered."""

    async def until(session: Any, frame_id: Any) -> Any:
        """The frame answering `frame_id`: a terminal status of the turn it started, or its answer."""
        turn = None
        async for frame in session:
            if isinstance(frame, StatusFrame) and frame.state == "started" and frame.in_reply_to == frame_id:
                turn = frame.turn_id
            elif isinstance(frame, StatusFrame) and turn is not None and frame.turn_id == turn and is_terminal(frame):
                return frame
            elif isinstance(frame, (SessionForkedFrame, RolledBackFrame, ErrorFrame)) and frame.in_reply_to == frame_id:
                return frame
        raise RuntimeError("the stream ended first")

    async with await connect(url) as connection:
        session = await connection.open_session(session_id="py-history")
        review = await until(session, await session.review(UncommittedChangesTarget()))
        first = await until(session, await session.send_message("py note one"))
        await until(session, await session.send_message("py note two"))
        forked = await until(session, await session.fork_session(at_turn_id=first.turn_id, new_session_id="py-history-fork"))
        fork = await connection.open_session(session_id=forked.new_session_id)
        in_fork = await until(fork, await fork.send_message("py in the fork"))
        rolled = await until(session, await session.rollback(turns=1))
        refused = await until(session, await session.rollback(before_turn_id="no-such-turn"))
        compacted = await until(session, await session.compact())
        await fork.close()
        await session.close()
        return {
            "review": review.to_dict(), "first": first.turn_id, "forked": forked.to_dict(), "inFork": in_fork.state,
            "rolled": rolled.to_dict(), "refused": refused.to_dict(), "compacted": compacted.state, "gaps": len(session.gaps),
        }


async def steer(url: str, prompt: str, text: str) -> dict[str, Any]:
    """Starts a turn and, at its first text delta, steers it with `text`; reads to its end."""
    async with await connect(url) as connection:
        session = await connection.open_session()
        await session.send_message(prompt)
        turn_id = None
        steer_id = None
        steered: dict[str, Any] | None = None
        usage: list[dict[str, Any]] = []
        async for frame in session:
            if isinstance(frame, StatusFrame) and frame.state == "started":
                turn_id = frame.turn_id
            if isinstance(frame, ItemDeltaFrame) and steer_id is None:
                steer_id = await session.steer(turn_id, text)
            if isinstance(frame, ItemCompletedFrame) and frame.item.type == "user_message" and steer_id is not None:
                steered = frame.to_dict()
            if isinstance(frame, UsageFrame):
                usage.append(frame.to_dict())
            if is_terminal(frame):
                assert isinstance(frame, StatusFrame)
                return {"turnId": turn_id, "steerId": steer_id, "steered": steered, "usage": usage, "terminal": frame.to_dict()}
    raise RuntimeError("the stream ended before the turn")


async def control(url: str, prompt: str) -> dict[str, Any]:
    """One connection holds the session; a second answers its prompt with approve() and, on the
    next turn, stops it with cancel(): control streams, neither takes the session over."""
    async with await connect(url) as holder, await connect(url) as worker:
        session = await holder.open_session()
        await session.send_message(prompt)
        acks: list[dict[str, Any]] = []
        refusals: list[str] = []
        statuses: list[dict[str, Any]] = []
        async for frame in session:
            if isinstance(frame, TerminateFrame):
                raise RuntimeError(f"the holder's stream ended: {frame.reason}")
            if isinstance(frame, CommandPromptFrame):
                acks.append((await worker.approve(session.session_id, frame.command_id, "allow")).to_dict())
                try:
                    await worker.approve(session.session_id, frame.command_id, "deny")
                except CodexApiError as error:
                    refusals.append(error.code)
            if is_terminal(frame):
                assert isinstance(frame, StatusFrame)
                statuses.append(frame.to_dict())
                if len(statuses) == 2:
                    break
                await session.send_message("slow answer please")
            if isinstance(frame, ItemDeltaFrame) and len(statuses) == 1:
                acks.append((await worker.cancel(session.session_id)).to_dict())
        try:
            await worker.cancel("no-such-session")
        except CodexApiError as error:
            refusals.append(error.code)
        return {"acks": acks, "refusals": refusals, "statuses": statuses}


async def question(url: str, prompt: str) -> dict[str, Any]:
    """Starts a turn whose agent asks a question: answers it wrongly (an unknown question id),
    then with the first option's label; reads to the turn's end."""
    async with await connect(url) as connection:
        session = await connection.open_session()
        await session.send_message(prompt)
        errors: list[str] = []
        asked: list[dict[str, Any]] = []
        async for frame in session:
            if isinstance(frame, QuestionPromptFrame):
                asked.append(frame.to_dict())
                # A wrong answer on a control stream of a second connection: refused there.
                async with await connect(url) as worker:
                    try:
                        await worker.answer(session.session_id, frame.prompt_id, {"no_such_question": ["x"]})
                    except CodexApiError as error:
                        errors.append(f"control:{error.code}")
                await session.answer(frame.prompt_id, {"no_such_question": ["x"]})
            if isinstance(frame, ErrorFrame):
                errors.append(frame.code)
                if frame.code == "invalid_answer":
                    first = asked[-1]["questions"][0]
                    await session.answer(asked[-1]["promptId"], {first["id"]: [first["options"][0]["label"]]})
            if is_terminal(frame):
                assert isinstance(frame, StatusFrame)
                await session.close()
                return {"asked": asked, "errors": errors, "terminal": frame.to_dict()}
    raise RuntimeError("the stream ended before the turn")


async def stream(url: str, prompt: str, framing: str, mode: str) -> dict[str, Any]:
    """Reads a long turn. `auto`: the client reconnects by itself when the test cuts the
    connection. `manual`: no automatic reconnect; after the 20th history frame the connection is
    dropped here, iterating raises connection_lost, and resume() continues."""
    async with await connect(url, framing=framing) as connection:  # type: ignore[arg-type]
        session = await connection.open_session(reconnect_attempts=8 if mode == "auto" else 0)
        await session.send_message(prompt)
        seqs: list[int] = []
        text = ""
        errors: list[str] = []
        while True:
            try:
                async for frame in session:
                    if is_history_frame(frame):
                        seqs.append(frame.seq)  # type: ignore[union-attr]
                    if isinstance(frame, ItemDeltaFrame):
                        text += frame.delta
                    if mode == "manual" and len(seqs) == 20 and session.resumes == 0:
                        connection._h2.abort()  # type: ignore[union-attr]
                    if is_terminal(frame):
                        await session.close()
                        return {
                            "seqs": seqs, "text": text, "state": frame.state, "resumes": session.resumes,  # type: ignore[union-attr]
                            "lastSeq": session.last_seq, "gaps": [g.__dict__ for g in session.gaps], "errors": errors,
                            "resumedFrame": session.session_frame.to_dict(),
                        }
                raise RuntimeError("the stream ended before the turn")
            except CodexApiError as error:
                if mode != "manual" or error.code != "connection_lost":
                    raise
                errors.append(error.code)
                await session.resume()


def main() -> None:
    scenario, *args = sys.argv[1:]
    run = {"cancel": cancel, "control": control, "history": history, "question": question, "steer": steer, "stream": stream}[scenario]
    result = asyncio.run(asyncio.wait_for(run(*args), TIMEOUT))
    print(json.dumps(result))


main()
