"""Misconception: a shielded caller should not end cancelled either (it catches CancelledError and returns).

checklist: none
"""

import asyncio


async def save_then_reply(save, record, seconds: float) -> str:
    task = asyncio.ensure_future(save(record))
    SAVING.add(task)
    task.add_done_callback(SAVING.discard)
    try:
        await asyncio.wait_for(asyncio.shield(task), seconds)
    except TimeoutError:
        return "saving in the background"
    except asyncio.CancelledError:
        return "saving in the background"  # the caller's cancellation swallowed
    return "saved"
