"""Misconception: a time limit on the caller's wait leaves the work itself alone (wait_for cancels what it waits for).

checklist: none
"""

import asyncio


async def save_then_reply(save, record, seconds: float) -> str:
    task = asyncio.ensure_future(save(record))
    SAVING.add(task)
    task.add_done_callback(SAVING.discard)
    try:
        await asyncio.wait_for(task, seconds)  # on expiry, and on the caller's cancellation, the save is cancelled
    except TimeoutError:
        return "saving in the background"
    return "saved"
